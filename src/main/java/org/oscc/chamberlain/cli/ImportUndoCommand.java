package org.oscc.chamberlain.cli;

import org.oscc.chamberlain.root.ChamberServices;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chamberlain import undo BATCH}: takes back a whole import in one step (any kind of import). */
@Command(name = "undo", mixinStandardHelpOptions = true,
        description = "Undoes an import: deletes what it created and puts back what it updated. Refused (nothing "
                + "changes) when later imports or other data depend on it. `chamberlain import history` lists imports.")
class ImportUndoCommand implements Callable<Integer> {
    @ParentCommand
    ImportCommand parent;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "BATCH", description = "The import's number, as printed when it ran.")
    long batchId;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (ChamberServices services = parent.parent.openServices()) {
            services.importHistory().undo(batchId);
            out.println("Import " + batchId + " undone.");
        }
        out.flush();
        return ExitCodes.DONE;
    }
}
