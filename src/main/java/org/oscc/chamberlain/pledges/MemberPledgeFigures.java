package org.oscc.chamberlain.pledges;

import java.util.Map;

/**
 * One member's row of the dashboard's per-member SQL pass: the sums of {@link MemberTotals} over its counting
 * pledges meeting the range ({@code inRange} false when none does), and how many of all its counting pledges have
 * each computed status, and the pro-rata share of the range of those pledges ({@code pledgedInRange}).
 */
record MemberPledgeFigures(MemberTotals totals, boolean inRange, Map<FulfilmentStatus, Integer> statusCounts,
        long pledgedInRange) {
}
