package org.oscc.chamberlain.pledges;

import java.time.LocalDate;

/**
 * Hours of counting pledges within [from, to] (e.g. a fiscal year): pledged is each pledge's total in proportion
 * to the days of its period inside the range; delivered is the contributions dated inside the range.
 */
public record RangeTotals(LocalDate from, LocalDate to, long pledgedMinutes, long deliveredMinutes) {
}
