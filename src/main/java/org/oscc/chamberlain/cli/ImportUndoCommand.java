package org.oscc.chamberlain.cli;

import org.oscc.chamberlain.root.ChamberServices;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.oscc.chamberlain.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chamberlain import undo BATCH}: takes back a whole import in one step (any kind of import). */
@Command(name = "undo", mixinStandardHelpOptions = true,
        description = "${bundle:cli.help.import.undo}")
class ImportUndoCommand implements Callable<Integer> {
    @ParentCommand
    ImportCommand parent;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "${bundle:cli.label.batch}", descriptionKey = "cli.help.import.undo.batch")
    long batchId;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (ChamberServices services = parent.parent.openServices()) {
            services.importHistory().undo(batchId);
            out.println(Messages.get("cli.import.undo.done", Long.toString(batchId)));
        }
        out.flush();
        return ExitCodes.DONE;
    }
}
