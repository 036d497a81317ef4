package org.oscc.chamberlain.members;

/**
 * One imported row: an organization and, when the row names one, its primary contact ({@code contact} may be null).
 * Neither has an id yet.
 */
public record NewMember(Organization organization, Contact contact) {

    /** The organization's name key, which decides whether two rows (or a row and a stored member) are the same. */
    public String nameKey() {
        return NameKey.of(organization.name());
    }

    /** The contact's e-mail key, or null. */
    public String emailKey() {
        return contact == null ? null : ContactRepository.emailKey(contact.email());
    }
}
