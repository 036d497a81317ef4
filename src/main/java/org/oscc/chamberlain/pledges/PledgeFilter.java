package org.oscc.chamberlain.pledges;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which pledges a list shows. Empty sets and null fields do not filter. {@code generalPoolOnly} keeps pledges to
 * the general pool (and overrides {@code projectId}). The period filter keeps pledges whose period overlaps
 * [{@code from}, {@code to}] (either end may be null). A fulfilment filter keeps only pledges whose stored status
 * {@linkplain PledgeStatus#counts() counts} (drafts and cancelled pledges have no schedule to keep).
 */
public record PledgeFilter(Set<PledgeStatus> statuses, Set<FulfilmentStatus> fulfilment, Long organizationId,
        Long projectId, boolean generalPoolOnly, LocalDate from, LocalDate to) {

    public static final PledgeFilter ALL = new PledgeFilter(Set.of(), Set.of(), null, null, false, null, null);

    public PledgeFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        fulfilment = fulfilment == null ? Set.of() : Set.copyOf(fulfilment);
    }

    public PledgeFilter withStatuses(Set<PledgeStatus> s) {
        return new PledgeFilter(s, fulfilment, organizationId, projectId, generalPoolOnly, from, to);
    }

    public PledgeFilter withFulfilment(Set<FulfilmentStatus> f) {
        return new PledgeFilter(statuses, f, organizationId, projectId, generalPoolOnly, from, to);
    }

    public PledgeFilter withOrganization(Long id) {
        return new PledgeFilter(statuses, fulfilment, id, projectId, generalPoolOnly, from, to);
    }

    public PledgeFilter withProject(Long id) {
        return new PledgeFilter(statuses, fulfilment, organizationId, id, false, from, to);
    }

    public PledgeFilter generalPool() {
        return new PledgeFilter(statuses, fulfilment, organizationId, null, true, from, to);
    }

    public PledgeFilter overlapping(LocalDate periodFrom, LocalDate periodTo) {
        return new PledgeFilter(statuses, fulfilment, organizationId, projectId, generalPoolOnly, periodFrom,
                periodTo);
    }
}
