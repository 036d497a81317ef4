package org.oscc.chamberlain.cli;

import org.oscc.chamberlain.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chamberlain list ...}: the group of listing commands; on its own it is a usage error (exit 2). */
@Command(name = "list", mixinStandardHelpOptions = true, description = "${bundle:cli.help.list}",
        subcommands = {ListMembersCommand.class, ListPledgesCommand.class, ListSessionsCommand.class})
class ListCommand implements Runnable {
    @ParentCommand
    ChamberlainCommand parent;
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), Messages.get("cli.list.what"));
    }
}
