package org.oscc.chamberlain.pitches;

import java.time.LocalDateTime;

/**
 * One invitation with the contact it is for: who (name, organization, e-mail, consent), their answer and when it
 * changed (UTC), their place on the waitlist, and whether they came.
 */
public record Invitee(int invitationId, int pitchNightId, int contactId, String contactName,
        String organizationName, String email, boolean emailConsent, Rsvp rsvp, LocalDateTime rsvpChangedAt,
        Integer waitlistPosition, Attendance attendance, String role, LocalDateTime invitedAt) {

    /** Flagged: no address to send the invite to. */
    public boolean missingEmail() {
        return email == null || email.isBlank();
    }

    /** Flagged: has an address but did not agree to e-mail. */
    public boolean withoutConsent() {
        return !missingEmail() && !emailConsent;
    }

    /** True when an invite may be e-mailed. */
    public boolean mailable() {
        return !missingEmail() && emailConsent;
    }
}
