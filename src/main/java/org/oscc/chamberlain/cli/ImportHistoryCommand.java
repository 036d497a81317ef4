package org.oscc.chamberlain.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.oscc.chamberlain.importing.ImportBatch;
import org.oscc.chamberlain.importing.ImportBatchRepository;
import org.oscc.chamberlain.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chamberlain import history}: every import, newest first, with its number for {@code import undo}. */
@Command(name = "history", mixinStandardHelpOptions = true, description = "Lists imports, newest first.")
class ImportHistoryCommand implements Callable<Integer> {
    @ParentCommand
    ImportCommand parent;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = parent.parent.openStore()) {
            TextTable table = new TextTable(List.of("Import", "Kind", "File", "Imported (UTC)", "Rows", "Status"));
            for (ImportBatch b : new ImportBatchRepository(store).list()) {
                table.add(List.of(Long.toString(b.id()), b.kind().name().toLowerCase(java.util.Locale.ROOT),
                        b.sourceName(), b.importedAt().withNano(0).toString().replace('T', ' '),
                        Integer.toString(b.rowCount()), b.status() == ImportBatch.Status.UNDONE
                                ? "undone " + b.undoneAt().withNano(0).toString().replace('T', ' ') : "applied"));
            }
            table.print(out);
        }
        out.flush();
        return ExitCodes.DONE;
    }
}
