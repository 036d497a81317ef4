package org.oscc.chamberlain.reports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.oscc.chamberlain.pledges.MonthFigures;
import org.oscc.chamberlain.settings.ChamberSettings;

/**
 * What a board report is made from besides the store: the settings (name, thresholds), the period, the moment it
 * is made (in the chamber's time zone; fulfilment is computed for {@code asOf}'s day), the previous board report,
 * the day from which changes are listed, and the month-by-month figures of the chart.
 */
public record BoardReportInput(ChamberSettings settings, ReportPeriod period, LocalDateTime asOf,
        Optional<ReportRun> previous, LocalDate changesSince, List<MonthFigures> months) {

    public LocalDate today() {
        return asOf.toLocalDate();
    }
}
