package org.oscc.chamberlain.pledges;

import java.time.YearMonth;

/**
 * One month of "delivered vs expected": scheduled is the share of counting pledges falling in that month's days
 * (pledged x days of the period in the month / days in the period); delivered is the contributions of the month.
 */
public record MonthFigures(YearMonth month, long scheduledMinutes, long deliveredMinutes) {
}
