package org.oscc.chamberlain.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chamberlain import ...}: the group of spreadsheet imports and their undo; on its own a usage error. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports a spreadsheet (CSV in any common delimiter and encoding, or .xlsx) of members, pledges or "
                + "contributions (timesheets), or RSVP replies, or undoes an import.",
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
        throw new ParameterException(spec.commandLine(), "Say what to import, e.g. chamberlain import members roster.csv");
    }
}
