package org.oscc.chamberlain.reports;

/** A pledge that needs the board's attention (behind, at risk or overdue) and how far short of schedule it is. */
public record AttentionPledge(String memberName, String projectName, String status, long shortMinutes) {
}
