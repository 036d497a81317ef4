package org.oscc.chamberlain.reports;

import java.util.List;
import java.util.Optional;

/**
 * The headline block of a board report: its figures, the (at most three) pledges furthest behind schedule, and
 * the earlier board report it is compared with, when there is one with recorded figures.
 */
public record BoardHeadline(HeadlineFigures figures, List<AttentionPledge> worst, Optional<ReportRun> comparedWith) {
    /** Pledges named in the headline. */
    public static final int WORST = 3;

    public BoardHeadline {
        worst = List.copyOf(worst);
    }

    /** The figures of the report compared with, if any. */
    public Optional<HeadlineFigures> previous() {
        return comparedWith.map(ReportRun::headline);
    }
}
