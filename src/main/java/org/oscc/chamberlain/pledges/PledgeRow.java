package org.oscc.chamberlain.pledges;

import java.time.LocalDate;

/** One line of a pledge list: names resolved, delivered minutes summed in SQL, fulfilment computed as of today. */
public record PledgeRow(long pledgeId, long organizationId, String memberName, Long projectId, String projectName,
        PledgeKind kind, LocalDate periodStart, LocalDate periodEnd, PledgeStatus status, Fulfilment fulfilment) {

    /** Shown instead of a project name for pledges to the chamber's general pool. */
    public static final String GENERAL_POOL = "General pool";

    public long pledgedMinutes() {
        return fulfilment.pledgedMinutes();
    }

    public long deliveredMinutes() {
        return fulfilment.deliveredMinutes();
    }
}
