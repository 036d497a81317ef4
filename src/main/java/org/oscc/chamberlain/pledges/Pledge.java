package org.oscc.chamberlain.pledges;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A stored pledge. {@code projectId} null means the chamber's general pool. For kind HOURS {@code pledgedMinutes}
 * holds the total; for PERCENT_OF_WORKFORCE {@code percentBp}, {@code headcountBasis} and {@code weeklyMinutesBasis}
 * hold the figures as signed, so later changes to the member's headcount or to the settings do not rewrite history.
 * The period is inclusive at both ends.
 */
public record Pledge(long id, long organizationId, Long projectId, PledgeKind kind, Long pledgedMinutes,
        Integer percentBp, Integer headcountBasis, Integer weeklyMinutesBasis, LocalDate periodStart,
        LocalDate periodEnd, PledgeStatus status, LocalDate signedOn, Long pitchSlotId, String notes,
        LocalDateTime createdAt, LocalDateTime updatedAt) {

    public boolean generalPool() {
        return projectId == null;
    }
}
