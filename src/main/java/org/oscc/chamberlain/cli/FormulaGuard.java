package org.oscc.chamberlain.cli;

/**
 * Keeps CSV cells from being run as formulas by spreadsheets (OWASP "CSV injection"): a value starting with
 * = + - @, a tab or a carriage return gets a leading single quote.
 */
final class FormulaGuard {
    private FormulaGuard() {
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky ? "'" + value : value;
    }
}
