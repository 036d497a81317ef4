package org.oscc.chamberlain.reports;

/** A board report that was written: the file and its row count, and its headline block as the board will see it. */
public record BoardReportMade(ExportResult result, BoardHeadline headline) {
}
