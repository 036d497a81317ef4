package org.oscc.chamberlain.pitches;

import java.util.List;

/**
 * What an RSVP did: the answer as recorded (WAITLISTED when the session was full), the waitlist place if any, and
 * the invitees it promoted from the waitlist (whom the organizer should tell).
 */
public record RsvpOutcome(Invitee invitee, List<Invitee> promoted) {

    public RsvpOutcome {
        promoted = List.copyOf(promoted);
    }

    public Rsvp recorded() {
        return invitee.rsvp();
    }

    public boolean waitlisted() {
        return invitee.rsvp() == Rsvp.WAITLISTED;
    }
}
