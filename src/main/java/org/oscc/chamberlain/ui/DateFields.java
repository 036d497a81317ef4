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

    /** Set on a picker whose form shows its problems; other pickers explain an unreadable date themselves. */
    static final String FORM_FIELD = "chamberlain.formDateField";

    public static void bind(DatePicker picker, StringProperty text) {
        picker.getProperties().put(FORM_FIELD, Boolean.TRUE);
        IsoDates.applyTo(picker);
        picker.getEditor().textProperty().bindBidirectional(text);
        // the picker's own value follows readable text, so that its calendar opens on the date shown
        text.addListener((o, a, now) -> follow(picker, now));
        follow(picker, text.get());
    }

    /**
     * A date field outside a form (a filter, a report period): when it is left holding text that is not a date, it
     * is outlined with the reason under it, as form fields are, until the text changes.
     */
    static void explainUnreadable(DatePicker picker) {
        if (picker.getProperties().containsKey(FORM_FIELD) || picker.getProperties().containsKey(EXPLAINED)
                || !(picker.getParent() instanceof javafx.scene.layout.Pane)) {
            return;
        }
        picker.getProperties().put(EXPLAINED, Boolean.TRUE);
        FormProblems problems = new FormProblems(new javafx.scene.control.Label()).field("date", picker, "");
        picker.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                Parsed<LocalDate> read = IsoDates.parse(picker.getEditor().getText());
                problems.show(read.failed() ? java.util.List.of(org.oscc.chamberlain.validation.Problem.at("date", "",
                        read.problem())) : java.util.List.of(), false);
            }
        });
        picker.getEditor().textProperty().addListener((o, a, b) -> problems.show(java.util.List.of(), false));
    }

    private static final String EXPLAINED = "chamberlain.explainedDateField";

    private static void follow(DatePicker picker, String text) {
        Parsed<LocalDate> read = IsoDates.parse(text);
        if (!read.failed() && !Objects.equals(read.value(), picker.getValue())) {
            picker.setValue(read.value());
        }
    }
}
