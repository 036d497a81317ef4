package org.oscc.chamberlain.importing;

import java.math.BigDecimal;
import org.oscc.chamberlain.text.Messages;

/**
 * Reads a number as people type it in English or French: "1,200", "1 200" (also with a no-break space), "1.200",
 * "1'200", "1,5", "1.5", "1 200,50", "1,200.50". A lone "," or "." followed by exactly three digits reads as a
 * thousands separator when a whole number is expected; where a fraction is allowed it is ambiguous and refused
 * ("1,500" hours: 1500 or 1.5?), unless the part before it is 0 ("0,250").
 */
final class DecimalText {
    private DecimalText() {
    }

    /** A number, or a reason; {@code wholeExpected} resolves the "1.200" case towards thousands. */
    static Parsed<BigDecimal> parse(String text, boolean wholeExpected) {
        return parse(text, wholeExpected, "number");
    }

    /**
     * The same, its reasons naming what the number stands for: {@code what} is "number", "duration" or "percentage"
     * ("1,2,3" is not a duration).
     */
    static Parsed<BigDecimal> parse(String text, boolean wholeExpected, String what) {
        String s = text.strip();
        if (s.isEmpty()) {
            return Parsed.empty();
        }
        boolean negative = false;
        int start = 0;
        if (s.charAt(0) == '-' || s.charAt(0) == '+' || s.charAt(0) == '\u2212') {
            negative = s.charAt(0) != '+';
            start = 1;
        }
        StringBuilder digits = new StringBuilder(s.length());
        StringBuilder groups = new StringBuilder(); // the separator chars, in order
        int[] groupStarts = new int[s.length() + 1]; // digits.length() at each separator
        int seps = 0;
        boolean lastWasDigit = false;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
                lastWasDigit = true;
            } else if (isSeparator(c) && lastWasDigit && i + 1 < s.length() && isDigit(s.charAt(i + 1))) {
                groupStarts[seps++] = digits.length();
                groups.append(isSpace(c) ? ' ' : c);
                lastWasDigit = false;
            } else {
                return Parsed.failure(Messages.get("importing.value.not." + what, text.strip()));
            }
        }
        if (digits.length() == 0) {
            return Parsed.failure(Messages.get("importing.value.not." + what, text.strip()));
        }
        int decimalAt = decimalSeparatorIndex(groups.toString(), groupStarts, digits.length(), seps,
                wholeExpected, digits);
        if (decimalAt == -2) {
            return Parsed.failure(Messages.get("importing.value.ambiguousNumber", text.strip()));
        }
        int groupedSeps = decimalAt >= 0 ? decimalAt : seps;
        for (int g = 0; g < groupedSeps; g++) {
            int groupEnd = g + 1 < seps ? groupStarts[g + 1] : digits.length();
            int groupStart = groupStarts[g];
            boolean firstGroupOk = g > 0 || (groupStart >= 1 && groupStart <= 3);
            if (!firstGroupOk || groupEnd - groupStart != 3 || (g > 0 && groups.charAt(g) != groups.charAt(0))) {
                return Parsed.failure(Messages.get("importing.value.groups",
                        Messages.get("importing.value.not." + what, text.strip())));
            }
        }
        String plain = decimalAt >= 0
                ? digits.substring(0, groupStarts[decimalAt]) + "." + digits.substring(groupStarts[decimalAt])
                : digits.toString();
        BigDecimal value = new BigDecimal(plain);
        return Parsed.of(negative ? value.negate() : value);
    }

    /** Which separator is the decimal point: its index, -1 for none, -2 when it cannot be told. */
    private static int decimalSeparatorIndex(String seps, int[] groupStarts, int digitCount, int count,
            boolean wholeExpected, CharSequence digits) {
        if (count == 0) {
            return -1;
        }
        int last = count - 1;
        char c = seps.charAt(last);
        if (c == ' ' || c == '\'' || c == '\u2019') {
            return -1;
        }
        if (seps.indexOf(c) != last) {
            return -1; // "1,200,000": the same mark twice is grouping
        }
        if (last > 0) {
            return last; // "1,200.50", "1.200,50", "1 200,5"
        }
        int after = digitCount - groupStarts[last];
        if (after != 3) {
            return last; // "1.5", "12,50"
        }
        boolean leadingZero = groupStarts[last] == 1 && digits.charAt(0) == '0';
        if (leadingZero) {
            return last; // "0,250"
        }
        return wholeExpected ? -1 : -2;
    }

    private static boolean isSeparator(char c) {
        return c == ',' || c == '.' || isSpace(c) || c == '\'' || c == '\u2019';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
