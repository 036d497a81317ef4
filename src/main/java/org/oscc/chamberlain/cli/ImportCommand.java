package org.oscc.chamberlain.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chamberlain import ...}: the group of commands that read files from other programs. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Reads files from other programs.",
        subcommands = {ImportRsvpCommand.class})
class ImportCommand implements Callable<Integer> {
    @ParentCommand
    ChamberlainCommand parent;
    @Spec
    CommandSpec spec;

    /** Without a subcommand there is nothing to import: show what there is. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
