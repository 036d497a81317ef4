package org.oscc.chamberlain.reports;

/**
 * What a column holds, which decides its cell type and number format. Values are the store's own types, so no
 * caller converts to floating point: HOURS takes whole minutes and PERCENT basis points, and the writer divides
 * only at the last moment, for the spreadsheet.
 */
public enum CellKind {
    /** Text from the store, guarded against formula injection. Any value is written through toString(). */
    TEXT(null),
    /** Text that must stay text even though it looks like a number (phone numbers, postal codes): format "@". */
    TEXT_AS_IS("@"),
    /** A whole number (Number). */
    INTEGER("#,##0"),
    /** Minutes (Number), shown as hours with one decimal. */
    HOURS("#,##0.0"),
    /** Basis points (Number; 250 = 2.5 %), shown as a percentage. */
    PERCENT("0.0%"),
    /** A LocalDate. */
    DATE("yyyy-mm-dd"),
    /** A LocalDateTime. */
    DATETIME("yyyy-mm-dd hh:mm"); // not a message: an Excel number format

    private final String format;

    CellKind(String format) {
        this.format = format;
    }

    /** The Excel number format, or null for the general format. */
    public String format() {
        return format;
    }

    /** True for kinds written as numbers, which a totals row can sum. */
    public boolean isNumeric() {
        return this == INTEGER || this == HOURS || this == PERCENT;
    }

    /** True for dates and date-times. */
    public boolean isDate() {
        return this == DATE || this == DATETIME;
    }

    /** True for kinds written as text cells. */
    public boolean isText() {
        return this == TEXT || this == TEXT_AS_IS;
    }
}
