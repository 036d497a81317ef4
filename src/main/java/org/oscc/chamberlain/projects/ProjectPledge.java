package org.oscc.chamberlain.projects;

import java.time.LocalDate;

/**
 * A pledge that names a project, as the project's page shows it (read-only; pledges are edited in their own screen).
 * {@code kind} is the pledge's stored kind: HOURS or PERCENT_OF_WORKFORCE.
 */
public record ProjectPledge(long pledgeId, String memberName, String kind, LocalDate periodStart,
        LocalDate periodEnd) {
}
