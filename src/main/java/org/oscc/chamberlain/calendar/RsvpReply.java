package org.oscc.chamberlain.calendar;

import org.oscc.chamberlain.pitches.Rsvp;
import java.util.Optional;

/**
 * One invitee's answer read from a reply (METHOD:REPLY): which session, who, their PARTSTAT as written, and the
 * SEQUENCE of the invite it answers (0 when the reply names none, as RFC 5545 reads a missing SEQUENCE).
 */
public record RsvpReply(String uid, String email, String partstat, int sequence) {

    public RsvpReply(String uid, String email, String partstat) {
        this(uid, email, partstat, 0);
    }

    /** The app's answer for this PARTSTAT; empty for ones a pitch night does not use (DELEGATED...). */
    public Optional<Rsvp> rsvp() {
        return ICalendarTerms.rsvpOf(partstat);
    }
}
