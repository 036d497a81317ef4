package org.oscc.chamberlain.reports;

/** Hours a project received in the period, and how many members pledged to it (project "General pool" for none). */
public record BoardProject(String projectName, long deliveredMinutes, int pledgingMembers) {
}
