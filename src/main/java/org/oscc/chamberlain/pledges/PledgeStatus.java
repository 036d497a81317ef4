package org.oscc.chamberlain.pledges;

/** The status an organizer gives a pledge (stored); distinct from the computed {@link FulfilmentStatus}. */
public enum PledgeStatus {
    DRAFT,
    ACTIVE,
    FULFILLED,
    LAPSED,
    CANCELLED;

    /**
     * Whether a pledge in this status is a commitment that counts in totals, dashboards and fulfilment filters.
     * Drafts are not signed yet and cancelled pledges were withdrawn, so neither counts.
     */
    public boolean counts() {
        return this == ACTIVE || this == FULFILLED || this == LAPSED;
    }
}
