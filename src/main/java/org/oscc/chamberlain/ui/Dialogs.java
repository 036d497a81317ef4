package org.oscc.chamberlain.ui;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** The app's message dialogs, sized so that a file path or a sentence is not squeezed into a narrow column. */
public final class Dialogs {
    private static final double MIN_WIDTH = 520;

    private Dialogs() {
    }

    public static void info(Window owner, String text) {
        alert(Alert.AlertType.INFORMATION, owner, null, text).show();
    }

    public static void error(Window owner, String header, String text) {
        alert(Alert.AlertType.ERROR, owner, header, text).show();
    }

    /** Asks OK/Cancel; true when the user chose OK. */
    public static boolean confirm(Window owner, String header, String text) {
        Alert a = alert(Alert.AlertType.CONFIRMATION, owner, header, text);
        a.getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Optional<ButtonType> answer = a.showAndWait();
        return answer.isPresent() && answer.get() == ButtonType.OK;
    }

    /** What to do with unsaved edits before the user moves elsewhere. */
    public enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    /**
     * Asks Save / Discard / Cancel about unsaved edits; closing the dialog counts as Cancel (nothing is lost). The
     * buttons carry the ids unsavedSave, unsavedDiscard and unsavedCancel.
     */
    public static UnsavedChoice saveDiscardCancel(Window owner, String header, String text) {
        ButtonType save = new ButtonType(Messages.get("dialog.unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.get("dialog.unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(Messages.get("dialog.unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = alert(Alert.AlertType.CONFIRMATION, owner, header, text);
        a.getButtonTypes().setAll(save, discard, cancel);
        a.getDialogPane().lookupButton(save).setId("unsavedSave");
        a.getDialogPane().lookupButton(discard).setId("unsavedDiscard");
        a.getDialogPane().lookupButton(cancel).setId("unsavedCancel");
        Optional<ButtonType> answer = a.showAndWait();
        if (answer.isPresent() && answer.get() == save) {
            return UnsavedChoice.SAVE;
        }
        return answer.isPresent() && answer.get() == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    public static Alert alert(Alert.AlertType type, Window owner, String header, String text) {
        Alert a = new Alert(type, text, ButtonType.OK);
        a.setHeaderText(header);
        if (owner != null) {
            a.initOwner(owner);
        }
        a.getDialogPane().setMinWidth(MIN_WIDTH);
        // without a window manager the stage is not grown to the content: never let it be shorter than its text
        a.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        a.setResizable(true);
        return a;
    }
}
