package org.oscc.chamberlain.ui;

import java.time.LocalDate;
import java.util.Objects;
import javafx.beans.property.StringProperty;
import javafx.scene.control.DatePicker;
import org.oscc.chamberlain.importing.Parsed;

/**
 * Ties a date picker to a form's text field: the form edits what is typed (so that a date that cannot be read stays
 * visible and becomes a problem of its field, never an error dialog), and a date picked from the calendar arrives as
 * the same text.
 */
public final class DateFields {
    private DateFields() {
    }

    public static void bind(DatePicker picker, StringProperty text) {
        IsoDates.applyTo(picker);
        picker.getEditor().textProperty().bindBidirectional(text);
        // the picker's own value follows readable text, so that its calendar opens on the date shown
        text.addListener((o, a, now) -> follow(picker, now));
        follow(picker, text.get());
    }

    private static void follow(DatePicker picker, String text) {
        Parsed<LocalDate> read = IsoDates.parse(text);
        if (!read.failed() && !Objects.equals(read.value(), picker.getValue())) {
            picker.setValue(read.value());
        }
    }
}
