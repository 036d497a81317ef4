package org.oscc.chamberlain.reports;

import java.time.LocalDate;

/** One contribution of a board report's period, with its member, project and contributor resolved to names. */
public record BoardContribution(LocalDate contributedOn, String memberName, String projectName, long pledgeId,
        int minutes, String contributor, String description) {
}
