package org.oscc.chamberlain.projects;

import java.time.LocalDate;

/** A pitch-night slot that names a project (read-only here): the night's title and date, and the slot's title. */
public record ProjectPitch(long slotId, String pitchNightTitle, LocalDate date, String slotTitle) {
}
