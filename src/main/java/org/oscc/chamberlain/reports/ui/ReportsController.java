package org.oscc.chamberlain.reports.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.oscc.chamberlain.reports.BoardHeadline;
import org.oscc.chamberlain.reports.BoardReportMade;
import org.oscc.chamberlain.ui.ColumnPriorities;
import org.oscc.chamberlain.reports.BoardReportService;
import org.oscc.chamberlain.reports.ExportCancelledException;
import org.oscc.chamberlain.reports.ExportResult;
import org.oscc.chamberlain.reports.Progress;
import org.oscc.chamberlain.reports.ReportPeriod;
import org.oscc.chamberlain.reports.ReportRun;
import org.oscc.chamberlain.reports.RosterExporter;
import org.oscc.chamberlain.text.DateTimeText;
import org.oscc.chamberlain.ui.BackgroundTasks;
import org.oscc.chamberlain.ui.Messages;
import org.oscc.chamberlain.ui.Refreshable;
import org.oscc.chamberlain.validation.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Reports screen: pick a period, make the board report or export the roster in the background (progress bar,
 * Cancel), then open the file or its folder; below, the board reports made before.
 */
public class ReportsController implements Refreshable {
    /** Asks where to save: a title, a suggested file name and the extensions offered; empty when dismissed. */
    @FunctionalInterface
    public interface SaveDialog {
        Optional<Path> ask(Window owner, String title, String suggestedName, List<String> extensions);
    }

    /** Writes the season's calendar (every scheduled or held pitch night) to a file; returns how many it lists. */
    @FunctionalInterface
    public interface SeasonFeed {
        int write(Path out) throws Exception;
    }

    private static final Logger LOG = LoggerFactory.getLogger(ReportsController.class);
    /** The chamber's time zone, once the screen has loaded; until then the system's. */
    private ZoneId zone = ZoneId.systemDefault();

    private final BoardReportService reports;
    private final RosterExporter roster;
    private final BackgroundTasks tasks;
    private final Consumer<Path> open;
    private final SeasonFeed seasonFeed;
    private String doneKey = "reports.done";
    private SaveDialog saveDialog = ReportsController::fileChooser;
    private Task<?> running;
    private Path lastFile;

    @FXML private ToggleGroup periodKind;
    @FXML private RadioButton quarterChoice;
    @FXML private RadioButton fiscalChoice;
    @FXML private RadioButton customChoice;
    @FXML private ComboBox<ReportPeriod> quarter;
    @FXML private ComboBox<ReportPeriod> fiscalYear;
    @FXML private DatePicker from;
    @FXML private DatePicker to;
    @FXML private Label periodText;
    @FXML private Button makeReport;
    @FXML private Button exportRoster;
    @FXML private Button exportSeason;
    @FXML private HBox progressBox;
    @FXML private ProgressBar progress;
    @FXML private Label progressText;
    @FXML private HBox doneBox;
    @FXML private Label doneText;
    @FXML private VBox headlineBox;
    @FXML private Label message;
    @FXML private TableView<ReportRun> previous;
    @FXML private TableColumn<ReportRun, String> madeColumn;
    @FXML private TableColumn<ReportRun, String> periodColumn;
    @FXML private TableColumn<ReportRun, String> fileColumn;

    public ReportsController(BoardReportService reports, RosterExporter roster, SeasonFeed seasonFeed,
            BackgroundTasks tasks, Consumer<Path> open) {
        this.reports = reports;
        this.roster = roster;
        this.seasonFeed = seasonFeed;
        this.tasks = tasks;
        this.open = open;
    }

    /** Replaces the save dialog (tests, which cannot drive the desktop's file chooser). */
    void chooseFilesWith(SaveDialog dialog) {
        this.saveDialog = dialog;
    }

    @FXML
    private void initialize() {
        Label empty = new Label(Messages.get("reports.previous.empty"));
        empty.setWrapText(true);
        empty.setMaxWidth(560);
        previous.setPlaceholder(empty);
        ColumnPriorities.of(previous).identifying(madeColumn, periodColumn).secondary(fileColumn).install();
        // the message line takes no room until there is something to say
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        // stored in UTC, shown in the chamber's zone, which the column's header names
        madeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(DateTimeText.fromUtc(c.getValue().createdAt(),
                zone)));
        periodColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(DateTimeText.period(
                c.getValue().periodFrom(), c.getValue().periodTo())));
        fileColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().fileName()));
        periodKind.selectedToggleProperty().addListener((obs, old, now) -> showPeriod());
        quarter.valueProperty().addListener((obs, old, now) -> select(quarterChoice));
        fiscalYear.valueProperty().addListener((obs, old, now) -> select(fiscalChoice));
        from.valueProperty().addListener((obs, old, now) -> select(customChoice));
        to.valueProperty().addListener((obs, old, now) -> select(customChoice));
        // opening a list or a date field means that choice, even when the value shown is kept as it is
        quarter.setOnShowing(e -> select(quarterChoice));
        fiscalYear.setOnShowing(e -> select(fiscalChoice));
        from.setOnShowing(e -> select(customChoice));
        to.setOnShowing(e -> select(customChoice));
    }

    private void select(RadioButton choice) {
        choice.setSelected(true);
        showPeriod();
    }

    @Override
    public void refresh() {
        tasks.run(Messages.get("section.reports"), () -> new Choices(reports.defaultPeriod(), reports.today(),
                reports.previousReports(), reports.timeZone()), this::show);
    }

    private record Choices(ReportPeriod fiscal, LocalDate today, List<ReportRun> runs, ZoneId zone) {
    }

    private void show(Choices c) {
        if (quarter.getItems().isEmpty()) {
            List<ReportPeriod> quarters = new ArrayList<>();
            ReportPeriod q = ReportPeriod.quarterOf(c.today());
            for (int i = 0; i < 8; i++, q = q.previous()) {
                quarters.add(q);
            }
            quarter.getItems().setAll(quarters);
            List<ReportPeriod> years = new ArrayList<>();
            ReportPeriod y = c.fiscal();
            for (int i = 0; i < 5; i++, y = y.previous()) {
                years.add(y);
            }
            fiscalYear.getItems().setAll(years);
            quarter.setValue(quarters.get(0));
            fiscalYear.setValue(years.get(0));
            from.setValue(c.fiscal().from());
            to.setValue(c.today());
            fiscalChoice.setSelected(true);
            showPeriod();
        }
        zone = c.zone();
        madeColumn.setText(Messages.get("reports.previous.madeIn", DateTimeText.zone(zone)));
        previous.getItems().setAll(c.runs());
    }

    /** The chosen period, or empty (with the reason shown) when the custom dates are incomplete or backwards. */
    private Optional<ReportPeriod> period() {
        if (periodKind.getSelectedToggle() == quarterChoice) {
            return Optional.ofNullable(quarter.getValue());
        }
        if (periodKind.getSelectedToggle() == fiscalChoice) {
            return Optional.ofNullable(fiscalYear.getValue());
        }
        if (from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
            return Optional.empty();
        }
        return Optional.of(ReportPeriod.custom(from.getValue(), to.getValue()));
    }

    private void showPeriod() {
        Optional<ReportPeriod> p = period();
        periodText.getStyleClass().remove("message-error");
        if (p.isPresent()) {
            periodText.setText(Messages.get("reports.period.covers", p.get().from(), p.get().to(), p.get().days()));
        } else {
            periodText.getStyleClass().add("message-error");
            periodText.setText(from.getValue() == null || to.getValue() == null
                    ? Messages.get("reports.period.missing")
                    : Messages.get("reports.period.backwards", from.getValue(), to.getValue()));
        }
        makeReport.setDisable(p.isEmpty() || running != null);
    }

    @FXML
    private void onMakeReport() {
        Optional<ReportPeriod> p = period();
        if (p.isEmpty()) {
            return;
        }
        saveDialog.ask(window(), Messages.get("reports.save.board"), BoardReportService.suggestedFileName(p.get()),
                List.of(".xlsx")).ifPresent(target -> start(Messages.get("reports.running.board"),
                        progress -> {
                            BoardReportMade made = reports.write(target, p.get(), progress);
                            return new Done(made.result(), made.headline());
                        }));
    }

    @FXML
    private void onExportRoster() {
        saveDialog.ask(window(), Messages.get("reports.save.roster"), Messages.get("reports.file.roster", DateTimeText.date(LocalDate.now())),
                List.of(".xlsx", ".csv")).ifPresent(target -> start(Messages.get("reports.running.roster"),
                        progress -> new Done(roster.export(target, progress), null)));
    }

    @FXML
    private void onExportSeason() {
        saveDialog.ask(window(), Messages.get("reports.save.season"),
                Messages.get("reports.file.season", Integer.toString(LocalDate.now().getYear())), List.of(".ics")).ifPresent(target -> start(Messages.get("reports.running.season"),
                        "reports.done.season", progress -> new Done(new ExportResult(target, null,
                                seasonFeed.write(target)), null)));
    }

    @FunctionalInterface
    private interface Export {
        Done run(Progress progress) throws Exception;
    }

    /** What an export wrote; a board report also brings its headline block (null for the other exports). */
    private record Done(ExportResult result, BoardHeadline headline) {
    }

    private void start(String description, Export export) {
        start(description, "reports.done", export);
    }

    private void start(String description, String doneMessage, Export export) {
        doneKey = doneMessage;
        Task<Done> task = new Task<>() {
            @Override
            protected Done call() throws Exception {
                updateMessage(description);
                Task<Done> self = this;
                return export.run(new Progress() {
                    @Override
                    public void update(long done, long total) {
                        updateProgress(done, Math.max(total, 1));
                        updateMessage(Messages.get("reports.progress", String.format("%,d", done),
                                String.format("%,d", total)));
                    }

                    @Override
                    public boolean isCancelled() {
                        return self.isCancelled();
                    }
                });
            }
        };
        running = task;
        progress.progressProperty().bind(task.progressProperty());
        progressText.textProperty().bind(task.messageProperty());
        showBox(progressBox, true);
        showBox(doneBox, false);
        showHeadline(null);
        message.setText("");
        makeReport.setDisable(true);
        exportRoster.setDisable(true);
        exportSeason.setDisable(true);
        task.setOnSucceeded(e -> finished(task.getValue(), null));
        task.setOnFailed(e -> finished(null, task.getException()));
        task.setOnCancelled(e -> finished(null, new ExportCancelledException()));
        tasks.run(task);
    }

    private void finished(Done done, Throwable failure) {
        ExportResult result = done == null ? null : done.result();
        running = null;
        progress.progressProperty().unbind();
        progressText.textProperty().unbind();
        showBox(progressBox, false);
        exportRoster.setDisable(false);
        exportSeason.setDisable(false);
        showPeriod();
        message.getStyleClass().removeAll("message-ok", "message-error");
        if (result != null) {
            lastFile = result.file().toAbsolutePath();
            doneText.setText(Messages.get(doneKey, lastFile.getFileName(), String.format("%,d", result.rows())));
            showBox(doneBox, true);
            showHeadline(done.headline());
        } else if (failure instanceof ExportCancelledException) {
            message.setText(Messages.get("reports.cancelled"));
        } else if (failure instanceof InvalidInputException invalid) {
            message.getStyleClass().add("message-error");
            message.setText(invalid.getMessage());
        } else if (failure instanceof IOException io) {
            // the disk or the file system said no (disk full, file locked): not a bug, so no crash dialog
            LOG.warn("Export failed", io);
            message.getStyleClass().add("message-error");
            message.setText(Messages.get("reports.failed", io.getMessage()));
        } else {
            message.getStyleClass().add("message-error");
            message.setText(Messages.get("reports.failed", failure == null ? "" : failure.getMessage()));
            org.oscc.chamberlain.ui.ErrorReporter.report(failure);
        }
        refresh();
    }

    @FXML
    private void onCancel() {
        if (running != null) {
            running.cancel();
        }
    }

    @FXML
    private void onOpenFile() {
        if (lastFile != null && Files.exists(lastFile)) {
            open.accept(lastFile);
        }
    }

    @FXML
    private void onShowFolder() {
        if (lastFile != null) {
            open.accept(lastFile.getParent());
        }
    }

    private void showHeadline(BoardHeadline headline) {
        if (headline != null) {
            HeadlinePane.show(headlineBox, headline);
        }
        headlineBox.setVisible(headline != null);
        headlineBox.setManaged(headline != null);
    }

    private static void showBox(HBox box, boolean shown) {
        box.setVisible(shown);
        box.setManaged(shown);
    }

    private Window window() {
        return makeReport.getScene() == null ? null : makeReport.getScene().getWindow();
    }

    private static Optional<Path> fileChooser(Window owner, String title, String suggestedName, List<String> extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        for (String ext : extensions) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    Messages.get("reports.filter" + ext), "*" + ext));
        }
        Path documents = Path.of(System.getProperty("user.home"), "Documents");
        File folder = Files.isDirectory(documents) ? documents.toFile() : new File(System.getProperty("user.home"));
        chooser.setInitialDirectory(folder);
        chooser.setInitialFileName(suggestedName);
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }
}
