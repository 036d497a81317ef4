package org.oscc.chamberlain.pledges;

import java.util.List;

/**
 * The pledges of one member, or the pledges naming one project, each with its fulfilment as of today, and their
 * total over the pledges that {@linkplain PledgeStatus#counts() count} (drafts and cancelled pledges are listed but not
 * added up). {@code receivedMinutes} is set for a project only: every minute logged to the project on a counting
 * pledge, including hours given from general-pool pledges, so it may exceed what its own pledges delivered.
 */
public record PledgeGroup(List<PledgeRow> pledges, Fulfilment total, Long receivedMinutes) {

    public PledgeGroup {
        pledges = List.copyOf(pledges);
    }

    public boolean isEmpty() {
        return pledges.isEmpty();
    }

    /** How many of the pledges count in the total. */
    public long countingPledges() {
        return pledges.stream().filter(r -> r.status().counts()).count();
    }
}
