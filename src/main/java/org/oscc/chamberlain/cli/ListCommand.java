package org.oscc.chamberlain.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code chamberlain list ...}: prints a list of one kind of thing. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists sessions and other records.",
        subcommands = {ListSessionsCommand.class})
class ListCommand {
    @ParentCommand
    ChamberlainCommand parent;
}
