package org.oscc.chamberlain.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.oscc.chamberlain.pledges.PledgeService;
import org.oscc.chamberlain.settings.ChamberSettings;
import org.oscc.chamberlain.settings.SettingsService;
import org.oscc.chamberlain.text.Messages;
import org.oscc.chamberlain.validation.InvalidInputException;

/**
 * Makes board reports: works out the period from the chamber's settings, writes the workbook (complete or not at
 * all) and remembers that it was made with its headline figures, so the next report can list what changed since and
 * show how each headline figure moved.
 */
public class BoardReportService {
    private final BoardReportWriter writer;
    private final ReportRunRepository runs;
    private final PledgeService pledges;
    private final SettingsService settings;
    private final Clock clock;

    public BoardReportService(BoardReportRepository repository, RosterRepository roster, ReportRunRepository runs,
            PledgeService pledges, SettingsService settings, Clock clock) {
        this(new BoardReportWriter(repository, roster), runs, pledges, settings, clock);
    }

    /** With a writer of its own (tests: a small row limit per sheet). */
    BoardReportService(BoardReportWriter writer, ReportRunRepository runs, PledgeService pledges,
            SettingsService settings, Clock clock) {
        this.writer = writer;
        this.runs = runs;
        this.pledges = pledges;
        this.settings = settings;
        this.clock = clock;
    }

    /** Today in the chamber's time zone. */
    /** The chamber's time zone, in which times such as a report's "made" are shown. */
    public java.time.ZoneId timeZone() {
        return settings.current().timeZone();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(settings.current().timeZone()));
    }

    /** The fiscal year today falls in: what a report covers unless the organizer picks another period. */
    public ReportPeriod defaultPeriod() {
        return ReportPeriod.fiscalYearOf(today(), settings.current().fiscalYearStartMonth());
    }

    /** The fiscal year starting in {@code startYear}, on the chamber's first fiscal month. */
    public ReportPeriod fiscalYear(int startYear) {
        return ReportPeriod.fiscalYear(startYear, settings.current().fiscalYearStartMonth());
    }

    /**
     * "Board report FY2026.xlsx", "Board report 2026-Q3.xlsx", "Board report 2026-01-15 to 2026-03-31.xlsx", in the
     * screens' language (the organizer names the file).
     */
    public static String suggestedFileName(ReportPeriod period) {
        return Messages.get("reports.file.board", period.label(Messages.locale()));
    }

    /** Board reports made before, the most recent first. */
    public List<ReportRun> previousReports() {
        return runs.recent(BoardReportWriter.KIND, 50);
    }

    /**
     * Writes the board report for {@code period} to {@code target} (an .xlsx name). Nothing is left behind when it
     * fails or is cancelled; once the file is in place the run is recorded.
     */
    public BoardReportMade write(Path target, ReportPeriod period, Progress progress)
            throws InvalidInputException, IOException, ExportCancelledException {
        return write(target, period, null, progress);
    }

    /** The same, in {@code language} (null: the chamber's document language, from Settings). */
    public BoardReportMade write(Path target, ReportPeriod period, Locale language, Progress progress)
            throws InvalidInputException, IOException, ExportCancelledException {
        if (ExportFormat.of(target) != ExportFormat.XLSX) {
            throw new InvalidInputException(Messages.get("export.outputFile"), Messages.get("export.boardNotXlsx",
                    target));
        }
        ChamberSettings chamber = settings.current();
        ChamberSettings s = language == null ? chamber : chamber.withDocumentLanguage(language);
        LocalDateTime asOf = LocalDateTime.now(clock.withZone(s.timeZone())).truncatedTo(ChronoUnit.MINUTES);
        Optional<ReportRun> previous = runs.latest(BoardReportWriter.KIND);
        LocalDate since = previous.map(r -> r.createdAt().toLocalDate()).orElse(period.from());
        Optional<ReportRun> comparedWith = previousReports().stream()
                .filter(r -> r.headline() != null && period.sameKindAs(r.periodFrom(), r.periodTo())).findFirst();
        BoardReportInput input = new BoardReportInput(s, period, asOf, previous, since,
                pledges.byMonth(period.from(), period.to()), comparedWith);
        ExportProgress counter = new ExportProgress(progress, writer.expectedRows(period));
        BoardHeadline[] headline = new BoardHeadline[1];
        SafeOutput.write(target, out -> headline[0] = writer.write(out, input, counter));
        counter.finish();
        Path name = target.getFileName();
        runs.record(BoardReportWriter.KIND, period, name == null ? null : name.toString(), headline[0].figures());
        return new BoardReportMade(new ExportResult(target, ExportFormat.XLSX, counter.done()), headline[0]);
    }
}
