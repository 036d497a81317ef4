package org.oscc.chamberlain.reports;

import org.oscc.chamberlain.pledges.Pledge;

/** One counting pledge of a board report: the pledge, its names, and the minutes delivered in the period and ever. */
public record BoardPledge(Pledge pledge, String memberName, String projectName, long deliveredInPeriodMinutes,
        long deliveredToDateMinutes) {
}
