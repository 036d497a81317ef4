package org.oscc.chamberlain.calendar;

import org.oscc.chamberlain.pitches.Rsvp;
import java.util.Optional;

/** One invitee's answer read from a reply (METHOD:REPLY): which session, who, and their PARTSTAT as written. */
public record RsvpReply(String uid, String email, String partstat) {

    /** The app's answer for this PARTSTAT; empty for ones a pitch night does not use (DELEGATED...). */
    public Optional<Rsvp> rsvp() {
        return ICalendarTerms.rsvpOf(partstat);
    }
}
