package org.oscc.chamberlain.validation;

/**
 * One thing wrong with what the user gave: where (an optional row number, a field) and why, in plain words.
 * Row numbers count as a spreadsheet shows them (the header is row 1), or 0 when there is no row.
 *
 * <p>{@code field} is what a person reads (a column header of their file, a form label); {@code key} is the stable
 * field key a form uses to find the control the problem belongs to ("name", "periodEnd"). Problems made without a key
 * use the field as their key (a file's column has no other name).
 */
public record Problem(int row, String field, String message, String key) {

    public Problem(int row, String field, String message) {
        this(row, field, message, field);
    }

    public static Problem of(String field, String message) {
        return new Problem(0, field, message);
    }

    /** A problem of one form field: its key ties it to the control, its label is what the message names. */
    public static Problem at(String key, String label, String message) {
        return new Problem(0, label, message, key);
    }

    /** "Row 14, column "Email": ..." or "Email: ..." without a row. */
    public String describe() {
        String where = row > 0 ? "Row " + row + ", " + (field.isEmpty() ? "" : "column \"" + field + "\"")
                : field.isEmpty() ? "" : field;
        if (where.endsWith(", ")) {
            where = where.substring(0, where.length() - 2);
        }
        return where.isEmpty() ? message : where + ": " + message;
    }
}
