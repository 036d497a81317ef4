package org.oscc.chamberlain.pledges.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.oscc.chamberlain.pledges.FulfilmentStatus;
import org.oscc.chamberlain.ui.Messages;
import org.oscc.chamberlain.text.DateTimeText;

/** How pledge figures read on screen: hours with one decimal, percents with one, statuses in words and CSS classes. */
public final class Figures {

    private Figures() {
    }

    /** Minutes as hours with one decimal, half-up, grouped as the language writes: "10,000.0", "10 000,0". */
    public static String hours(long minutes) {
        BigDecimal h = BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
        return org.oscc.chamberlain.text.Messages.numbers(1).format(h);
    }

    /** Whole hours for a chart axis, half-up (charts need numbers, the figures beside them stay exact). */
    public static long chartHours(long minutes) {
        return (minutes + 30) / 60;
    }

    /** Basis points as a percent with one decimal: 3840 -> "38.4 %" ("38,4 %" in French); "–" without a base. */
    public static String percent(Integer bp) {
        return bp == null ? "\u2013" : Messages.get("figures.percent",
                org.oscc.chamberlain.text.Messages.numbers(1).format(BigDecimal.valueOf(bp, 2)
                        .setScale(1, RoundingMode.HALF_UP)));
    }

    public static String status(FulfilmentStatus status) {
        return Messages.get("pledges.fulfilment." + status.name());
    }

    /** The style class of a computed status: "fulfilment-at-risk". */
    public static String styleClass(FulfilmentStatus status) {
        return "fulfilment-" + status.cliName();
    }

    /** 2026-03-20, as every date reads (DateTimeText). */
    public static String date(LocalDate date) {
        return DateTimeText.date(date);
    }

    /** "2026-01-01 – 2026-12-31": both dates, whole months or not, as the form's date fields show them. */
    public static String period(LocalDate start, LocalDate end) {
        return DateTimeText.period(start, end);
    }
}
