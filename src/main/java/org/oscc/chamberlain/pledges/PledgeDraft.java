package org.oscc.chamberlain.pledges;

import java.time.LocalDate;

/**
 * What a user gives to create or change a pledge. Leave {@code headcountBasis} null to take the member's IT
 * headcount (on create; on update the basis already kept with the pledge stays), and {@code weeklyMinutesBasis}
 * null to take the chamber's standard week. {@code pledgedMinutes} is a long so that an overflowing amount can be
 * refused with a reason rather than wrap around. A null status means DRAFT.
 */
public record PledgeDraft(Long organizationId, Long projectId, PledgeKind kind, Long pledgedMinutes,
        Integer percentBp, Long headcountBasis, Integer weeklyMinutesBasis, LocalDate periodStart,
        LocalDate periodEnd, PledgeStatus status, LocalDate signedOn, Long pitchSlotId, String notes) {

    /** An hours pledge to a project (null: the general pool). */
    public static PledgeDraft hours(long organizationId, Long projectId, long minutes, LocalDate start,
            LocalDate end, PledgeStatus status) {
        return new PledgeDraft(organizationId, projectId, PledgeKind.HOURS, minutes, null, null, null, start, end,
                status, null, null, null);
    }

    /** A percent-of-workforce pledge whose headcount basis defaults to the member's IT headcount. */
    public static PledgeDraft percent(long organizationId, Long projectId, int percentBp, LocalDate start,
            LocalDate end, PledgeStatus status) {
        return new PledgeDraft(organizationId, projectId, PledgeKind.PERCENT_OF_WORKFORCE, null, percentBp, null,
                null, start, end, status, null, null, null);
    }

    public PledgeDraft withHeadcountBasis(Long headcount) {
        return new PledgeDraft(organizationId, projectId, kind, pledgedMinutes, percentBp, headcount,
                weeklyMinutesBasis, periodStart, periodEnd, status, signedOn, pitchSlotId, notes);
    }

    public PledgeDraft withPeriod(LocalDate start, LocalDate end) {
        return new PledgeDraft(organizationId, projectId, kind, pledgedMinutes, percentBp, headcountBasis,
                weeklyMinutesBasis, start, end, status, signedOn, pitchSlotId, notes);
    }

    public PledgeDraft withSigning(LocalDate signed, String noteText) {
        return new PledgeDraft(organizationId, projectId, kind, pledgedMinutes, percentBp, headcountBasis,
                weeklyMinutesBasis, periodStart, periodEnd, status, signed, pitchSlotId, noteText);
    }
}
