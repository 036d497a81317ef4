package org.oscc.chamberlain.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.StoreHealth;
import org.oscc.chamberlain.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chamberlain check}: integrity and schema version of the store; exit 0 when healthy. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "${bundle:cli.help.check}")
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
            out.println(Messages.get("cli.check.store", health.file()));
            out.println(Messages.get("cli.check.version", Integer.toString(health.schemaVersion()),
                    Integer.toString(health.appSchemaVersion())));
            if (store.readOnly()) {
                out.println(Messages.get("cli.check.readOnly"));
            }
            out.println(Messages.get("cli.check.integrity", health.integrityProblems().isEmpty()
                    ? Messages.get("cli.check.ok") : String.join("; ", health.integrityProblems())));
            out.println(Messages.get("cli.check.references", health.foreignKeyProblems().isEmpty()
                    ? Messages.get("cli.check.ok") : String.join("; ", health.foreignKeyProblems())));
            TextTable.printCounts(health.rowCounts(), "cli.check.table.", out);
            out.println(Messages.get(health.healthy() ? "cli.check.healthy" : "cli.check.unhealthy"));
            return health.healthy() ? ExitCodes.DONE : ExitCodes.STORE_UNUSABLE;
        }
    }
}
