package org.oscc.chamberlain.members;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.oscc.chamberlain.text.Wording;
import org.oscc.chamberlain.validation.Problem;
import org.oscc.chamberlain.validation.Problems;

/**
 * The rules an organization and its contacts must follow before they are stored, and the tidying applied on the
 * way in (trimmed names, https:// added to a bare website). Notes are kept exactly as typed, line breaks included.
 */
final class OrganizationRules {
    /** Loose on purpose: one @, something before it, a dot after it. Mail programs do the strict part. */
    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private OrganizationRules() {
    }

    /** The organization tidied (not yet checked): trimmed text, normalized website, defaults for kind and status. */
    static Organization tidy(Organization o) {
        return new Organization(o.id(), strip(o.name()), o.kind() == null ? OrganizationKind.COMPANY : o.kind(),
                blankToNull(o.sector()), WebAddress.normalize(o.website()), blankToNull(o.city()), o.itHeadcount(),
                o.totalHeadcount(), blankToNull(o.tier()), o.status() == null ? MemberStatus.PROSPECT : o.status(),
                o.memberSince(), o.renewalDue(), blankToNull(o.notes()) == null ? null : o.notes(), o.archivedAt());
    }

    static Contact tidy(Contact c) {
        return new Contact(c.id(), c.organizationId(), strip(c.fullName()), blankToNull(c.roleTitle()),
                blankToNull(c.email()), blankToNull(c.phone()), c.primary(), c.emailConsent(),
                blankToNull(c.notes()) == null ? null : c.notes(), c.archivedAt());
    }

    /** Checks a tidied organization's own fields (not its uniqueness, which needs the store). */
    static void check(Organization o, Problems problems) {
        if (o.name() == null || o.name().isEmpty()) {
            problems.onField("name", "members.field.name", "members.rules.required");
        } else if (NameKey.of(o.name()).isEmpty()) {
            problems.onField("name", "members.field.name", "members.rules.noLetter", o.name());
        }
        if (o.website() != null && !WebAddress.isValid(o.website())) {
            problems.onField("website", "members.field.website", "members.rules.website", o.website());
        }
        if (o.itHeadcount() != null && o.itHeadcount() < 0) {
            problems.onField("itHeadcount", "members.field.itHeadcount", "members.rules.negative");
        }
        if (o.totalHeadcount() != null && o.totalHeadcount() < 0) {
            problems.onField("totalHeadcount", "members.field.totalHeadcount", "members.rules.negative");
        }
        if (o.itHeadcount() != null && o.totalHeadcount() != null && o.totalHeadcount() >= 0
                && o.itHeadcount() > o.totalHeadcount()) {
            problems.onField("itHeadcount", "members.field.itHeadcount", "members.rules.itAboveTotal",
                    o.itHeadcount(), o.totalHeadcount());
        }
        if (o.memberSince() != null && o.renewalDue() != null && o.renewalDue().isBefore(o.memberSince())) {
            problems.onField("renewalDue", "members.field.renewal", "members.rules.renewalBefore", o.renewalDue(),
                    o.memberSince());
        }
    }

    /** Checks contacts listed together (one organization's): each one's fields, and at most one primary. */
    static void checkContacts(List<Contact> contacts, Problems problems) {
        List<String> primaries = new ArrayList<>();
        for (int i = 0; i < contacts.size(); i++) {
            Contact c = contacts.get(i);
            check(c, i + 1, problems);
            if (c.primary()) {
                primaries.add(c.fullName());
            }
        }
        if (primaries.size() > 1) {
            problems.onField("contacts", "members.col.contact", "members.rules.onePrimary",
                    String.join(", ", primaries));
        }
    }

    /** Checks one contact: {@code number} is its place in the organization's list (from 1), or 0 when alone. */
    static void check(Contact c, int number, Problems problems) {
        String prefix = number == 0 ? "" : "contact" + number + ".";
        if (c.fullName() == null || c.fullName().isEmpty()) {
            problems.add(new Problem(0, prefix + "name", number == 0 ? Wording.of("members.contact.name")
                    : Wording.of("members.rules.contactName", String.valueOf(number)),
                    Wording.of("members.rules.required")));
        }
        if (c.email() != null && !EMAIL.matcher(c.email()).matches()) {
            problems.add(new Problem(0, prefix + "email", number == 0 ? Wording.of("members.contact.email")
                    : Wording.of("members.rules.contactEmail", String.valueOf(number)),
                    Wording.of("members.rules.email", c.email())));
        }
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
