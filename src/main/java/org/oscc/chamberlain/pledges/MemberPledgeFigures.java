package org.oscc.chamberlain.pledges;

import java.util.Map;

/**
 * One member's row of the dashboard's per-member SQL pass: the sums of {@link MemberTotals} over its counting
 * pledges meeting the range ({@code inRange} false when none does), and how many of all its counting pledges have
 * each computed status.
 */
record MemberPledgeFigures(MemberTotals totals, boolean inRange, Map<FulfilmentStatus, Integer> statusCounts) {
}
