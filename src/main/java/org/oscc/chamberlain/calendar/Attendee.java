package org.oscc.chamberlain.calendar;

import org.oscc.chamberlain.pitches.Rsvp;
import java.util.Locale;
import java.util.Set;

/**
 * One invitee of a session as the invite lists them. The e-mail may be blank (the checks report it; the invite
 * leaves such a person out, since an ATTENDEE needs an address). The role is an iCalendar ROLE value.
 */
public record Attendee(String name, String email, Rsvp rsvp, String role) {
    public static final String DEFAULT_ROLE = "REQ-PARTICIPANT";
    private static final Set<String> ROLES = Set.of("CHAIR", "REQ-PARTICIPANT", "OPT-PARTICIPANT", "NON-PARTICIPANT");

    public Attendee {
        name = name == null ? "" : name.strip();
        email = email == null ? "" : email.strip();
        rsvp = rsvp == null ? Rsvp.INVITED : rsvp;
        String upper = role == null ? "" : role.strip().toUpperCase(Locale.ROOT);
        role = ROLES.contains(upper) ? upper : DEFAULT_ROLE;
    }

    public Attendee(String name, String email, Rsvp rsvp) {
        this(name, email, rsvp, DEFAULT_ROLE);
    }

    public boolean hasEmail() {
        return !email.isEmpty();
    }
}
