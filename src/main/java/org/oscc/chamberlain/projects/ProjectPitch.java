package org.oscc.chamberlain.projects;

import java.time.LocalDate;

/**
 * A pitch-night slot that names a project (read-only here): the night's title and date, the pitch's title and who
 * presented it ({@code presenterName} null when no presenter is set).
 */
public record ProjectPitch(long slotId, String pitchNightTitle, LocalDate date, String slotTitle,
        String presenterName) {
}
