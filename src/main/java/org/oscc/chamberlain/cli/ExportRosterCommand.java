package org.oscc.chamberlain.cli;

import org.oscc.chamberlain.root.ChamberServices;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.oscc.chamberlain.reports.ExportFormat;
import org.oscc.chamberlain.reports.ExportResult;
import org.oscc.chamberlain.reports.Progress;
import org.oscc.chamberlain.reports.RosterExporter;
import org.oscc.chamberlain.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chamberlain export roster --out FILE.xlsx|FILE.csv}: the member roster as a workbook or a CSV file. */
@Command(name = "roster", mixinStandardHelpOptions = true,
        description = {"${bundle:cli.help.export.roster}", "${bundle:cli.help.export.roster.replaced}"})
class ExportRosterCommand implements Callable<Integer> {
    @ParentCommand
    ExportCommand parent;
    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "${bundle:cli.label.file}",
            descriptionKey = "cli.help.export.roster.out")
    Path out;

    @Override
    public Integer call() throws Exception {
        // refuse a wrong extension before touching the store
        ExportFormat.of(out);
        try (ChamberServices services = parent.parent.openServices()) {
            RosterExporter exporter = services.rosterExporter();
            // --lang chooses the file's language too; without it, the chamber's document language (Settings)
            ExportResult result = exporter.export(out, AskedLanguage.of(spec).orElse(null), Progress.NONE);
            spec.commandLine().getOut().println(Messages.get("cli.export.roster", result.file(), result.rows()));
            return ExitCodes.DONE;
        }
    }
}
