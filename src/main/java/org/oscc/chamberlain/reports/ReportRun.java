package org.oscc.chamberlain.reports;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A report that was made: its kind (e.g. "BOARD"), the period it covered, when (UTC) and the file's name. */
public record ReportRun(long id, String kind, LocalDate periodFrom, LocalDate periodTo, LocalDateTime createdAt,
        String fileName) {
}
