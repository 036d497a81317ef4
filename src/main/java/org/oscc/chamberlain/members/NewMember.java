package org.oscc.chamberlain.members;

/**
 * One imported row: an organization and, when the row names one, its primary contact ({@code contact} may be null).
 * Neither has an id yet. The organization's kind and status are null when the file does not give them.
 */
public record NewMember(Organization organization, Contact contact) {

    /** The organization's name key, which decides whether two rows (or a row and a stored member) are the same. */
    public String nameKey() {
        return NameKey.of(organization.name());
    }

    /** The status a new organization gets: as given, else active when a member-since date is given, else prospect. */
    public MemberStatus statusOrDefault() {
        MemberStatus given = organization.status();
        return given != null ? given : organization.memberSince() != null ? MemberStatus.ACTIVE : MemberStatus.PROSPECT;
    }

    public OrganizationKind kindOrDefault() {
        return organization.kind() != null ? organization.kind() : OrganizationKind.COMPANY;
    }

    /** The contact's e-mail key, or null. */
    public String emailKey() {
        return contact == null ? null : ContactRepository.emailKey(contact.email());
    }
}
