package org.oscc.chamberlain.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One month of the dashboard's "delivered vs expected" chart. A past or future month is whole; the current month is
 * counted from its first day through today ({@code through}), both its expected share and what was delivered, so
 * that a month three days old is not set against thirty days of expected hours.
 */
public record MonthBar(YearMonth month, long expectedMinutes, long deliveredMinutes, LocalDate through) {

    /** True for the current month, counted to {@link #through}. */
    public boolean toDate() {
        return through != null;
    }
}
