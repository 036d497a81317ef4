package org.oscc.chamberlain.pledges;

/** Minutes delivered to one project (projectId null: the general pool) within a range. */
public record ProjectHours(Long projectId, String projectName, long deliveredMinutes) {
}
