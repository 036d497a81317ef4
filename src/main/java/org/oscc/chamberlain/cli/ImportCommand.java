package org.oscc.chamberlain.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code chamberlain import ...}: spreadsheet imports, each kind of data a subcommand with the same options. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports a spreadsheet (CSV or .xlsx): all rows or none, undoable.",
        subcommands = {ImportContributionsCommand.class})
class ImportCommand {
    @ParentCommand
    ChamberlainCommand parent;
}
