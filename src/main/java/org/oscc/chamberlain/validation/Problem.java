package org.oscc.chamberlain.validation;

/**
 * One thing wrong with what the user gave: where (an optional row number, a field) and why, in plain words.
 * Row numbers count as a spreadsheet shows them (the header is row 1), or 0 when there is no row.
 */
public record Problem(int row, String field, String message) {

    public static Problem of(String field, String message) {
        return new Problem(0, field, message);
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
