package org.oscc.chamberlain.cli;

/**
 * Keeps text written to CSV from being run as a formula when the file is opened in a spreadsheet (OWASP "CSV
 * injection"): a value starting with = + - @ tab or carriage return gets a leading single quote. The stored value is
 * unchanged; "=SUM Corp" is just a name.
 */
final class SpreadsheetSafe {
    private SpreadsheetSafe() {
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }
}
