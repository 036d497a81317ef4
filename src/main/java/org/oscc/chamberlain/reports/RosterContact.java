package org.oscc.chamberlain.reports;

/** One contact as the roster export shows it; {@code organization} is null for people not tied to a member. */
public record RosterContact(long id, String organization, String fullName, String role, String email, String phone,
        boolean primary, boolean emailConsent) {
}
