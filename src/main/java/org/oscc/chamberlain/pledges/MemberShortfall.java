package org.oscc.chamberlain.pledges;

/**
 * A member short of what its pledges expected by today: the minutes short summed over its pledges that are Behind,
 * At risk or Overdue ({@link Fulfilment#shortMinutes}), and the most serious of those statuses.
 */
public record MemberShortfall(long organizationId, String memberName, long shortMinutes, FulfilmentStatus status) {

    /** The status of a {@link FulfilmentStatus#severity}: 1 Behind, 2 At risk, 3 Overdue. */
    static FulfilmentStatus ofSeverity(int severity) {
        for (FulfilmentStatus s : FulfilmentStatus.values()) {
            if (s.severity() == severity && severity > 0) {
                return s;
            }
        }
        throw new IllegalArgumentException("no shortfall has severity " + severity);
    }
}
