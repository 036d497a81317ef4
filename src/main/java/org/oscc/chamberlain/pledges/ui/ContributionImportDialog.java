package org.oscc.chamberlain.pledges.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.oscc.chamberlain.importing.ColumnMapping;
import org.oscc.chamberlain.importing.DateOrder;
import org.oscc.chamberlain.importing.DryRun;
import org.oscc.chamberlain.importing.DuplicateChoice;
import org.oscc.chamberlain.importing.DuplicateChoices;
import org.oscc.chamberlain.importing.ImportField;
import org.oscc.chamberlain.importing.SheetPreview;
import org.oscc.chamberlain.importing.SpreadsheetReader;
import org.oscc.chamberlain.pledges.ContributionDraft;
import org.oscc.chamberlain.pledges.ContributionImporter;
import org.oscc.chamberlain.ui.BackgroundTasks;
import org.oscc.chamberlain.ui.Dialogs;
import org.oscc.chamberlain.ui.Messages;
import org.oscc.chamberlain.ui.TextConverter;
import org.oscc.chamberlain.validation.InvalidInputException;

/**
 * The timesheet import wizard: choose a file, check the column for each field, run the dry run (every problem by
 * row and column, the duplicates), then import all rows at once, with a button to undo the import just made.
 */
final class ContributionImportDialog {
    private final ContributionImporter importer;
    private final BackgroundTasks tasks;
    private final Window owner;
    private final Runnable imported;
    private final Stage stage = new Stage();
    private final Label fileLabel = new Label();
    private final GridPane mappingGrid = new GridPane();
    private final Map<String, ComboBox<String>> columns = new LinkedHashMap<>();
    private final ComboBox<DateOrder> dateOrder = new ComboBox<>(FXCollections.observableArrayList(DateOrder.values()));
    private final ComboBox<DuplicateChoice> onDuplicate = new ComboBox<>(FXCollections.observableArrayList(
            DuplicateChoice.values()));
    private final Button check = new Button(Messages.get("pledges.wizard.check"),
            new FontIcon("mdi2c-check-circle-outline"));
    private final Button importButton = new Button(Messages.get("pledges.wizard.import"),
            new FontIcon("mdi2f-file-import-outline"));
    private final Button undo = new Button(Messages.get("pledges.wizard.undo"), new FontIcon("mdi2u-undo-variant"));
    private final ProgressBar progress = new ProgressBar();
    private final Label result = new Label();
    private final ListView<String> problems = new ListView<>();
    private Path file;
    private List<String> headers = List.of();
    private DryRun<ContributionDraft> run;
    private long batch;

    ContributionImportDialog(ContributionImporter importer, BackgroundTasks tasks, Window owner, Runnable imported) {
        this.importer = importer;
        this.tasks = tasks;
        this.owner = owner;
        this.imported = imported;
    }

    void show() {
        Button choose = new Button(Messages.get("pledges.wizard.choose"), new FontIcon("mdi2f-file-import-outline"));
        choose.setId("wizardChoose");
        choose.setOnAction(e -> choose());
        mappingGrid.getStyleClass().add("form-grid");
        dateOrder.setConverter(TextConverter.of(o -> Messages.get("memberImport.dateOrder." + o.name())));
        onDuplicate.setConverter(TextConverter.of(ContributionImportDialog::duplicateText));
        dateOrder.setId("wizardDateOrder");
        onDuplicate.setId("wizardDuplicates");
        dateOrder.setValue(DateOrder.UNDECIDED);
        onDuplicate.setValue(DuplicateChoice.SKIP);
        check.setOnAction(e -> dryRun());
        check.setDisable(true);
        importButton.setId("wizardImport");
        importButton.getStyleClass().add("accent");
        importButton.setDisable(true);
        importButton.setOnAction(e -> commit());
        undo.setVisible(false);
        undo.setOnAction(e -> undo());
        progress.setVisible(false);
        progress.setMaxWidth(Double.MAX_VALUE);
        result.setWrapText(true);
        result.setId("wizardResult");
        // the result is never squeezed below its text; the list of problems takes what room is left
        result.setMinHeight(Region.USE_PREF_SIZE);
        problems.setPrefHeight(180);
        problems.setMinHeight(80);
        VBox.setVgrow(problems, Priority.ALWAYS);
        Button close = new Button(Messages.get("pledges.wizard.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Label mappingTitle = new Label(Messages.get("pledges.wizard.mapping"));
        mappingTitle.getStyleClass().add("section-heading");
        // one choice a row, labels at their full width: at 1024x700 side by side they were cut to "Duplic..."
        GridPane choices = new GridPane();
        choices.getStyleClass().add("form-grid");
        choices.addRow(0, fullWidth(new Label(Messages.get("pledges.wizard.dateOrder"))), dateOrder);
        choices.addRow(1, fullWidth(new Label(Messages.get("pledges.wizard.duplicates"))), onDuplicate);
        dateOrder.setPrefWidth(280);
        onDuplicate.setPrefWidth(280);
        VBox root = new VBox(10, new HBox(8, choose, fileLabel), mappingTitle, mappingGrid, choices,
                new HBox(8, check, importButton, undo, close), progress, result, problems);
        root.getStyleClass().add("page");
        root.setId("import-wizard");
        stage.setTitle(Messages.get("pledges.wizard.title"));
        // Close and Esc are the organizer's own choice; the window's close box part-way (a file read, its columns
        // matched, nothing imported yet) asks first, as the member import does
        stage.setOnCloseRequest(e -> {
            boolean partWay = file != null && batch == 0;
            if (partWay && !Dialogs.confirm(stage, Messages.get("memberImport.leave.header"),
                    Messages.get("memberImport.leave.text"))) {
                e.consume();
            }
        });
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        Scene scene = new Scene(root, 720, 640);
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        stage.show();
    }

    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("pledges.wizard.title"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(Messages.get("pledges.wizard.fileFilter"),
                "*.csv", "*.xlsx", "*.txt"), new FileChooser.ExtensionFilter(Messages.get("dialog.filter.all"), "*"));
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    /** Reads the file's headers and proposes a mapping (remembered, else guessed). */
    void open(Path chosen) {
        file = chosen;
        run = null;
        importButton.setDisable(true);
        tasks.run(Messages.get("pledges.wizard.checking"), () -> {
            SheetPreview preview = SpreadsheetReader.preview(chosen, 3);
            return Map.entry(preview, importer.mappingFor(preview.headers()));
        }, found -> showMapping(found.getKey(), found.getValue()), this::failed);
    }

    private void showMapping(SheetPreview preview, ColumnMapping mapping) {
        fileLabel.setText(preview.description());
        headers = preview.headers();
        mappingGrid.getChildren().clear();
        columns.clear();
        List<String> options = new ArrayList<>();
        options.add(Messages.get("pledges.wizard.notMapped"));
        options.addAll(headers);
        int row = 0;
        for (ImportField f : ContributionImporter.FIELDS) {
            ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(options));
            box.setId("map-" + f.key());
            String header = mapping.headerOf(f.key());
            box.setValue(header == null ? options.get(0) : header);
            columns.put(f.key(), box);
            mappingGrid.addRow(row++, new Label(f.label() + (f.required() ? " *" : "")), box);
        }
        dateOrder.setValue(mapping.dateOrder());
        check.setDisable(false);
        result.setText("");
        problems.getItems().clear();
    }

    private ColumnMapping mapping() {
        ColumnMapping m = ColumnMapping.empty(headers).withDateOrder(dateOrder.getValue());
        for (Map.Entry<String, ComboBox<String>> e : columns.entrySet()) {
            int column = headers.indexOf(e.getValue().getValue());
            if (column >= 0) {
                m = m.map(e.getKey(), column);
            }
        }
        return m;
    }

    private void dryRun() {
        ColumnMapping m = mapping();
        Path f = file;
        busy(tasks.run(Messages.get("pledges.wizard.checking"), () -> importer.dryRun(f, m), done -> {
            run = done;
            problems.getItems().clear();
            done.problems().forEach(p -> problems.getItems().add(p.describe()));
            done.duplicates().forEach(d -> problems.getItems().add(d.describe()));
            boolean ok = !done.hasProblems();
            result.setText(ok ? Messages.get("pledges.wizard.ok", done.rowsRead(), done.valid().size(),
                    done.duplicates().size(), duplicateText(onDuplicate.getValue()).toLowerCase(Locale.ROOT))
                    : Messages.get("pledges.wizard.problems", done.rowsRead(), done.invalid().size()));
            result.getStyleClass().setAll("label", ok ? "message-ok" : "message-error");
            importButton.setDisable(!ok);
        }, this::failed));
    }

    private void commit() {
        DryRun<ContributionDraft> checked = run;
        DuplicateChoices choices = DuplicateChoices.all(onDuplicate.getValue());
        String name = file.getFileName().toString();
        importButton.setDisable(true);
        busy(tasks.run(Messages.get("pledges.wizard.import"), () -> importer.commit(checked, name, choices, false),
                done -> {
                    batch = done.batchId();
                    result.setText(Messages.get("pledges.wizard.done", done.batchId(), done.created(), done.updated(),
                            done.skipped()));
                    result.getStyleClass().setAll("label", "message-ok");
                    undo.setVisible(true);
                    imported.run();
                }, this::failed));
    }

    private void undo() {
        if (!Dialogs.confirmDestructive(stage, Messages.get("pledges.wizard.undo.confirm.header"),
                Messages.get("pledges.wizard.undo.confirm.text", file.getFileName()),
                Messages.get("pledges.wizard.undo.confirm.action"))) {
            return;
        }
        long b = batch;
        busy(tasks.run(Messages.get("pledges.wizard.undo"), () -> {
            importer.undo(b);
            return b;
        }, done -> {
            undo.setVisible(false);
            result.setText(Messages.get("pledges.wizard.undone"));
            imported.run();
        }, this::failed));
    }

    private static Label fullWidth(Label label) {
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    static String duplicateText(DuplicateChoice choice) {
        return Messages.get("pledges.wizard.duplicate." + choice.name());
    }

    private void busy(Task<?> task) {
        progress.setVisible(true);
        progress.progressProperty().bind(task.progressProperty());
        task.runningProperty().addListener((o, was, now) -> progress.setVisible(now));
    }

    private void failed(Throwable failure) {
        progress.setVisible(false);
        if (failure instanceof InvalidInputException refused) {
            problems.getItems().setAll(refused.problems().stream().map(p -> p.describe()).toList());
            result.setText(Messages.get("pledges.wizard.problems", run == null ? 0 : run.rowsRead(),
                    refused.problems().size()));
            result.getStyleClass().setAll("label", "message-error");
        } else {
            org.oscc.chamberlain.ui.ErrorReporter.report(failure);
        }
    }
}
