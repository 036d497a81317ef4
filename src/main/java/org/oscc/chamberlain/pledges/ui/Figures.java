package org.oscc.chamberlain.pledges.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.oscc.chamberlain.pledges.FulfilmentStatus;
import org.oscc.chamberlain.ui.Messages;

/** How pledge figures read on screen: hours with one decimal, percents with one, statuses in words and CSS classes. */
public final class Figures {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private Figures() {
    }

    /** Minutes as hours with one decimal, half-up, grouped: 90 -> "1.5", 600000 -> "10,000.0". */
    public static String hours(long minutes) {
        BigDecimal h = BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
        return String.format(Locale.getDefault(), "%,.1f", h);
    }

    /** Whole hours for a chart axis, half-up (charts need numbers, the figures beside them stay exact). */
    public static long chartHours(long minutes) {
        return (minutes + 30) / 60;
    }

    /** Basis points as a percent with one decimal: 3840 -> "38.4 %"; "–" without a base. */
    public static String percent(Integer bp) {
        return bp == null ? "\u2013" : BigDecimal.valueOf(bp, 2).setScale(1, RoundingMode.HALF_UP).toPlainString()
                + " %";
    }

    public static String status(FulfilmentStatus status) {
        return Messages.get("pledges.fulfilment." + status.name());
    }

    /** The style class of a computed status: "fulfilment-at-risk". */
    public static String styleClass(FulfilmentStatus status) {
        return "fulfilment-" + status.cliName();
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "Jan 2026 – Dec 2026" for whole months, else the two dates. */
    public static String period(LocalDate start, LocalDate end) {
        if (start.getDayOfMonth() == 1 && end.equals(java.time.YearMonth.from(end).atEndOfMonth())) {
            DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM yyyy", Locale.getDefault());
            return month.format(start) + " \u2013 " + month.format(end);
        }
        return start + " \u2013 " + end;
    }
}
