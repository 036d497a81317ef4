package org.oscc.chamberlain.pledges;

import java.time.LocalDate;

/**
 * A contribution as entered or imported, before checking. {@code projectId} null takes the pledge's project;
 * {@code minutes} is a long so that absurd values are refused with a reason rather than wrapped.
 */
public record ContributionDraft(Long pledgeId, Long projectId, LocalDate contributedOn, Long minutes,
        Long contributorId, String contributorName, String description, String link, Long importBatchId) {

    public static ContributionDraft of(long pledgeId, LocalDate on, long minutes, String contributorName) {
        return new ContributionDraft(pledgeId, null, on, minutes, null, contributorName, null, null, null);
    }
}
