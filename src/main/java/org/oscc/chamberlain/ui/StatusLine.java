package org.oscc.chamberlain.ui;

import javafx.event.ActionEvent;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The status line under a form ("Saved.") says how things are now: as soon as the user edits the form again (types,
 * pastes, picks a choice, ticks a box) a success line is cleared, so it never claims that the edits on screen are
 * saved. Error lines stay: they are the form's own business. Only user gestures count, never a form being filled.
 */
public final class StatusLine {
    static final String OK = "message-ok";

    private StatusLine() {
    }

    /** Clears {@code status} when it shows a success and the user edits anything inside {@code form}. */
    public static void clearOnEdit(Label status, Node form) {
        form.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (!e.isShortcutDown() && !e.getCharacter().isEmpty() && e.getCharacter().charAt(0) >= ' ') {
                clear(status);
            }
        });
        form.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean paste = e.isShortcutDown() && e.getCode() == KeyCode.V;
            boolean erase = !e.isShortcutDown() && (e.getCode() == KeyCode.BACK_SPACE || e.getCode() == KeyCode.DELETE);
            if (paste || erase) {
                clear(status);
            }
        });
        // a combo box, date picker or check box changed by the user; a Button press (Save, Archive) sets its own line
        form.addEventFilter(ActionEvent.ACTION, e -> {
            if (!(e.getTarget() instanceof Button) && isInside(e, form)) {
                clear(status);
            }
        });
    }

    private static boolean isInside(Event e, Node form) {
        return e.getTarget() instanceof Node n && n != form;
    }

    private static void clear(Label status) {
        if (status.getStyleClass().contains(OK) && status.getText() != null && !status.getText().isEmpty()) {
            status.setText("");
        }
    }
}
