package org.oscc.chamberlain.pitches;

/** A contact who could be invited, with the flags the organizer must see before sending e-mail. */
public record InviteCandidate(int contactId, String fullName, Integer organizationId, String organizationName,
        String email, boolean emailConsent) {

    public boolean missingEmail() {
        return email == null || email.isBlank();
    }

    public boolean withoutConsent() {
        return !missingEmail() && !emailConsent;
    }

    /** "Ada Lovelace (Analytical Ltd)" or the name alone. */
    public String displayName() {
        return organizationName == null ? fullName : fullName + " (" + organizationName + ")";
    }
}
