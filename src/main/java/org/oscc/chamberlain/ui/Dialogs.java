package org.oscc.chamberlain.ui;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
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

    public static Alert alert(Alert.AlertType type, Window owner, String header, String text) {
        Alert a = new Alert(type, text, ButtonType.OK);
        a.setHeaderText(header);
        if (owner != null) {
            a.initOwner(owner);
        }
        a.getDialogPane().setMinWidth(MIN_WIDTH);
        a.setResizable(true);
        return a;
    }
}
