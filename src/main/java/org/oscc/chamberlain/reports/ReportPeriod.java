package org.oscc.chamberlain.reports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oscc.chamberlain.text.Messages;
import org.oscc.chamberlain.validation.InvalidInputException;

/**
 * The dates a report covers, both ends included. Quarters are calendar quarters ("2026-Q3" = July to September),
 * read the same by anyone outside the chamber. A fiscal year is named after the calendar year it STARTS in:
 * with the year starting in April, "FY2026" runs from 2026-04-01 to 2027-03-31 (with January, it is simply 2026).
 * Also a month ("2026-07") and any custom range ("2026-01-15/2026-03-31", or with ".." between the dates).
 */
public record ReportPeriod(Kind kind, LocalDate from, LocalDate to, String label) {

    public enum Kind { MONTH, QUARTER, FISCAL_YEAR, CUSTOM }

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})\\s*-?\\s*Q([1-4])");
    private static final Pattern FISCAL = Pattern.compile("(?:FY|FISCAL(?:\\s+YEAR)?)\\s*-?\\s*(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern RANGE = Pattern.compile("([^\\s/]+?)\\s*(?:/|\\.\\.)\\s*([^\\s/]+)");

    public ReportPeriod {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(label, "label");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period ends on or after its start: " + from + " to " + to);
        }
    }

    public static ReportPeriod quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter 1 to 4, not " + quarter);
        }
        LocalDate from = LocalDate.of(year, 3 * quarter - 2, 1);
        return new ReportPeriod(Kind.QUARTER, from, from.plusMonths(3).minusDays(1), year + "-Q" + quarter);
    }

    /** The fiscal year that starts in {@code startYear} on the first of {@code startMonth} (1-12). */
    public static ReportPeriod fiscalYear(int startYear, int startMonth) {
        if (startMonth < 1 || startMonth > 12) {
            throw new IllegalArgumentException("the fiscal year starts in a month from 1 to 12, not " + startMonth);
        }
        LocalDate from = LocalDate.of(startYear, startMonth, 1);
        return new ReportPeriod(Kind.FISCAL_YEAR, from, from.plusYears(1).minusDays(1), "FY" + startYear);
    }

    public static ReportPeriod month(YearMonth month) {
        return new ReportPeriod(Kind.MONTH, month.atDay(1), month.atEndOfMonth(), month.toString());
    }

    public static ReportPeriod custom(LocalDate from, LocalDate to) {
        return new ReportPeriod(Kind.CUSTOM, from, to, from + " to " + to);
    }

    /** The fiscal year (starting in {@code startMonth}) that {@code day} falls in. */
    public static ReportPeriod fiscalYearOf(LocalDate day, int startMonth) {
        return fiscalYear(day.getMonthValue() >= startMonth ? day.getYear() : day.getYear() - 1, startMonth);
    }

    /** The calendar quarter that {@code day} falls in. */
    public static ReportPeriod quarterOf(LocalDate day) {
        return quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /**
     * Reads a period as people type it (case and spaces do not matter).
     *
     * @param fiscalStartMonth the chamber's first month of the fiscal year (ChamberSettings.fiscalYearStartMonth)
     */
    public static ReportPeriod parse(String text, int fiscalStartMonth) throws InvalidInputException {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (t.isEmpty()) {
            throw refused(Messages.get("periodInput.required") + " " + Messages.get("periodInput.forms"));
        }
        Matcher m;
        if ((m = QUARTER.matcher(t)).matches()) {
            return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if ((m = FISCAL.matcher(t)).matches()) {
            return fiscalYear(Integer.parseInt(m.group(1)), fiscalStartMonth);
        }
        if ((m = MONTH.matcher(t)).matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                throw refused(Messages.get("periodInput.noMonth", text.strip(), Integer.toString(month)) + " "
                        + Messages.get("periodInput.forms"));
            }
            return month(YearMonth.of(Integer.parseInt(m.group(1)), month));
        }
        if ((m = RANGE.matcher(t)).matches()) {
            LocalDate from = date(m.group(1), "start");
            LocalDate to = date(m.group(2), "end");
            if (to.isBefore(from)) {
                throw refused(Messages.get("periodInput.backwards", to, from));
            }
            return custom(from, to);
        }
        throw refused(Messages.get("periodInput.unknown", text.strip()) + " " + Messages.get("periodInput.forms"));
    }

    private static LocalDate date(String text, String which) throws InvalidInputException {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw refused(Messages.get("periodInput.notDate." + which, text));
        }
    }

    private static InvalidInputException refused(String message) {
        return new InvalidInputException(Messages.get("periodInput.field"), message);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /**
     * True when the dates {@code from} to {@code to} make a period of the same kind as this one: a month, a calendar
     * quarter, a year starting on the first of a month, or (for custom dates) as many days. Board reports are
     * compared only with reports of the same kind: a quarter's hours against a year's would mislead.
     */
    public boolean sameKindAs(LocalDate otherFrom, LocalDate otherTo) {
        return kind == Kind.CUSTOM ? ChronoUnit.DAYS.between(otherFrom, otherTo) + 1 == days()
                : kindOf(otherFrom, otherTo) == kind;
    }

    static Kind kindOf(LocalDate from, LocalDate to) {
        if (from.getDayOfMonth() != 1) {
            return Kind.CUSTOM;
        }
        if (to.equals(from.plusMonths(1).minusDays(1))) {
            return Kind.MONTH;
        }
        if (to.equals(from.plusMonths(3).minusDays(1)) && from.getMonthValue() % 3 == 1) {
            return Kind.QUARTER;
        }
        return to.equals(from.plusYears(1).minusDays(1)) ? Kind.FISCAL_YEAR : Kind.CUSTOM;
    }

    /** Days covered, both ends included. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The period just before this one, of the same kind: the previous quarter, fiscal year, month, or as many days. */
    public ReportPeriod previous() {
        return switch (kind) {
            case QUARTER -> quarterOf(from.minusDays(1));
            case FISCAL_YEAR -> fiscalYear(from.getYear() - 1, from.getMonthValue());
            case MONTH -> month(YearMonth.from(from).minusMonths(1));
            case CUSTOM -> custom(from.minusDays(days()), from.minusDays(1));
        };
    }

    /**
     * The period's name in {@code language}: "FY2026" / "EX2026", "2026-Q3" / "T3 2026", "2026-07", "2026-01-15 to
     * 2026-03-31" / "2026-01-15 au 2026-03-31" (the English name is also what people type).
     */
    public String label(Locale language) {
        String year = Integer.toString(from.getYear());
        return switch (kind) {
            case FISCAL_YEAR -> Messages.in(language, "workbook.period.fiscal", year);
            case QUARTER -> Messages.in(language, "workbook.period.quarter", year,
                    Integer.toString((from.getMonthValue() - 1) / 3 + 1));
            case MONTH -> label;
            case CUSTOM -> Messages.in(language, "workbook.period.custom", from, to);
        };
    }

    @Override
    public String toString() {
        String named = label(Messages.locale());
        return kind == Kind.CUSTOM ? named : Messages.get("reports.period.named", named, from, to);
    }
}
