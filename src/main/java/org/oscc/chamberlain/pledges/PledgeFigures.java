package org.oscc.chamberlain.pledges;

/**
 * One counting pledge as the dashboard's SQL pass computes it: its member, whether its period meets the range,
 * pledged / expected-to-date / delivered minutes, its pro-rata share of the range, and its computed status.
 */
record PledgeFigures(long organizationId, String memberName, boolean inRange, long pledgedMinutes,
        long expectedMinutes, long deliveredMinutes, long pledgedInRange, FulfilmentStatus status) {
}
