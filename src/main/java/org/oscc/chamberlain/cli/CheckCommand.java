package org.oscc.chamberlain.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.StoreHealth;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chamberlain check}: integrity and schema version of the store; exit 0 when healthy. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks the store's integrity and data version. Exits 0 when healthy, 3 when not.")
class CheckCommand implements Callable<Integer> {
    @ParentCommand
    ChamberlainCommand parent;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = parent.openStore()) {
            StoreHealth health = store.health();
            out.println("Store:        " + health.file());
            out.println("Data version: " + health.schemaVersion() + " (this Chamberlain: " + health.appSchemaVersion()
                    + ")");
            if (store.readOnly()) {
                out.println("Access:       read-only (this file may be read, checked and exported, not changed)");
            }
            out.println("Integrity:    " + (health.integrityProblems().isEmpty() ? "ok"
                    : String.join("; ", health.integrityProblems())));
            out.println("References:   " + (health.foreignKeyProblems().isEmpty() ? "ok"
                    : String.join("; ", health.foreignKeyProblems())));
            for (Map.Entry<String, Integer> e : health.rowCounts().entrySet()) {
                out.printf("  %-14s %,d%n", e.getKey(), e.getValue());
            }
            out.println(health.healthy() ? "Healthy." : "NOT healthy: restore a backup (chamberlain restore FILE).");
            return health.healthy() ? ExitCodes.DONE : ExitCodes.STORE_UNUSABLE;
        }
    }
}
