package org.oscc.chamberlain.validation;

import java.util.List;
import org.oscc.chamberlain.text.Messages;
import org.oscc.chamberlain.text.Wording;

/**
 * One thing wrong with what the user gave, not yet in words: where (an optional row number, a field) and why.
 * Row numbers count as a spreadsheet shows them (the header is row 1), or 0 when there is no row.
 *
 * <p>{@code key} is the stable field key a form uses to find the control the problem belongs to ("name",
 * "periodEnd"); never a label. {@code label} names the field for a person (a message key of the bundle, or a column
 * header of their file as they wrote it); {@code reason} is a message key with its arguments. Both are written out
 * when the problem is shown, in the language of the screen or the run ({@link #message()}, {@link #describe()}).
 */
public record Problem(int row, String key, Wording label, Wording reason) {

    public Problem {
        key = key == null ? "" : key;
        label = label == null ? Wording.plain("") : label;
        java.util.Objects.requireNonNull(reason, "reason");
    }

    /** A problem of one form field: its key ties it to the control; label and reason are message keys. */
    public static Problem onField(String key, String labelKey, String reasonKey, Object... arguments) {
        return new Problem(0, key, Wording.of(labelKey), Wording.of(reasonKey, arguments));
    }

    /** A problem of one field of a numbered row (a spreadsheet row, a batch entry). */
    public static Problem onRow(int row, String key, String labelKey, String reasonKey, Object... arguments) {
        return new Problem(row, key, Wording.of(labelKey), Wording.of(reasonKey, arguments));
    }

    /** A problem of the whole input, tied to no field. */
    public static Problem general(String reasonKey, Object... arguments) {
        return new Problem(0, "", Wording.plain(""), Wording.of(reasonKey, arguments));
    }

    /**
     * A problem already in words (a file's header, a message made elsewhere): {@code field} is both what a person
     * reads and the key. Prefer the typed forms above, which are written in the language of whoever shows them.
     */
    public Problem(int row, String field, String message) {
        this(row, field, Wording.plain(field), Wording.plain(message));
    }

    /** A problem already in words, tied to the control of {@code key}. */
    public Problem(int row, String field, String message, String key) {
        this(row, key, Wording.plain(field), Wording.plain(message));
    }

    /** A problem already in words; see {@link #Problem(int, String, String)}. */
    public static Problem of(String field, String message) {
        return new Problem(0, field, message);
    }

    /** A form field's problem already in words; see {@link #onField} for one in the bundle's words. */
    public static Problem at(String key, String label, String message) {
        return new Problem(0, label, message, key);
    }

    /** The field's name as a person reads it, in the current language; "" for none. */
    public String field() {
        return label.text();
    }

    /** Why, in the current language. */
    public String message() {
        return reason.text();
    }

    /** The reason's message key (null for a problem already in words). */
    public String messageKey() {
        return reason.key();
    }

    /** The reason's arguments. */
    public List<Object> arguments() {
        return reason.isPlain() ? List.of() : reason.arguments();
    }

    /** The same problem on row {@code row} (a batch numbering what it was given). */
    public Problem atRow(int row) {
        return new Problem(row, key, label, reason);
    }

    /** "Row 14, column "Email": ..." or "Email: ..." without a row, in the current language. */
    public String describe() {
        String field = field();
        String message = message();
        String at = String.valueOf(row); // as the spreadsheet numbers its rows, never grouped
        if (row > 0) {
            return field.isEmpty() ? Messages.get("problem.atRow", at, message)
                    : Messages.get("problem.atRowColumn", at, field, message);
        }
        return field.isEmpty() ? message : Messages.get("problem.atField", field, message);
    }
}
