package org.oscc.chamberlain.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.StoreUnavailableException;
import org.oscc.chamberlain.text.Messages;
import org.oscc.chamberlain.validation.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chamberlain restore FILE}: replaces the store with a backup, keeping a copy of what it replaces. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "${bundle:cli.help.restore}")
class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    ChamberlainCommand parent;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "${bundle:cli.label.file}", descriptionKey = "cli.help.restore.file")
    Path source;

    @Override
    public Integer call() throws Exception {
        try (Store store = parent.openStore()) {
            Path kept;
            try {
                kept = store.restoreFrom(source);
            } catch (StoreUnavailableException badBackup) {
                // the open store is fine; it is the backup that is refused
                throw new InvalidInputException(Messages.get("cli.label.file"), badBackup.getMessage());
            }
            spec.commandLine().getOut().println(Messages.get("cli.restore.done", store.file(), source.toAbsolutePath()));
            spec.commandLine().getOut().println(Messages.get("cli.restore.kept", kept));
        }
        return ExitCodes.DONE;
    }
}
