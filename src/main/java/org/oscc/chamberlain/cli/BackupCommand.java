package org.oscc.chamberlain.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chamberlain backup FILE}: a consistent copy of the store. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "${bundle:cli.help.backup}")
class BackupCommand implements Callable<Integer> {
    @ParentCommand
    ChamberlainCommand parent;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "${bundle:cli.label.file}", descriptionKey = "cli.help.backup.file")
    Path target;

    @Override
    public Integer call() throws Exception {
        try (Store store = parent.openStore()) {
            store.backupTo(target);
            spec.commandLine().getOut().println(Messages.get("cli.backup.done", store.file(),
                    target.toAbsolutePath()));
        }
        return ExitCodes.DONE;
    }
}
