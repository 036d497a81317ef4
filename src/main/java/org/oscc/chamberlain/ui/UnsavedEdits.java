package org.oscc.chamberlain.ui;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * The one question asked before unsaved edits could be lost: Save, Don't save or Cancel. Save goes on only when every
 * form saved (a refused save keeps the organizer on the form, with its problems shown); Don't save drops the edits;
 * Cancel (also Esc and the dialog's close box) leaves everything as it was.
 */
public final class UnsavedEdits {
    /** The prompt's buttons carry these ids (tests and keyboard users find them). */
    public static final String SAVE_ID = "unsavedSave";
    public static final String DISCARD_ID = "unsavedDiscard";
    public static final String CANCEL_ID = "unsavedCancel";

    public enum Choice { SAVE, DISCARD, CANCEL }

    private UnsavedEdits() {
    }

    /** Runs {@code proceed} once the forms' edits are settled; never when the organizer chose to stay. */
    public static void settle(Window owner, List<? extends EditableForm> forms, Runnable proceed) {
        settle(owner, forms, proceed, () -> { });
    }

    /** As {@link #settle(Window, List, Runnable)}, running {@code stay} when the organizer stays where they are. */
    public static void settle(Window owner, List<? extends EditableForm> forms, Runnable proceed, Runnable stay) {
        List<EditableForm> dirty = forms.stream().filter(EditableForm::isDirty).collect(Collectors.toList());
        if (dirty.isEmpty()) {
            proceed.run();
            return;
        }
        String names = dirty.stream().map(EditableForm::unsavedName).collect(Collectors.joining(", "));
        switch (ask(owner, Messages.get("unsaved.header"), Messages.get("unsaved.text", names))) {
            case SAVE -> saveAll(new ArrayList<>(dirty).iterator(), proceed, stay);
            case DISCARD -> {
                dirty.forEach(EditableForm::discard);
                proceed.run();
            }
            case CANCEL -> stay.run();
        }
    }

    /** One after the other, so that a refusal stops the rest and the organizer sees why. */
    private static void saveAll(Iterator<EditableForm> forms, Runnable proceed, Runnable stay) {
        if (!forms.hasNext()) {
            proceed.run();
            return;
        }
        EditableForm form = forms.next();
        form.save(saved -> {
            if (saved) {
                saveAll(forms, proceed, stay);
            } else {
                stay.run();
            }
        });
    }

    /** The prompt itself: Save is the default button, Cancel answers Esc and the close box. */
    public static Choice ask(Window owner, String header, String text) {
        ButtonType save = new ButtonType(Messages.get("dialog.unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.get("dialog.unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(Messages.get("dialog.unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = Dialogs.alert(Alert.AlertType.CONFIRMATION, owner, header, text);
        a.setTitle(Messages.get("unsaved.title"));
        a.getButtonTypes().setAll(save, discard, cancel);
        Button saveButton = (Button) a.getDialogPane().lookupButton(save);
        saveButton.setId(SAVE_ID);
        saveButton.setDefaultButton(true);
        Button discardButton = (Button) a.getDialogPane().lookupButton(discard);
        discardButton.setId(DISCARD_ID);
        discardButton.setDefaultButton(false);
        // ButtonData.NO counts as a cancel button: only Cancel answers Esc, so Esc never drops an edit
        discardButton.setCancelButton(false);
        ((Button) a.getDialogPane().lookupButton(cancel)).setCancelButton(true);
        a.getDialogPane().lookupButton(cancel).setId(CANCEL_ID);
        Optional<ButtonType> answer = a.showAndWait();
        if (answer.isPresent() && answer.get() == save) {
            return Choice.SAVE;
        }
        return answer.isPresent() && answer.get() == discard ? Choice.DISCARD : Choice.CANCEL;
    }
}
