package org.oscc.chamberlain.reports.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
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
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.oscc.chamberlain.reports.BoardHeadline;
import org.oscc.chamberlain.reports.BoardReportService;
import org.oscc.chamberlain.reports.ReportRun;
import org.oscc.chamberlain.reports.RosterExporter;
import org.oscc.chamberlain.reports.ui.ReportsModel.PeriodKind;
import org.oscc.chamberlain.text.DateTimeText;
import org.oscc.chamberlain.ui.BackgroundTasks;
import org.oscc.chamberlain.ui.ColumnPriorities;
import org.oscc.chamberlain.ui.Messages;
import org.oscc.chamberlain.ui.Refreshable;

/**
 * The Reports screen: pick a period, make the board report or export the roster in the background (progress bar,
 * Cancel), then open the file or its folder; below, the board reports made before. What the screen holds is
 * {@link ReportsModel}; this binds the controls to it and asks where to save.
 */
public class ReportsController implements Refreshable {
    /** Asks where to save: a title, a suggested file name and the extensions offered; empty when dismissed. */
    @FunctionalInterface
    public interface SaveDialog {
        Optional<Path> ask(Window owner, String title, String suggestedName, List<String> extensions);
    }

    private final ReportsModel model;
    private final Consumer<Path> open;
    private SaveDialog saveDialog = ReportsController::fileChooser;

    @FXML private ToggleGroup periodKind;
    @FXML private RadioButton quarterChoice;
    @FXML private RadioButton fiscalChoice;
    @FXML private RadioButton customChoice;
    @FXML private ComboBox<org.oscc.chamberlain.reports.ReportPeriod> quarter;
    @FXML private ComboBox<org.oscc.chamberlain.reports.ReportPeriod> fiscalYear;
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
        this.model = new ReportsModel(reports, roster, seasonFeed, tasks);
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
                model.zoneProperty().get())));
        periodColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(DateTimeText.period(
                c.getValue().periodFrom(), c.getValue().periodTo())));
        fileColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().fileName()));
        bindPeriod();
        model.periodTextProperty().addListener((o, was, now) -> {
            periodText.setText(now.text());
            periodText.getStyleClass().remove("message-error");
            if (now.wrong()) {
                periodText.getStyleClass().add("message-error");
            }
        });
        makeReport.disableProperty().bind(model.canMakeReportProperty().not());
        exportRoster.disableProperty().bind(model.runningProperty().isNotNull());
        exportSeason.disableProperty().bind(model.runningProperty().isNotNull());
        model.runningProperty().addListener((o, was, now) -> showRunning(now));
        model.doneProperty().addListener((o, was, now) -> {
            doneText.setText(model.doneText());
            showBox(doneBox, now != null);
            showHeadline(now == null ? null : now.headline());
        });
        model.noteProperty().addListener((o, was, now) -> {
            message.getStyleClass().removeAll("message-ok", "message-error");
            if (now.error()) {
                message.getStyleClass().add("message-error");
            }
            message.setText(now.text());
        });
        madeColumn.setText(Messages.get("reports.previous.madeIn", DateTimeText.zone(model.zoneProperty().get())));
        model.zoneProperty().addListener((o, was, now) -> madeColumn.setText(Messages.get("reports.previous.madeIn",
                DateTimeText.zone(now))));
        model.runsProperty().addListener((o, was, now) -> previous.getItems().setAll(now));
    }

    /** The radio buttons, lists and date fields follow the model's period, and it follows them. */
    private void bindPeriod() {
        quarter.setItems(model.quarters());
        fiscalYear.setItems(model.years());
        quarter.valueProperty().bindBidirectional(model.quarterProperty());
        fiscalYear.valueProperty().bindBidirectional(model.fiscalYearProperty());
        from.valueProperty().bindBidirectional(model.fromProperty());
        to.valueProperty().bindBidirectional(model.toProperty());
        periodKind.selectToggle(toggleOf(model.kindProperty().get()));
        model.kindProperty().addListener((o, was, now) -> periodKind.selectToggle(toggleOf(now)));
        periodKind.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.kindProperty().set(now == quarterChoice ? PeriodKind.QUARTER
                        : now == fiscalChoice ? PeriodKind.FISCAL_YEAR : PeriodKind.CUSTOM);
            }
        });
        // opening a list or a date field means that choice, even when the value shown is kept as it is
        quarter.setOnShowing(e -> model.kindProperty().set(PeriodKind.QUARTER));
        fiscalYear.setOnShowing(e -> model.kindProperty().set(PeriodKind.FISCAL_YEAR));
        from.setOnShowing(e -> model.kindProperty().set(PeriodKind.CUSTOM));
        to.setOnShowing(e -> model.kindProperty().set(PeriodKind.CUSTOM));
    }

    private Toggle toggleOf(PeriodKind kind) {
        return switch (kind) {
            case QUARTER -> quarterChoice;
            case FISCAL_YEAR -> fiscalChoice;
            case CUSTOM -> customChoice;
        };
    }

    @Override
    public void refresh() {
        model.refresh();
    }

    @FXML
    private void onMakeReport() {
        model.boardReportName().ifPresent(name -> saveDialog.ask(window(), Messages.get("reports.save.board"), name,
                List.of(".xlsx")).ifPresent(model::makeReport));
    }

    @FXML
    private void onExportRoster() {
        saveDialog.ask(window(), Messages.get("reports.save.roster"), ReportsModel.rosterName(),
                List.of(".xlsx", ".csv")).ifPresent(model::exportRoster);
    }

    @FXML
    private void onExportSeason() {
        saveDialog.ask(window(), Messages.get("reports.save.season"), ReportsModel.seasonName(), List.of(".ics"))
                .ifPresent(model::exportSeason);
    }

    private void showRunning(Task<?> task) {
        progress.progressProperty().unbind();
        progressText.textProperty().unbind();
        if (task != null) {
            progress.progressProperty().bind(task.progressProperty());
            progressText.textProperty().bind(task.messageProperty());
        }
        showBox(progressBox, task != null);
    }

    @FXML
    private void onCancel() {
        model.cancel();
    }

    @FXML
    private void onOpenFile() {
        Path file = lastFile();
        if (file != null && Files.exists(file)) {
            open.accept(file);
        }
    }

    @FXML
    private void onShowFolder() {
        Path file = lastFile();
        if (file != null) {
            open.accept(file.getParent());
        }
    }

    private Path lastFile() {
        ReportsModel.Done done = model.doneProperty().get();
        return done == null ? null : done.result().file().toAbsolutePath();
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
