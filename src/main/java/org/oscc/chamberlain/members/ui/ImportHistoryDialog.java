package org.oscc.chamberlain.members.ui;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.oscc.chamberlain.importing.ImportBatch;
import org.oscc.chamberlain.members.MemberImporter;
import org.oscc.chamberlain.text.DateTimeText;
import org.oscc.chamberlain.ui.BackgroundTasks;
import org.oscc.chamberlain.ui.Dialogs;
import org.oscc.chamberlain.ui.ErrorReporter;
import org.oscc.chamberlain.ui.Messages;
import org.oscc.chamberlain.validation.InvalidInputException;
import org.oscc.chamberlain.validation.Problem;

/** The member imports made so far, newest first, each of which can be undone in one step. */
final class ImportHistoryDialog {
    private final MemberImporter importer;
    private final java.util.function.Supplier<java.time.ZoneId> chamberZone;
    /** The chamber's zone, known once the history has loaded: import times are stored in UTC. */
    private java.time.ZoneId zone = java.time.ZoneOffset.UTC;
    private TableColumn<ImportBatch, String> when;
    private final BackgroundTasks tasks;
    private final Runnable onUndone;
    private final Dialog<Void> dialog = new Dialog<>();
    private final TableView<ImportBatch> table = new TableView<>();
    private final Label message = new Label();

    ImportHistoryDialog(MemberImporter importer, java.util.function.Supplier<java.time.ZoneId> chamberZone,
            BackgroundTasks tasks, Window owner, Runnable onUndone) {
        this.importer = importer;
        this.chamberZone = chamberZone;
        this.tasks = tasks;
        this.onUndone = onUndone;
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("memberImport.history.title"));
        dialog.setResizable(true);
        table.setId("importHistoryTable");
        table.setPlaceholder(new Label(Messages.get("memberImport.history.none")));
        table.getColumns().add(column(Messages.get("memberImport.history.id"), b -> Long.toString(b.id()), 72));
        table.getColumns().add(column(Messages.get("memberImport.history.file"), ImportBatch::sourceName, 220));
        when = column(Messages.get("memberImport.history.when"), b -> DateTimeText.fromUtc(b.importedAt(), zone), 170);
        table.getColumns().add(when);
        table.getColumns().add(column(Messages.get("memberImport.history.rows"), b -> Integer.toString(b.rowCount()), 70));
        table.getColumns().add(column(Messages.get("memberImport.history.status"), b -> Messages.get(
                "memberImport.history." + b.status().name()), 90));
        table.setPrefSize(640, 300);
        Button undo = new Button(Messages.get("memberImport.undo"));
        undo.setId("undoSelectedImport");
        // an import already undone has nothing left to undo
        undo.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            ImportBatch b = table.getSelectionModel().getSelectedItem();
            return b == null || b.status() == ImportBatch.Status.UNDONE;
        }, table.getSelectionModel().selectedItemProperty()));
        undo.setOnAction(e -> undoSelected());
        message.setWrapText(true);
        message.setId("importHistoryMessage");
        // a refusal can run to three lines: the label never shrinks below its text, and the window grows to it
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().addListener((o, was, now) -> Platform.runLater(() -> {
            if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        }));
        dialog.getDialogPane().setContent(new VBox(10, table, undo, message));
        ButtonType closeButton = Dialogs.close(); // in the screens' language
        dialog.getDialogPane().getButtonTypes().setAll(closeButton);
        dialog.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
    }

    void show() {
        load();
        dialog.show();
    }

    private void load() {
        tasks.run(Messages.get("memberImport.history.title"), () -> new Loaded(importer.history(), chamberZone.get()),
                loaded -> {
                    zone = loaded.zone();
                    when.setText(Messages.get("memberImport.history.whenIn", DateTimeText.zone(zone)));
                    table.getItems().setAll(loaded.batches());
                });
    }

    private record Loaded(java.util.List<ImportBatch> batches, java.time.ZoneId zone) {
    }

    private void undoSelected() {
        ImportBatch batch = table.getSelectionModel().getSelectedItem();
        if (!Dialogs.confirmDestructive(dialog.getDialogPane().getScene().getWindow(),
                Messages.get("memberImport.undo.confirm.header", batch.sourceName()),
                Messages.get("memberImport.undo.confirm.text"),
                Messages.get("memberImport.undo.confirm.action"))) {
            return;
        }
        tasks.run(Messages.get("memberImport.undoing"), () -> {
            importer.undo(batch.id());
            return batch.id();
        }, id -> {
            message.getStyleClass().setAll("label", "message-ok");
            message.setText(Messages.get("memberImport.undone", id));
            load();
            onUndone.run();
        }, failure -> {
            if (failure instanceof InvalidInputException invalid) {
                message.getStyleClass().setAll("label", "message-error");
                message.setText(String.join("\n", invalid.problems().stream().map(Problem::describe).toList()));
            } else {
                ErrorReporter.report(failure);
            }
        });
    }

    private static TableColumn<ImportBatch, String> column(String title,
            java.util.function.Function<ImportBatch, String> value, double width) {
        TableColumn<ImportBatch, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
