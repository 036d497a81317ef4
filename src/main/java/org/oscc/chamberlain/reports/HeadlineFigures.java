package org.oscc.chamberlain.reports;

/**
 * The five headline figures of a board report, as recorded with its run: active members, hours (in minutes)
 * pledged for and delivered in the period, fulfilment in the period (basis points, null when nothing was pledged
 * for it) and how many pledges needed attention.
 */
public record HeadlineFigures(int activeMembers, long pledgedMinutes, long deliveredMinutes, Integer fulfilmentBp,
        int attentionPledges) {
}
