package org.oscc.chamberlain.ui;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
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

    /**
     * Asks OK/Cancel; true when the user chose OK. Cancel is the focused default: Enter and Esc both leave things as
     * they were.
     */
    public static boolean confirm(Window owner, String header, String text) {
        Alert a = alert(Alert.AlertType.CONFIRMATION, owner, header, text);
        ButtonType ok = ok();
        ButtonType cancel = cancel();
        a.getButtonTypes().setAll(ok, cancel);
        safeDefault(a, ok, cancel);
        Optional<ButtonType> answer = a.showAndWait();
        return answer.isPresent() && answer.get() == ok;
    }

    /*
     * JavaFX's ButtonType.OK, CANCEL and CLOSE take their words from the system's language, not the screens': a
     * dialog uses these instead. Each call makes a new button type, so keep the one you compare the answer with.
     */

    /** OK, in the screens' language. */
    public static ButtonType ok() {
        return new ButtonType(Messages.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    /** Cancel, in the screens' language. */
    public static ButtonType cancel() {
        return new ButtonType(Messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    /** Close, in the screens' language. */
    public static ButtonType close() {
        return new ButtonType(Messages.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    /**
     * Asks before something that cannot be taken back at a click (replace, delete, restore, undo an import): the
     * action button is labelled with what it does and styled as danger, and Cancel is the focused default, so Enter
     * and Esc both leave things as they were. The buttons carry the ids confirmDestructive and confirmCancel.
     *
     * @return true only when the user chose the action
     */
    public static boolean confirmDestructive(Window owner, String header, String text, String actionLabel) {
        return destructiveAlert(owner, header, text, actionLabel).showAndWait()
                .map(b -> b.getButtonData() == ButtonBar.ButtonData.OTHER).orElse(false);
    }

    /** The alert {@link #confirmDestructive} shows, for a caller that shows it itself (without waiting). */
    public static Alert destructiveAlert(Window owner, String header, String text, String actionLabel) {
        ButtonType action = new ButtonType(actionLabel, ButtonBar.ButtonData.OTHER);
        ButtonType cancel = cancel();
        Alert a = alert(Alert.AlertType.WARNING, owner, header, text);
        a.getButtonTypes().setAll(action, cancel);
        a.getDialogPane().lookupButton(action).setId("confirmDestructive");
        a.getDialogPane().lookupButton(action).getStyleClass().add(DANGER);
        a.getDialogPane().lookupButton(cancel).setId("confirmCancel");
        safeDefault(a, action, cancel);
        return a;
    }

    /** AtlantaFX's style class for a button that destroys something. */
    public static final String DANGER = "danger";

    /** Makes {@code safe} the default and focused button and {@code risky} neither default nor fired by Esc. */
    private static void safeDefault(Alert a, ButtonType risky, ButtonType safe) {
        Button riskyButton = (Button) a.getDialogPane().lookupButton(risky);
        Button safeButton = (Button) a.getDialogPane().lookupButton(safe);
        riskyButton.setDefaultButton(false);
        riskyButton.setCancelButton(false);
        safeButton.setDefaultButton(true);
        safeButton.setCancelButton(true);
        a.setOnShown(e -> Platform.runLater(safeButton::requestFocus));
    }

    public static Alert alert(Alert.AlertType type, Window owner, String header, String text) {
        Alert a = new Alert(type, text, ok());
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
