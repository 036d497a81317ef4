package org.oscc.chamberlain.pitches;

import java.util.Locale;
import java.util.Set;

/** Which contacts a bulk invite proposes. Archived contacts and organizations are never proposed. */
public sealed interface InviteSelection {

    /** Organization statuses as the schema knows them. */
    Set<String> STATUSES = Set.of("PROSPECT", "ACTIVE", "LAPSED", "WITHDRAWN");

    /** Every contact of the organizations of a membership tier (compared ignoring case). */
    record ByTier(String tier) implements InviteSelection {
    }

    /** Every contact of the organizations with a membership status (PROSPECT, ACTIVE, LAPSED, WITHDRAWN). */
    record ByStatus(String status) implements InviteSelection {
        public ByStatus {
            status = status == null ? null : status.strip().toUpperCase(Locale.ROOT);
        }
    }

    /** Every contact of one organization. */
    record ByOrganization(int organizationId) implements InviteSelection {
    }

    /** The primary contact of each active member. */
    record PrimaryContactsOfActiveMembers() implements InviteSelection {
    }
}
