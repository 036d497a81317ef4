package org.oscc.chamberlain.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oscc.chamberlain.text.Messages;

/**
 * Reads the dates people type, in the formats listed in docs/import-formats.md. Numeric day/month dates are read
 * only when the day is over 12, day and month are equal, or the user said which comes first; otherwise they are
 * reported as ambiguous. Impossible dates (31/02/2025) are reported, never moved to a nearby day.
 */
final class DateText {
    private static final Pattern YEAR_FIRST = Pattern.compile(
            "(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[ T]00:00(?::00(?:\\.0+)?)?Z?)?");
    private static final Pattern ORDINAL = Pattern.compile("(\\d)(er|st|nd|rd|th)\\b");
    private static final Pattern TOKEN_SEPARATORS = Pattern.compile("[\\s,.-]+");
    private static final Pattern ONE_OR_TWO_DIGITS = Pattern.compile("\\d{1,2}");
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");
    private static final Map<String, Month> MONTHS = monthNames();
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "lundi", "mardi", "mercredi",
            "jeudi", "vendredi", "samedi", "dimanche");

    private DateText() {
    }

    static Parsed<LocalDate> parse(String text, DateOrder order) {
        String s = text.strip();
        if (s.isEmpty()) {
            return Parsed.empty();
        }
        int[] parts = numericParts(s);
        if (parts != null && parts[3] == 4) {
            return date(s, parts[0], parts[1], parts[2]);
        }
        if (parts != null && parts[3] == 0) {
            return numeric(s, parts[0], parts[1], parts[2], parts[4], order);
        }
        Matcher m = YEAR_FIRST.matcher(s);
        if (m.matches()) {
            return date(s, parseInt(m.group(1)), parseInt(m.group(2)), parseInt(m.group(3)));
        }
        Parsed<LocalDate> named = withMonthName(s);
        return named != null ? named
                : Parsed.failure(Messages.get("importing.date.notADate", s));
    }

    /** Which order a numeric date proves (13/04/2025 is day-first), or UNDECIDED when it proves nothing. */
    static DateOrder evidence(String text) {
        int[] parts = numericParts(text.strip());
        if (parts == null || parts[3] != 0) {
            return DateOrder.UNDECIDED;
        }
        int a = parts[0];
        int b = parts[1];
        if (a > 12 && b <= 12) {
            return DateOrder.DAY_FIRST;
        }
        if (b > 12 && a <= 12) {
            return DateOrder.MONTH_FIRST;
        }
        return DateOrder.UNDECIDED;
    }

    /**
     * Splits "13/04/2025", "2025-04-03" and the like without a regex (this runs once per date cell): three digit
     * groups joined by the same one of / - . ; returns {first, second, third, 4 if the first group has four digits
     * else 0, digits of the third group}, or null.
     */
    static int[] numericParts(String s) {
        int[] values = new int[3];
        int[] lengths = new int[3];
        int part = 0;
        char separator = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++lengths[part] > 4) {
                    return null;
                }
                values[part] = values[part] * 10 + (c - '0');
            } else if ((c == '/' || c == '-' || c == '.') && part < 2 && lengths[part] > 0
                    && (separator == 0 || c == separator)) {
                separator = c;
                part++;
            } else {
                return null;
            }
        }
        if (part != 2 || lengths[2] == 0) {
            return null;
        }
        if (lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2) {
            return new int[] {values[0], values[1], values[2], 4, lengths[2]};
        }
        if (lengths[0] <= 2 && lengths[1] <= 2 && lengths[2] >= 2) {
            return new int[] {values[0], values[1], values[2], 0, lengths[2]};
        }
        return null;
    }

    private static Parsed<LocalDate> numeric(String s, int a, int b, int year, int yearDigits, DateOrder order) {
        if (yearDigits != 4) {
            return Parsed.failure(Messages.get("importing.date.shortYear", s, yearDigits));
        }
        if (a > 12 && b > 12) {
            return Parsed.failure(Messages.get("importing.date.noMonth", s, Integer.toString(a), Integer.toString(b)));
        }
        boolean dayFirst;
        if (a > 12) {
            if (order == DateOrder.MONTH_FIRST) {
                return Parsed.failure(Messages.get("importing.date.notMonthFirst", s, Integer.toString(a)));
            }
            dayFirst = true;
        } else if (b > 12) {
            if (order == DateOrder.DAY_FIRST) {
                return Parsed.failure(Messages.get("importing.date.notDayFirst", s, Integer.toString(b)));
            }
            dayFirst = false;
        } else if (a == b) {
            dayFirst = true;
        } else if (order == DateOrder.UNDECIDED) {
            return Parsed.failure(Messages.get("importing.date.ambiguous", s, describe(year, b, a), describe(year, a, b)));
        } else {
            dayFirst = order == DateOrder.DAY_FIRST;
        }
        return dayFirst ? date(s, year, b, a) : date(s, year, a, b);
    }

    private static String describe(int year, int month, int day) {
        return Messages.get("importing.date.day", Integer.toString(day), monthName(month), Integer.toString(year));
    }

    private static String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Messages.locale());
    }

    private static Parsed<LocalDate> withMonthName(String s) {
        List<String> tokens = new java.util.ArrayList<>(List.of(TOKEN_SEPARATORS.split(s.toLowerCase(Locale.ROOT))));
        tokens.replaceAll(t -> !t.isEmpty() && Character.isDigit(t.charAt(0)) ? ORDINAL.matcher(t).replaceAll("$1") : t);
        if (!tokens.isEmpty() && WEEKDAYS.contains(HeaderNames.normalize(tokens.get(0)))) {
            tokens.remove(0);
        }
        if (tokens.size() == 4 && (tokens.get(1).equals("de") || tokens.get(2).equals("de"))) {
            tokens.remove(tokens.get(1).equals("de") ? 1 : 2);
        }
        if (tokens.size() != 3 || !FOUR_DIGITS.matcher(tokens.get(2)).matches()) {
            return null;
        }
        int year = parseInt(tokens.get(2));
        Month month = MONTHS.get(HeaderNames.normalize(tokens.get(1)));
        if (month != null && ONE_OR_TWO_DIGITS.matcher(tokens.get(0)).matches()) {
            return date(s, year, month.getValue(), parseInt(tokens.get(0)));
        }
        month = MONTHS.get(HeaderNames.normalize(tokens.get(0)));
        if (month != null && ONE_OR_TWO_DIGITS.matcher(tokens.get(1)).matches()) {
            return date(s, year, month.getValue(), parseInt(tokens.get(1)));
        }
        return null;
    }

    private static Parsed<LocalDate> date(String s, int year, int month, int day) {
        try {
            return Parsed.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Parsed.failure(month < 1 || month > 12
                    ? Messages.get("importing.date.noSuchMonth", s, Integer.toString(month))
                    : Messages.get("importing.date.noSuchDay", s, monthName(month), Integer.toString(year),
                            Integer.toString(day)));
        }
    }

    private static int parseInt(String digits) {
        return Integer.parseInt(digits);
    }

    private static Map<String, Month> monthNames() {
        Map<String, Month> names = new HashMap<>();
        for (Month m : Month.values()) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
                names.put(HeaderNames.normalize(m.getDisplayName(TextStyle.FULL, locale)), m);
                names.put(HeaderNames.normalize(m.getDisplayName(TextStyle.SHORT, locale)), m);
            }
        }
        // abbreviations people write that the JDK's short forms miss
        names.put("sept", Month.SEPTEMBER);
        names.put("fev", Month.FEBRUARY);
        names.put("fevr", Month.FEBRUARY);
        names.put("juil", Month.JULY);
        names.put("janv", Month.JANUARY);
        names.put("avr", Month.APRIL);
        return names;
    }
}
