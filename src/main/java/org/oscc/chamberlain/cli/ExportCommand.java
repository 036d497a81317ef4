package org.oscc.chamberlain.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chamberlain export ...}: the group of commands that write the chamber's data to files. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "${bundle:cli.help.export}",
        subcommands = {ExportRosterCommand.class, ExportReportCommand.class, ExportIcsCommand.class,
            ExportInvitesCommand.class})
class ExportCommand implements Callable<Integer> {
    @ParentCommand
    ChamberlainCommand parent;
    @Spec
    CommandSpec spec;

    /** Without a subcommand there is nothing to export: show what there is. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
