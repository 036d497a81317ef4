package org.oscc.chamberlain.mail;

import java.util.List;
import org.oscc.chamberlain.calendar.InviteMailing;

/** Who will get what if the organizer sends now: one line per invitee, before anything is sent. */
public record SendPlan(InviteMailing mailing, String version, List<SendLine> lines) {

    public SendPlan {
        lines = List.copyOf(lines);
    }

    public List<SendLine> toSend() {
        return lines.stream().filter(l -> l.outcome() == SendLine.Outcome.WILL_SEND).toList();
    }

    public long count(SendLine.Outcome outcome) {
        return lines.stream().filter(l -> l.outcome() == outcome).count();
    }
}
