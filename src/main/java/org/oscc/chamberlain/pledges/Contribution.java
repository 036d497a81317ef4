package org.oscc.chamberlain.pledges;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Hours actually given toward a pledge: one entry of at most a day. The contributor is a contact or a name. */
public record Contribution(long id, long pledgeId, Long projectId, LocalDate contributedOn, int minutes,
        Long contributorId, String contributorName, String description, String link, Long importBatchId,
        LocalDateTime createdAt) {
}
