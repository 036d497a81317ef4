package org.oscc.chamberlain.cli;

import org.oscc.chamberlain.root.ChamberServices;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.oscc.chamberlain.reports.BoardReportService;
import org.oscc.chamberlain.reports.ExportFormat;
import org.oscc.chamberlain.reports.ExportResult;
import org.oscc.chamberlain.reports.Progress;
import org.oscc.chamberlain.reports.ReportPeriod;
import org.oscc.chamberlain.settings.SettingsService;
import org.oscc.chamberlain.validation.InvalidInputException;
import org.oscc.chamberlain.text.Messages;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chamberlain export report --out FILE.xlsx [--quarter Q | --fiscal-year Y | --from D --to D]}. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"${bundle:cli.help.export.report}", "${bundle:cli.help.export.report.period}"})
class ExportReportCommand implements Callable<Integer> {
    @ParentCommand
    ExportCommand parent;
    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "${bundle:cli.label.xlsx}",
            descriptionKey = "cli.help.export.report.out")
    Path out;

    @ArgGroup(exclusive = true)
    PeriodChoice period;

    static class PeriodChoice {
        @Option(names = "--quarter", paramLabel = "${bundle:cli.label.quarter}",
                descriptionKey = "cli.help.export.report.quarter")
        String quarter;
        @Option(names = "--fiscal-year", paramLabel = "${bundle:cli.label.year}",
                descriptionKey = "cli.help.export.report.fiscalYear")
        Integer fiscalYear;
        @ArgGroup(exclusive = false)
        Range range;
    }

    static class Range {
        @Option(names = "--from", required = true, paramLabel = "DATE", descriptionKey = "cli.help.export.report.from")
        String from;
        @Option(names = "--to", required = true, paramLabel = "DATE", descriptionKey = "cli.help.export.report.to")
        String to;
    }

    @Override
    public Integer call() throws Exception {
        if (ExportFormat.of(out) != ExportFormat.XLSX) {
            throw new InvalidInputException(Messages.get("export.outputFile"), Messages.get("export.boardNotXlsx",
                    out));
        }
        try (ChamberServices services = parent.parent.openServices()) {
            SettingsService settings = services.settings();
            BoardReportService reports = services.boardReports();
            ReportPeriod chosen = chosenPeriod(reports, settings.current().fiscalYearStartMonth());
            // --lang chooses the workbook's language too; without it, the chamber's document language (Settings)
            ExportResult result = reports.write(out, chosen, AskedLanguage.of(spec).orElse(null), Progress.NONE)
                    .result();
            spec.commandLine().getOut().println(Messages.get("cli.export.report", chosen, result.file(),
                    result.rows()));
            return ExitCodes.DONE;
        }
    }

    private ReportPeriod chosenPeriod(BoardReportService reports, int fiscalStart) throws InvalidInputException {
        if (period == null) {
            return reports.defaultPeriod();
        }
        if (period.quarter != null) {
            ReportPeriod p = ReportPeriod.parse(period.quarter, fiscalStart);
            if (p.kind() != ReportPeriod.Kind.QUARTER) {
                throw new InvalidInputException("--quarter", Messages.get("cli.export.notQuarter", period.quarter));
            }
            return p;
        }
        if (period.fiscalYear != null) {
            if (period.fiscalYear < 1900 || period.fiscalYear > 9999) {
                throw new InvalidInputException("--fiscal-year", Messages.get("cli.export.notYear",
                        Integer.toString(period.fiscalYear)));
            }
            return reports.fiscalYear(period.fiscalYear);
        }
        LocalDate from = date("--from", period.range.from);
        LocalDate to = date("--to", period.range.to);
        if (to.isBefore(from)) {
            throw new InvalidInputException("--to", Messages.get("cli.export.backwards", to, from));
        }
        return ReportPeriod.custom(from, to);
    }

    private static LocalDate date(String option, String text) throws InvalidInputException {
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.DateTimeException e) {
            throw new InvalidInputException(option, Messages.get("cli.export.notDate", text));
        }
    }
}
