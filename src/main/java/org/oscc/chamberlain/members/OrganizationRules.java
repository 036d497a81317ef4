package org.oscc.chamberlain.members;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.oscc.chamberlain.text.Messages;
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
            problems.add("name", Messages.get("members.field.name"), Messages.get("members.rules.required"));
        } else if (NameKey.of(o.name()).isEmpty()) {
            problems.add("name", Messages.get("members.field.name"), Messages.get("members.rules.noLetter", o.name()));
        }
        if (o.website() != null && !WebAddress.isValid(o.website())) {
            problems.add("website", Messages.get("members.field.website"),
                    Messages.get("members.rules.website", o.website()));
        }
        if (o.itHeadcount() != null && o.itHeadcount() < 0) {
            problems.add("itHeadcount", Messages.get("members.field.itHeadcount"), Messages.get("members.rules.negative"));
        }
        if (o.totalHeadcount() != null && o.totalHeadcount() < 0) {
            problems.add("totalHeadcount", Messages.get("members.field.totalHeadcount"),
                    Messages.get("members.rules.negative"));
        }
        if (o.itHeadcount() != null && o.totalHeadcount() != null && o.totalHeadcount() >= 0
                && o.itHeadcount() > o.totalHeadcount()) {
            problems.add("itHeadcount", Messages.get("members.field.itHeadcount"), Messages.get(
                    "members.rules.itAboveTotal", String.valueOf(o.itHeadcount()), String.valueOf(o.totalHeadcount())));
        }
        if (o.memberSince() != null && o.renewalDue() != null && o.renewalDue().isBefore(o.memberSince())) {
            problems.add("renewalDue", Messages.get("members.field.renewal"),
                    Messages.get("members.rules.renewalBefore", o.renewalDue(), o.memberSince()));
        }
    }

    /** Checks contacts listed together (one organization's): each one's fields, and at most one primary. */
    static void checkContacts(List<Contact> contacts, Problems problems) {
        List<String> primaries = new ArrayList<>();
        for (int i = 0; i < contacts.size(); i++) {
            Contact c = contacts.get(i);
            check(c, "Contact " + (i + 1) + " ", problems);
            if (c.primary()) {
                primaries.add(c.fullName());
            }
        }
        if (primaries.size() > 1) {
            problems.add("contacts", Messages.get("members.col.contact"),
                    Messages.get("members.rules.onePrimary", String.join(", ", primaries)));
        }
    }

    static void check(Contact c, String fieldPrefix, Problems problems) {
        if (c.fullName() == null || c.fullName().isEmpty()) {
            problems.add(fieldPrefix + "name", Messages.get("members.rules.required"));
        }
        if (c.email() != null && !EMAIL.matcher(c.email()).matches()) {
            problems.add(fieldPrefix + "e-mail", Messages.get("members.rules.email", c.email()));
        }
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
