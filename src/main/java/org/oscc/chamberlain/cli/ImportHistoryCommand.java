package org.oscc.chamberlain.cli;

import org.oscc.chamberlain.root.ChamberServices;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.oscc.chamberlain.importing.ImportBatch;
import org.oscc.chamberlain.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import org.oscc.chamberlain.text.DateTimeText;

/** {@code chamberlain import history}: every import, newest first, with its number for {@code import undo}. */
@Command(name = "history", mixinStandardHelpOptions = true, description = "${bundle:cli.help.import.history}")
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
            TextTable table = new TextTable(List.of(Messages.get("cli.import.history.column.id"),
                    Messages.get("cli.import.history.column.kind"), Messages.get("cli.import.history.column.file"),
                    Messages.get("cli.import.history.column.when", DateTimeText.zone(zone)),
                    Messages.get("cli.import.history.column.rows"), Messages.get("cli.import.history.column.status")));
            for (ImportBatch b : services.importHistory().all()) {
                table.add(List.of(Long.toString(b.id()), Messages.get("cli.import.history.kind." + b.kind().name()),
                        b.sourceName(), DateTimeText.fromUtc(b.importedAt(), zone),
                        Messages.numbers(0).format(b.rowCount()), b.status() == ImportBatch.Status.UNDONE
                                ? Messages.get("cli.import.history.undone", DateTimeText.fromUtc(b.undoneAt(), zone))
                                : Messages.get("cli.import.history.applied")));
            }
            table.print(out);
        }
        out.flush();
        return ExitCodes.DONE;
    }
}
