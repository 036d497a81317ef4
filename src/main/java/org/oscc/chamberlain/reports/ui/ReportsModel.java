package org.oscc.chamberlain.reports.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.oscc.chamberlain.reports.BoardHeadline;
import org.oscc.chamberlain.reports.BoardReportMade;
import org.oscc.chamberlain.reports.BoardReportService;
import org.oscc.chamberlain.reports.ExportCancelledException;
import org.oscc.chamberlain.reports.ExportResult;
import org.oscc.chamberlain.reports.Progress;
import org.oscc.chamberlain.reports.ReportPeriod;
import org.oscc.chamberlain.reports.ReportRun;
import org.oscc.chamberlain.reports.RosterExporter;
import org.oscc.chamberlain.text.DateTimeText;
import org.oscc.chamberlain.ui.BackgroundTasks;
import org.oscc.chamberlain.ui.ErrorReporter;
import org.oscc.chamberlain.ui.Messages;
import org.oscc.chamberlain.validation.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the Reports screen holds: the period being chosen (a quarter, a fiscal year, or two dates, and what it
 * covers or why it cannot be used), the export running (one at a time, cancellable), what the last one wrote, and
 * the board reports made before. The controller binds the controls to it; the work runs through
 * {@link BackgroundTasks}.
 */
final class ReportsModel {
    /** Which of the three ways of naming a period is chosen. */
    enum PeriodKind { QUARTER, FISCAL_YEAR, CUSTOM }

    /** The line under the buttons: a cancelled or refused export (error), or nothing. */
    record Note(String text, boolean error) {
        static final Note NONE = new Note("", false);
    }

    /** What the period choice says: what it covers, or (wrong) why it cannot be used. */
    record PeriodText(String text, boolean wrong) {
    }

    /** What an export wrote, and for a board report its headline block (null for the other exports). */
    record Done(ExportResult result, BoardHeadline headline) {
    }

    @FunctionalInterface
    private interface Export {
        Done run(Progress progress) throws Exception;
    }

    /** The screen's loads, together. */
    private record Loaded(ReportPeriod fiscal, LocalDate today, List<ReportRun> runs, ZoneId zone) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(ReportsModel.class);

    private final BoardReportService reports;
    private final RosterExporter roster;
    private final SeasonFeed seasonFeed;
    private final BackgroundTasks tasks;
    private final ObjectProperty<PeriodKind> kind = new SimpleObjectProperty<>(PeriodKind.FISCAL_YEAR);
    private final ObjectProperty<ReportPeriod> quarter = new SimpleObjectProperty<>();
    private final ObjectProperty<ReportPeriod> fiscalYear = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<ReportPeriod> quarters = FXCollections.observableArrayList();
    private final ObservableList<ReportPeriod> years = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<PeriodText> periodText = new ReadOnlyObjectWrapper<>(new PeriodText("", false));
    private final ReadOnlyObjectWrapper<Task<Done>> running = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper canMakeReport = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Done> done = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Note> note = new ReadOnlyObjectWrapper<>(Note.NONE);
    private final ReadOnlyObjectWrapper<List<ReportRun>> runs = new ReadOnlyObjectWrapper<>(List.of());
    /** The chamber's time zone, once loaded; until then the system's. */
    private final ReadOnlyObjectWrapper<ZoneId> zone = new ReadOnlyObjectWrapper<>(ZoneId.systemDefault());
    private String doneKey = "reports.done";
    private boolean filling;

    ReportsModel(BoardReportService reports, RosterExporter roster, SeasonFeed seasonFeed, BackgroundTasks tasks) {
        this.reports = reports;
        this.roster = roster;
        this.seasonFeed = seasonFeed;
        this.tasks = tasks;
        // a value chosen means its way of naming the period, even while another one was selected
        quarter.addListener((o, was, now) -> choose(PeriodKind.QUARTER));
        fiscalYear.addListener((o, was, now) -> choose(PeriodKind.FISCAL_YEAR));
        from.addListener((o, was, now) -> choose(PeriodKind.CUSTOM));
        to.addListener((o, was, now) -> choose(PeriodKind.CUSTOM));
        kind.addListener((o, was, now) -> periodChanged());
        running.addListener((o, was, now) -> periodChanged());
    }

    ObjectProperty<PeriodKind> kindProperty() {
        return kind;
    }

    ObjectProperty<ReportPeriod> quarterProperty() {
        return quarter;
    }

    ObjectProperty<ReportPeriod> fiscalYearProperty() {
        return fiscalYear;
    }

    ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** The last eight quarters, newest first, once loaded. */
    ObservableList<ReportPeriod> quarters() {
        return quarters;
    }

    /** The last five fiscal years, newest first, once loaded. */
    ObservableList<ReportPeriod> years() {
        return years;
    }

    ReadOnlyObjectProperty<PeriodText> periodTextProperty() {
        return periodText.getReadOnlyProperty();
    }

    /** The export running, or null. */
    ReadOnlyObjectProperty<Task<Done>> runningProperty() {
        return running.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canMakeReportProperty() {
        return canMakeReport.getReadOnlyProperty();
    }

    /** What the last export wrote (null before one, or after one that failed). */
    ReadOnlyObjectProperty<Done> doneProperty() {
        return done.getReadOnlyProperty();
    }

    /** "Board report written to report.xlsx (1,234 rows)", for the last export. */
    String doneText() {
        Done d = done.get();
        return d == null ? "" : Messages.get(doneKey, d.result().file().getFileName(),
                String.format("%,d", d.result().rows()));
    }

    ReadOnlyObjectProperty<Note> noteProperty() {
        return note.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<List<ReportRun>> runsProperty() {
        return runs.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<ZoneId> zoneProperty() {
        return zone.getReadOnlyProperty();
    }

    /** Loads the choices (once) and the reports made before. */
    void refresh() {
        tasks.run(Messages.get("section.reports"), () -> new Loaded(reports.defaultPeriod(), reports.today(),
                reports.previousReports(), reports.timeZone()), this::loaded);
    }

    private void loaded(Loaded l) {
        if (quarters.isEmpty()) {
            filling = true;
            List<ReportPeriod> q = new ArrayList<>();
            for (ReportPeriod p = ReportPeriod.quarterOf(l.today()); q.size() < 8; p = p.previous()) {
                q.add(p);
            }
            List<ReportPeriod> y = new ArrayList<>();
            for (ReportPeriod p = l.fiscal(); y.size() < 5; p = p.previous()) {
                y.add(p);
            }
            quarters.setAll(q);
            years.setAll(y);
            quarter.set(q.get(0));
            fiscalYear.set(y.get(0));
            from.set(l.fiscal().from());
            to.set(l.today());
            filling = false;
            kind.set(PeriodKind.FISCAL_YEAR);
            periodChanged();
        }
        zone.set(l.zone());
        runs.set(List.copyOf(l.runs()));
    }

    private void choose(PeriodKind chosen) {
        if (!filling) {
            kind.set(chosen);
            periodChanged();
        }
    }

    /** The chosen period, or empty when the two dates are incomplete or backwards. */
    Optional<ReportPeriod> period() {
        return switch (kind.get()) {
            case QUARTER -> Optional.ofNullable(quarter.get());
            case FISCAL_YEAR -> Optional.ofNullable(fiscalYear.get());
            case CUSTOM -> from.get() == null || to.get() == null || to.get().isBefore(from.get()) ? Optional.empty()
                    : Optional.of(ReportPeriod.custom(from.get(), to.get()));
        };
    }

    private void periodChanged() {
        if (filling) {
            return;
        }
        Optional<ReportPeriod> p = period();
        if (p.isPresent()) {
            periodText.set(new PeriodText(Messages.get("reports.period.covers", p.get().from(), p.get().to(),
                    p.get().days()), false));
        } else {
            periodText.set(new PeriodText(from.get() == null || to.get() == null
                    ? Messages.get("reports.period.missing")
                    : Messages.get("reports.period.backwards", from.get(), to.get()), true));
        }
        canMakeReport.set(p.isPresent() && running.get() == null);
    }

    /** The file name offered for the board report of the chosen period. */
    Optional<String> boardReportName() {
        return period().map(BoardReportService::suggestedFileName);
    }

    static String rosterName() {
        return Messages.get("reports.file.roster", DateTimeText.date(LocalDate.now()));
    }

    static String seasonName() {
        return Messages.get("reports.file.season", Integer.toString(LocalDate.now().getYear()));
    }

    /** Writes the board report of the chosen period to {@code target}, unless the period cannot be used. */
    void makeReport(Path target) {
        period().ifPresent(p -> start(Messages.get("reports.running.board"), "reports.done", progress -> {
            BoardReportMade made = reports.write(target, p, progress);
            return new Done(made.result(), made.headline());
        }));
    }

    void exportRoster(Path target) {
        start(Messages.get("reports.running.roster"), "reports.done",
                progress -> new Done(roster.export(target, progress), null));
    }

    void exportSeason(Path target) {
        start(Messages.get("reports.running.season"), "reports.done.season",
                progress -> new Done(new ExportResult(target, null, seasonFeed.write(target)), null));
    }

    void cancel() {
        Task<Done> task = running.get();
        if (task != null) {
            task.cancel();
        }
    }

    private void start(String description, String doneMessage, Export export) {
        if (running.get() != null) {
            return; // one export at a time: the buttons say so too
        }
        Task<Done> task = new Task<>() {
            @Override
            protected Done call() throws Exception {
                updateMessage(description);
                Task<Done> self = this;
                return export.run(new Progress() {
                    @Override
                    public void update(long count, long total) {
                        updateProgress(count, Math.max(total, 1));
                        updateMessage(Messages.get("reports.progress", String.format("%,d", count),
                                String.format("%,d", total)));
                    }

                    @Override
                    public boolean isCancelled() {
                        return self.isCancelled();
                    }
                });
            }
        };
        doneKey = doneMessage;
        done.set(null);
        note.set(Note.NONE);
        task.setOnSucceeded(e -> finished(task.getValue(), null));
        task.setOnFailed(e -> finished(null, task.getException()));
        task.setOnCancelled(e -> finished(null, new ExportCancelledException()));
        running.set(task);
        tasks.run(task);
    }

    private void finished(Done result, Throwable failure) {
        running.set(null);
        if (result != null) {
            done.set(result);
        } else if (failure instanceof ExportCancelledException) {
            note.set(new Note(Messages.get("reports.cancelled"), false));
        } else if (failure instanceof InvalidInputException invalid) {
            note.set(new Note(invalid.getMessage(), true));
        } else if (failure instanceof IOException io) {
            // the disk or the file system said no (disk full, file locked): not a bug, so no crash dialog
            LOG.warn("Export failed", io);
            note.set(new Note(Messages.get("reports.failed", io.getMessage()), true));
        } else {
            note.set(new Note(Messages.get("reports.failed", failure == null ? "" : failure.getMessage()), true));
            ErrorReporter.report(failure);
        }
        refresh();
    }
}
