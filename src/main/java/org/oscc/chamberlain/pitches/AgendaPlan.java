package org.oscc.chamberlain.pitches;

import java.util.List;
import java.util.Optional;
import org.oscc.chamberlain.text.Messages;

/** An agenda laid out in time: each slot's start and end, the total length, and how far it runs past the session. */
public record AgendaPlan(List<TimedSlot> slots, int totalMinutes, int sessionMinutes) {

    public AgendaPlan {
        slots = List.copyOf(slots);
    }

    /** Minutes the agenda runs past the session's end; 0 when it fits. */
    public int overrunMinutes() {
        return Math.max(0, totalMinutes - sessionMinutes);
    }

    public boolean overruns() {
        return overrunMinutes() > 0;
    }

    /** The warning to show when the agenda runs past the session's end. */
    public Optional<String> warning() {
        if (!overruns()) {
            return Optional.empty();
        }
        return Optional.of(Messages.get("pitches.agenda.overrun", overrunMinutes(), totalMinutes, sessionMinutes));
    }
}
