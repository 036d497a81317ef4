package org.oscc.chamberlain.pitches;

import java.util.List;

/** A session with its agenda: what conflict detection compares. */
public record SessionPlan(PitchNight night, List<AgendaSlot> agenda) {

    public SessionPlan {
        agenda = List.copyOf(agenda);
    }
}
