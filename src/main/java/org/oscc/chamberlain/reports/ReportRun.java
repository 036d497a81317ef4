package org.oscc.chamberlain.reports;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A report that was made: its kind (e.g. "BOARD"), the period it covered, when (UTC), the file's name and, for
 * board reports, its headline figures (null when not recorded).
 */
public record ReportRun(long id, String kind, LocalDate periodFrom, LocalDate periodTo, LocalDateTime createdAt,
        String fileName, HeadlineFigures headline) {

    public ReportRun(long id, String kind, LocalDate periodFrom, LocalDate periodTo, LocalDateTime createdAt,
            String fileName) {
        this(id, kind, periodFrom, periodTo, createdAt, fileName, null);
    }
}
