package org.oscc.chamberlain.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * How every date and time reads for the organizer, on screens, in exports and in invite text: dates as 2026-03-20
 * (the form the user guide promises and date fields take), times as 19:30, months as "Dec 2026" (never "Dec 26",
 * which reads like a date). Instants, which the store keeps in UTC, are shown in the chamber's time zone; the zone
 * is named once where times are shown ({@link #zone}), not beside every time. The only class outside importing and
 * storage that builds a {@link DateTimeFormatter} (DateTimeTextTest holds that).
 */
public final class DateTimeText {
    /** The date form of fields and tables: 2026-03-20. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY_DATE_TIME = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm",
            Locale.ENGLISH);
    private static final DateTimeFormatter DAY_DATE = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_LONG = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE", Locale.ENGLISH);

    /** What a person types into a date field: exactly the one form, impossible dates (2026-02-30) refused. */
    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    /** What a person types into a time field: 18:30 or 9:05, never 25:00. */
    private static final DateTimeFormatter TYPED_TIME = DateTimeFormatter.ofPattern("H:mm", Locale.ROOT)
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private DateTimeText() {
    }

    /** A date typed in the one form (2026-03-20), or empty when the text is not one. */
    public static java.util.Optional<LocalDate> readDate(String text) {
        try {
            return java.util.Optional.of(LocalDate.parse(text.strip(), TYPED_DATE));
        } catch (java.time.format.DateTimeParseException | NullPointerException e) {
            return java.util.Optional.empty();
        }
    }

    /** A time of day typed as 18:30, or empty when the text is not one. */
    public static java.util.Optional<java.time.LocalTime> readTime(String text) {
        try {
            return java.util.Optional.of(java.time.LocalTime.parse(text.strip(), TYPED_TIME));
        } catch (java.time.format.DateTimeParseException | NullPointerException e) {
            return java.util.Optional.empty();
        }
    }

    /** 2026-03-20; "" for none. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A period, both ends as dates: "2026-01-01 – 2026-12-31". */
    public static String period(LocalDate start, LocalDate end) {
        return date(start) + " \u2013 " + date(end);
    }

    /** "Dec 2026". */
    public static String month(YearMonth month) {
        return MONTH.withLocale(Messages.locale()).format(month);
    }

    /** The month as {@link #month(YearMonth)} writes it, in {@code language} (a workbook's, an invite's). */
    public static String month(YearMonth month, java.util.Locale language) {
        return MONTH.withLocale(language).format(month);
    }

    /** "December 2026", for a calendar's heading. */
    public static String monthHeading(YearMonth month) {
        return MONTH_LONG.withLocale(Messages.locale()).format(month);
    }

    /** "Mon", "Tue"...: a calendar's column heading. */
    public static String weekday(java.time.DayOfWeek day) {
        return WEEKDAY.withLocale(Messages.locale()).format(LocalDate.of(2024, 1, 1).with(java.time.temporal.TemporalAdjusters.nextOrSame(day)));
    }

    /** 19:30. */
    public static String time(TemporalAccessor time) {
        return TIME.format(time);
    }

    /** "Thu 2026-03-19" for a heading that names a day. */
    public static String dayAndDate(LocalDate date) {
        return DAY_DATE.withLocale(Messages.locale()).format(date);
    }

    /** 2026-03-20 19:30, the wall-clock time as it is (already in the zone it is shown in). */
    public static String dateTime(LocalDateTime dateTime) {
        return dateTime == null ? "" : DATE_TIME.format(dateTime);
    }

    /** 2026-03-20 19:30 in {@code zone}. */
    public static String dateTime(ZonedDateTime dateTime, ZoneId zone) {
        return dateTime == null ? "" : DATE_TIME.format(dateTime.withZoneSameInstant(zone));
    }

    /** An instant as 2026-03-20 19:30 in the chamber's zone. */
    public static String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    /** A time the store keeps as UTC (created_at, made_at...), as 2026-03-20 19:30 in the chamber's zone. */
    public static String fromUtc(LocalDateTime utc, ZoneId zone) {
        return utc == null ? "" : dateTime(utc.toInstant(ZoneOffset.UTC), zone);
    }

    /** "Thu 2026-03-19 19:30", a session's start in its own zone, for headings and invite text. */
    public static String dayAndDateTime(TemporalAccessor dateTime) {
        return DAY_DATE_TIME.withLocale(Messages.locale()).format(dateTime);
    }

    /** The same in {@code language} (what an invite says, in the chamber's language). */
    public static String dayAndDateTime(TemporalAccessor dateTime, Locale language) {
        return DAY_DATE_TIME.withLocale(language).format(dateTime);
    }

    /** The zone's name as the organizer chose it in Settings, "America/Toronto": said once beside the times. */
    public static String zone(ZoneId zone) {
        return zone.getId();
    }
}
