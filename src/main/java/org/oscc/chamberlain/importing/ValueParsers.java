package org.oscc.chamberlain.importing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oscc.chamberlain.text.Messages;

/**
 * Reads the values people actually type into spreadsheets, for each {@link ValueType}. Each method returns a value,
 * empty for a blank cell, or a reason ({@link Parsed}); none guesses. The accepted forms are listed in
 * docs/import-formats.md. Only numeric dates depend on the file's {@link DateOrder}.
 */
public final class ValueParsers {
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,4}):([0-5]\\d)(?::([0-5]\\d))?");
    private static final Pattern H_MIN = Pattern.compile("(\\d{1,4})\\s*h\\s*(\\d{1,2})\\s*(?:m|mn|min|mins|minutes?)?");
    private static final Pattern WITH_UNIT = Pattern.compile("(.*?\\d)\\s*([a-z]+)");
    private static final Set<String> HOUR_UNITS = Set.of("h", "hr", "hrs", "hour", "hours", "heure", "heures");
    private static final Set<String> MINUTE_UNITS = Set.of("m", "mn", "min", "mins", "minute", "minutes");
    private static final Set<String> TRUE_WORDS = Set.of("yes", "y", "oui", "o", "true", "vrai", "1", "x", "\u2713",
            "\u2714");
    private static final Set<String> FALSE_WORDS = Set.of("no", "n", "non", "false", "faux", "0");

    private static final Pattern OTHER_SCHEME = Pattern.compile("[a-z][a-z0-9+.-]*:.*");
    private static final Pattern HOST_AND_PORT = Pattern.compile("[^:/]+:\\d+.*");
    private static final Pattern PORT = Pattern.compile(":\\d+$");

    private final DateOrder dateOrder;

    public ValueParsers(DateOrder dateOrder) {
        this.dateOrder = dateOrder;
    }

    /** Reads {@code text} as {@code field.type()}; the value's class is listed on each {@link ValueType}. */
    public Parsed<?> parse(ImportField field, String text) {
        return switch (field.type()) {
            case TEXT -> text(text);
            case COUNT -> count(text);
            case HOURS -> duration(text, true);
            case MINUTES -> duration(text, false);
            case PERCENT -> percentBasisPoints(text);
            case BOOLEAN -> bool(text);
            case CHOICE -> choice(text, choiceLookup(field));
            case WEBSITE -> website(text);
            case EMAIL -> email(text);
            case DATE -> date(text);
        };
    }

    /** Text without its surrounding spaces; inner line breaks, accents, CJK and emoji unchanged. */
    public Parsed<String> text(String text) {
        String s = text.strip();
        return s.isEmpty() ? Parsed.empty() : Parsed.of(s);
    }

    public Parsed<Integer> count(String text) {
        Parsed<BigDecimal> n = DecimalText.parse(text, true);
        if (n.value() == null) {
            return Parsed.failure(n.problem());
        }
        BigDecimal v = n.value().stripTrailingZeros();
        if (v.scale() > 0) {
            return Parsed.failure(Messages.get("importing.value.notWhole", text.strip()));
        }
        if (v.signum() < 0) {
            return Parsed.failure(Messages.get("importing.value.negative", text.strip()));
        }
        if (v.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            return Parsed.failure(Messages.get("importing.value.tooLarge", text.strip()));
        }
        return Parsed.of(v.intValueExact());
    }

    /** Hours in minutes: "1.5", "1,5", "1:30", "1h30", "2 h", "90 min"; a bare number is hours. */
    public Parsed<Integer> hours(String text) {
        return duration(text, true);
    }

    /** Minutes: "90", "90 min", "1:30", "1h30", "1.5 h"; a bare number is minutes. */
    public Parsed<Integer> minutes(String text) {
        return duration(text, false);
    }

    private Parsed<Integer> duration(String text, boolean bareIsHours) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            return Parsed.empty();
        }
        Matcher m = CLOCK.matcher(s);
        if (m.matches()) {
            int seconds = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            return Parsed.of(Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2)) + (seconds >= 30 ? 1 : 0));
        }
        m = H_MIN.matcher(s);
        if (m.matches()) {
            int min = Integer.parseInt(m.group(2));
            if (min >= 60) {
                return Parsed.failure(Messages.get("importing.value.minutesOver", text.strip(), min));
            }
            return Parsed.of(Integer.parseInt(m.group(1)) * 60 + min);
        }
        String number = s;
        boolean inHours = bareIsHours;
        m = WITH_UNIT.matcher(s);
        if (m.matches()) {
            if (HOUR_UNITS.contains(m.group(2))) {
                inHours = true;
            } else if (MINUTE_UNITS.contains(m.group(2))) {
                inHours = false;
            } else {
                return Parsed.failure(Messages.get("importing.value.unknownUnit", text.strip(), m.group(2)));
            }
            number = m.group(1);
        }
        Parsed<BigDecimal> n = DecimalText.parse(number, false, "duration");
        if (n.value() == null) {
            return Parsed.failure(n.failed() ? n.problem()
                    : Messages.get("importing.value.not.duration", text.strip()));
        }
        if (n.value().signum() < 0) {
            return Parsed.failure(Messages.get("importing.value.negative", text.strip()));
        }
        BigDecimal minutes = inHours ? n.value().multiply(BigDecimal.valueOf(60)) : n.value();
        if (minutes.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            return Parsed.failure(Messages.get("importing.value.tooLarge", text.strip()));
        }
        // a fraction of a minute ("0.33 h" = 19.8 min) rounds to the nearest minute
        return Parsed.of(minutes.setScale(0, RoundingMode.HALF_UP).intValueExact());
    }

    /** "2.5", "2,5 %", "2.5%" -> 250 basis points. */
    public Parsed<Integer> percentBasisPoints(String text) {
        String s = text.strip();
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (s.isEmpty()) {
            return text.isBlank() ? Parsed.empty()
                    : Parsed.failure(Messages.get("importing.value.not.percentage", text.strip()));
        }
        Parsed<BigDecimal> n = DecimalText.parse(s, false, "percentage");
        if (n.value() == null) {
            return Parsed.failure(n.problem());
        }
        if (n.value().signum() < 0 || n.value().compareTo(BigDecimal.valueOf(100_000)) > 0) {
            return Parsed.failure(Messages.get("importing.value.percentRange", text.strip()));
        }
        return Parsed.of(n.value().movePointRight(2).setScale(0, RoundingMode.HALF_UP).intValueExact());
    }

    public Parsed<Boolean> bool(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            return Parsed.empty();
        }
        if (TRUE_WORDS.contains(s)) {
            return Parsed.of(Boolean.TRUE);
        }
        if (FALSE_WORDS.contains(s)) {
            return Parsed.of(Boolean.FALSE);
        }
        return Parsed.failure(Messages.get("importing.value.notYesNo", text.strip()));
    }

    /** Normalized word -> code for a CHOICE field: its codes and their synonyms, case and accents ignored. */
    public static Map<String, String> choiceLookup(ImportField field) {
        Map<String, String> lookup = new HashMap<>();
        field.choices().forEach((code, words) -> {
            lookup.put(HeaderNames.normalize(code), code);
            for (String w : words) {
                lookup.put(HeaderNames.normalize(w), code);
            }
        });
        return lookup;
    }

    public Parsed<String> choice(String text, Map<String, String> lookup) {
        String s = text.strip();
        if (s.isEmpty()) {
            return Parsed.empty();
        }
        String code = lookup.get(HeaderNames.normalize(s));
        if (code != null) {
            return Parsed.of(code);
        }
        List<String> codes = lookup.values().stream().distinct().sorted().toList();
        return Parsed.failure(Messages.get("importing.value.notOneOf", s, String.join(", ", codes)));
    }

    /** "example.org" -> "https://example.org"; http and https addresses are kept, with the scheme in lower case. */
    public Parsed<String> website(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return Parsed.empty();
        }
        String lower = s.toLowerCase(Locale.ROOT);
        String rest;
        String scheme;
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            int colon = s.indexOf(':');
            scheme = lower.substring(0, colon);
            rest = s.substring(colon + 3);
        } else if (OTHER_SCHEME.matcher(lower).matches() && !HOST_AND_PORT.matcher(lower).matches()) {
            return Parsed.failure(Messages.get("importing.value.webScheme", s));
        } else {
            scheme = "https";
            rest = s.startsWith("//") ? s.substring(2) : s;
        }
        int end = rest.length();
        for (char c : new char[] {'/', '?', '#'}) {
            int i = rest.indexOf(c);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        String host = PORT.matcher(rest.substring(0, end)).replaceFirst("");
        if (s.chars().anyMatch(Character::isWhitespace) || !isHostName(host)) {
            return Parsed.failure(Messages.get("importing.value.notWeb", s));
        }
        return Parsed.of(scheme + "://" + rest);
    }

    private static boolean isHostName(String host) {
        if (host.isEmpty() || host.startsWith(".") || host.endsWith(".") || !host.contains(".")
                || host.contains("..")) {
            return false;
        }
        return host.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '.');
    }

    /** A loose check that catches typing slips ("bob(at)example.org", two addresses in one cell), not RFC 5322. */
    public Parsed<String> email(String text) {
        String s = text.strip();
        if (s.regionMatches(true, 0, "mailto:", 0, 7)) {
            s = s.substring(7).strip();
        }
        if (s.isEmpty()) {
            return Parsed.empty();
        }
        int at = s.indexOf('@');
        if (s.indexOf(',') >= 0 || s.indexOf(';') >= 0 || (at >= 0 && s.indexOf('@', at + 1) >= 0)) {
            return Parsed.failure(Messages.get("importing.value.twoEmails", s));
        }
        if (at <= 0 || s.chars().anyMatch(Character::isWhitespace) || !isHostName(s.substring(at + 1))
                || s.indexOf('<') >= 0 || s.indexOf('>') >= 0) {
            return Parsed.failure(Messages.get("importing.value.notEmail", s));
        }
        return Parsed.of(s);
    }

    public Parsed<LocalDate> date(String text) {
        return DateText.parse(text, dateOrder);
    }
}
