package org.oscc.chamberlain.ui.imports;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The wizard's last step: what the import did, and the button that undoes it in one step. */
final class ImportDoneStep {
    private final Label summary = new Label();
    private final Button undo;
    private final Node view;

    /** @param undoAsked told when the organizer asks to undo (the wizard confirms and runs it) */
    ImportDoneStep(String outcome, String undoLabel, Consumer<ImportDoneStep> undoAsked) {
        summary.setText(outcome);
        summary.setId("importResult");
        summary.setWrapText(true);
        summary.getStyleClass().add("message-ok");
        undo = new Button(undoLabel);
        undo.setId("undoImport");
        undo.setOnAction(e -> undoAsked.accept(this));
        view = new VBox(12, summary, undo);
    }

    Node view() {
        return view;
    }

    /** After the undo: says so, and the button goes grey (an import is undone once). */
    void undone(String text) {
        summary.setText(text);
        undo.setDisable(true);
    }
}
