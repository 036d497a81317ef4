package org.oscc.chamberlain.pledges;

/**
 * How far a pledge (or a group of pledges) is delivered, as of a day. Percents are basis points (10000 = 100 %),
 * rounded half-up; a percent is null where its base is zero.
 */
public record Fulfilment(long pledgedMinutes, long deliveredMinutes, long expectedMinutes, Integer percentOfPledgedBp,
        Integer percentOfExpectedBp, FulfilmentStatus status) {
}
