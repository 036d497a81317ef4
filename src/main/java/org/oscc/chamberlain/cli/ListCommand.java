package org.oscc.chamberlain.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chamberlain list ...}: the group of listing commands; on its own it is a usage error (exit 2). */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists what the chamber holds.",
        subcommands = {ListMembersCommand.class, ListPledgesCommand.class, ListSessionsCommand.class})
class ListCommand implements Runnable {
    @ParentCommand
    ChamberlainCommand parent;
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Say what to list, e.g. chamberlain list members");
    }
}
