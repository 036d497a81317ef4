package org.oscc.chamberlain.reports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.oscc.chamberlain.pledges.MonthFigures;
import org.oscc.chamberlain.settings.ChamberSettings;

/**
 * What a board report is made from besides the store: the settings (name, thresholds), the period, the moment it
 * is made (in the chamber's time zone; fulfilment is computed for {@code asOf}'s day), the previous board report,
 * the day from which changes are listed, the month-by-month figures of the chart, and the earlier board report
 * (of the same kind of period, with recorded headline figures) the headline is compared with.
 */
public record BoardReportInput(ChamberSettings settings, ReportPeriod period, LocalDateTime asOf,
        Optional<ReportRun> previous, LocalDate changesSince, List<MonthFigures> months,
        Optional<ReportRun> comparedWith) {

    public BoardReportInput(ChamberSettings settings, ReportPeriod period, LocalDateTime asOf,
            Optional<ReportRun> previous, LocalDate changesSince, List<MonthFigures> months) {
        this(settings, period, asOf, previous, changesSince, months, Optional.empty());
    }

    /** The language the workbook speaks: the chamber's document language (or the one a command asked for). */
    public Locale language() {
        return settings.documentLanguage();
    }

    public LocalDate today() {
        return asOf.toLocalDate();
    }
}
