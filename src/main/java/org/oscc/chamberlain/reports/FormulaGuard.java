package org.oscc.chamberlain.reports;

/**
 * The one place that decides which text from the store a spreadsheet could take for a formula, and how to
 * neutralize it (OWASP "CSV Injection", ASVS 1.2.10).
 *
 * <p>Dangerous: text whose first character is {@code = + - @}, tab, carriage return, line feed or NUL; the same
 * after leading spaces (some readers trim them before looking); and the full-width {@code ＝ ＋ － ＠} that Excel in
 * East Asian locales also treats as formula starts. In CSV such text gets a leading single quote, as OWASP
 * recommends; in xlsx it is written as a plain string cell marked "quote prefixed", so that it stays text even when
 * someone edits the cell. This means a phone number written "+1 613 555 0100" reads "'+1 613 555 0100" in the CSV:
 * a price we accept, since Excel would otherwise compute it as a sum.
 */
public final class FormulaGuard {
    private FormulaGuard() {
    }

    /** True when a spreadsheet might read {@code text} as a formula. */
    public static boolean isDangerous(CharSequence text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        if (first == '\t' || first == '\r' || first == '\n' || first == '\0') {
            return true;
        }
        int i = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0' || text.charAt(i) == '\u3000')) {
            i++;
        }
        return i < text.length() && isTrigger(text.charAt(i));
    }

    private static boolean isTrigger(char c) {
        return switch (c) {
            case '=', '+', '-', '@', '\t', '\r', '\n', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
            default -> false;
        };
    }

    /** The text as a CSV field should carry it: dangerous text behind a single quote, anything else unchanged. */
    public static String forCsv(String text) {
        return isDangerous(text) ? "'" + text : text;
    }
}
