package org.oscc.chamberlain.cli;

import org.oscc.chamberlain.root.ChamberServices;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.oscc.chamberlain.importing.ImportBatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import org.oscc.chamberlain.text.DateTimeText;

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
        try (ChamberServices services = parent.parent.openServices()) {
            // kept in UTC, shown in the chamber's zone, named once in the header
            java.time.ZoneId zone = services.settings().current().timeZone();
            TextTable table = new TextTable(List.of("Import", "Kind", "File",
                    "Imported (" + DateTimeText.zone(zone) + ")", "Rows", "Status"));
            for (ImportBatch b : services.importHistory().all()) {
                table.add(List.of(Long.toString(b.id()), b.kind().name().toLowerCase(java.util.Locale.ROOT),
                        b.sourceName(), DateTimeText.fromUtc(b.importedAt(), zone),
                        Integer.toString(b.rowCount()), b.status() == ImportBatch.Status.UNDONE
                                ? "undone " + DateTimeText.fromUtc(b.undoneAt(), zone) : "applied"));
            }
            table.print(out);
        }
        out.flush();
        return ExitCodes.DONE;
    }
}
