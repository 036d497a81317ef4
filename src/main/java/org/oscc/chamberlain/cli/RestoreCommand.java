package org.oscc.chamberlain.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.StoreUnavailableException;
import org.oscc.chamberlain.validation.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chamberlain restore FILE}: replaces the store with a backup, keeping a copy of what it replaces. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Replaces the store with the backup FILE after checking it; the replaced store is kept as a "
                + "dated copy next to it.")
class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    ChamberlainCommand parent;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "FILE", description = "The backup to restore.")
    Path source;

    @Override
    public Integer call() throws Exception {
        try (Store store = parent.openStore()) {
            Path kept;
            try {
                kept = store.restoreFrom(source);
            } catch (StoreUnavailableException badBackup) {
                // the open store is fine; it is the backup that is refused
                throw new InvalidInputException("FILE", badBackup.getMessage());
            }
            spec.commandLine().getOut().println("Restored " + store.file() + " from " + source.toAbsolutePath());
            spec.commandLine().getOut().println("The replaced store was kept as " + kept);
        }
        return ExitCodes.DONE;
    }
}
