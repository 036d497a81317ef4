package org.oscc.chamberlain.cli;

import org.oscc.chamberlain.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chamberlain import ...}: the group of spreadsheet imports and their undo; on its own a usage error. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "${bundle:cli.help.import}",
        subcommands = {ImportMembersCommand.class, ImportPledgesCommand.class, ImportContributionsCommand.class, ImportRsvpCommand.class,
            ImportUndoCommand.class,
            ImportHistoryCommand.class})
class ImportCommand implements Runnable {
    @ParentCommand
    ChamberlainCommand parent;
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), Messages.get("cli.import.what"));
    }
}
