package org.oscc.chamberlain.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code chamberlain list ...}: the group of read-only listings; each kind of thing is a subcommand. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists what the store holds.",
        subcommands = {ListPledgesCommand.class, ListSessionsCommand.class})
class ListCommand {
    @ParentCommand
    ChamberlainCommand parent;
}
