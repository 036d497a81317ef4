package org.oscc.chamberlain.members;

import java.time.LocalDateTime;

/**
 * A person: usually someone at a member organization (a CIO, an OSPO lead), or standing alone when
 * {@code organizationId} is null (a project maintainer with no member organization). {@code emailConsent} records
 * whether the chamber may e-mail them. {@code id} is null until saved.
 */
public record Contact(Long id, Long organizationId, String fullName, String roleTitle, String email, String phone,
        boolean primary, boolean emailConsent, String notes, LocalDateTime archivedAt) {

    /** A new contact with a name and e-mail (either may be filled in later), not primary, no consent yet. */
    public static Contact named(String fullName, String email) {
        return new Contact(null, null, fullName, null, email, null, false, false, null, null);
    }

    public boolean archived() {
        return archivedAt != null;
    }

    public boolean standalone() {
        return organizationId == null;
    }

    public Contact withId(Long newId) {
        return new Contact(newId, organizationId, fullName, roleTitle, email, phone, primary, emailConsent, notes,
                archivedAt);
    }

    public Contact withOrganizationId(Long orgId) {
        return new Contact(id, orgId, fullName, roleTitle, email, phone, primary, emailConsent, notes, archivedAt);
    }

    public Contact withPrimary(boolean isPrimary) {
        return new Contact(id, organizationId, fullName, roleTitle, email, phone, isPrimary, emailConsent, notes,
                archivedAt);
    }

    public Contact withRole(String newRoleTitle) {
        return new Contact(id, organizationId, fullName, newRoleTitle, email, phone, primary, emailConsent, notes,
                archivedAt);
    }

    public Contact withEmail(String newEmail) {
        return new Contact(id, organizationId, fullName, roleTitle, newEmail, phone, primary, emailConsent, notes,
                archivedAt);
    }

    public Contact withConsent(boolean consent) {
        return new Contact(id, organizationId, fullName, roleTitle, email, phone, primary, consent, notes, archivedAt);
    }

    public Contact withNotes(String newNotes) {
        return new Contact(id, organizationId, fullName, roleTitle, email, phone, primary, emailConsent, newNotes,
                archivedAt);
    }
}
