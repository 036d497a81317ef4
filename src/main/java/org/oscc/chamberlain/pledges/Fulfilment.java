package org.oscc.chamberlain.pledges;

/**
 * How far a pledge (or a group of pledges) is delivered, as of a day. Percents are basis points (10000 = 100 %),
 * rounded half-up; a percent is null where its base is zero.
 */
public record Fulfilment(long pledgedMinutes, long deliveredMinutes, long expectedMinutes, Integer percentOfPledgedBp,
        Integer percentOfExpectedBp, FulfilmentStatus status) {

    /**
     * Minutes short of what was expected by today, counted only when the status says short (Behind, At risk,
     * Overdue); 0 otherwise, so that a pledge "On track" at 95 % of expected, or in its grace period, is never shown
     * as behind. Overdue: expected is then the whole pledge, so this is what is still owed.
     */
    public long shortMinutes() {
        return status.isShort() ? Math.max(0, expectedMinutes - deliveredMinutes) : 0;
    }
}
