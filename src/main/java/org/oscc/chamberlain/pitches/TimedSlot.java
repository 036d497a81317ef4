package org.oscc.chamberlain.pitches;

import java.time.ZonedDateTime;

/** An agenda slot with the times it runs, as reflowed from the session start. */
public record TimedSlot(int position, AgendaSlot slot, ZonedDateTime start, ZonedDateTime end) {

    /** Half-open: a slot ending at 19:00 does not overlap one starting at 19:00. */
    public boolean overlaps(TimedSlot other) {
        return start.toInstant().isBefore(other.end.toInstant()) && other.start.toInstant().isBefore(end.toInstant());
    }
}
