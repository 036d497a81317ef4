package org.oscc.chamberlain.ui;

import java.util.function.Consumer;

/**
 * What every form the organizer edits promises, so that one place ({@link UnsavedEdits}) can ask before any way out:
 * whether it holds unsaved edits, how to save them and how to drop them.
 */
public interface EditableForm {
    /** True when what the form shows differs from what is stored (or from the blank form of a new record). */
    boolean isDirty();

    /**
     * Saves what the form shows. {@code done} runs on the JavaFX thread with true once it is stored, or false when it
     * was refused (the form then shows why, on its fields); it may run later, when the store has answered.
     */
    void save(Consumer<Boolean> done);

    /** Puts back what is stored (or the blank form), clearing every problem shown. */
    void discard();

    /** What the unsaved-changes prompt calls this form's edits, e.g. the member "Érable Numérique". */
    String unsavedName();
}
