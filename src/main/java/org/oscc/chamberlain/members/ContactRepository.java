package org.oscc.chamberlain.members;

import static org.oscc.chamberlain.store.jooq.Tables.CONTACT;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.jooq.tables.records.ContactRecord;

/** Reads and writes contacts, those of organizations and those standing alone. */
public class ContactRepository {
    private final DSLContext dsl;

    public ContactRepository(Store store) {
        this.dsl = store.dsl();
    }

    public Optional<Contact> find(long id) {
        return dsl.selectFrom(CONTACT).where(CONTACT.ID.eq((int) id)).fetchOptional()
                .map(ContactRepository::toContact);
    }

    /** The organization's current contacts, primary first, then by name. */
    public List<Contact> forOrganization(long organizationId) {
        return dsl.selectFrom(CONTACT).where(CONTACT.ORGANIZATION_ID.eq((int) organizationId))
                .and(CONTACT.ARCHIVED_AT.isNull())
                .orderBy(CONTACT.IS_PRIMARY.desc(), CONTACT.FULL_NAME, CONTACT.ID)
                .fetch(ContactRepository::toContact);
    }

    /** Contacts with no organization: archived ones or current ones. */
    public List<Contact> standalone(boolean archived) {
        return dsl.selectFrom(CONTACT).where(CONTACT.ORGANIZATION_ID.isNull())
                .and(archived ? CONTACT.ARCHIVED_AT.isNotNull() : CONTACT.ARCHIVED_AT.isNull())
                .orderBy(CONTACT.FULL_NAME, CONTACT.ID).fetch(ContactRepository::toContact);
    }

    /**
     * Current contacts whose name or e-mail contains {@code text} (for picking key people). SQLite's LIKE folds ASCII
     * case only, so the text is also tried as typed: "ÉLISE" finds "ÉLISE" but not "élise". Contacts are far fewer than
     * the roster's rows need to be for this to be fast.
     */
    public List<Contact> search(String text, int limit) {
        String pattern = "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        String lower = pattern.toLowerCase(Locale.ROOT);
        return dsl.selectFrom(CONTACT).where(CONTACT.ARCHIVED_AT.isNull())
                .and(CONTACT.FULL_NAME.like(pattern, '\\').or(CONTACT.FULL_NAME.like(lower, '\\'))
                        .or(CONTACT.EMAIL_KEY.like(lower, '\\')))
                .orderBy(CONTACT.FULL_NAME, CONTACT.ID).limit(limit).fetch(ContactRepository::toContact);
    }

    /** Inserts or updates one contact. */
    public long save(Contact contact, LocalDateTime now) {
        return dsl.transactionResult(cfg -> write(org.jooq.impl.DSL.using(cfg), contact, now));
    }

    /**
     * Archives ({@code at} not null) or restores ({@code at} null). An archived contact stops being primary, so
     * that another can take its place.
     */
    public void setArchived(long id, LocalDateTime at, LocalDateTime now) {
        var update = dsl.update(CONTACT).set(CONTACT.ARCHIVED_AT, at).set(CONTACT.UPDATED_AT, now);
        if (at != null) {
            update = update.set(CONTACT.IS_PRIMARY, false);
        }
        update.where(CONTACT.ID.eq((int) id)).execute();
    }

    /**
     * Makes {@code contacts} the organization's current contacts, inside the caller's transaction. Primary flags are
     * cleared first: the store allows one primary per organization at every step, so moving the flag from one contact
     * to another needs the old one cleared before the new one is set.
     */
    static void replaceContacts(DSLContext tx, long organizationId, List<Contact> contacts, LocalDateTime now) {
        Set<Long> kept = new HashSet<>();
        contacts.stream().filter(c -> c.id() != null).forEach(c -> kept.add(c.id()));
        tx.update(CONTACT).set(CONTACT.IS_PRIMARY, false).where(CONTACT.ORGANIZATION_ID.eq((int) organizationId))
                .execute();
        for (ContactRecord old : tx.selectFrom(CONTACT).where(CONTACT.ORGANIZATION_ID.eq((int) organizationId))
                .and(CONTACT.ARCHIVED_AT.isNull()).fetch()) {
            if (!kept.contains(old.getId().longValue())) {
                old.setArchivedAt(now);
                old.setUpdatedAt(now);
                old.store();
            }
        }
        for (Contact c : contacts) {
            // a listed contact is current, even one that had been archived
            write(tx, new Contact(c.id(), organizationId, c.fullName(), c.roleTitle(), c.email(), c.phone(),
                    c.primary(), c.emailConsent(), c.notes(), null), now);
        }
    }

    static long write(DSLContext tx, Contact c, LocalDateTime now) {
        ContactRecord rec = c.id() == null ? tx.newRecord(CONTACT)
                : tx.fetchSingle(CONTACT, CONTACT.ID.eq(c.id().intValue()));
        rec.setOrganizationId(c.organizationId() == null ? null : c.organizationId().intValue());
        rec.setFullName(c.fullName());
        rec.setRoleTitle(c.roleTitle());
        rec.setEmail(c.email());
        rec.setEmailKey(emailKey(c.email()));
        rec.setPhone(c.phone());
        rec.setIsPrimary(c.primary());
        rec.setEmailConsent(c.emailConsent());
        rec.setNotes(c.notes());
        rec.setArchivedAt(c.archivedAt());
        if (c.id() == null) {
            rec.setCreatedAt(now);
        }
        rec.setUpdatedAt(now);
        rec.store();
        return rec.getId();
    }

    /** The form of an e-mail address used to find it: trimmed and lower case (Locale.ROOT). */
    public static String emailKey(String email) {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    static Contact toContact(ContactRecord r) {
        return new Contact(r.getId().longValue(), r.getOrganizationId() == null ? null : r.getOrganizationId().longValue(),
                r.getFullName(), r.getRoleTitle(), r.getEmail(), r.getPhone(), Boolean.TRUE.equals(r.getIsPrimary()),
                Boolean.TRUE.equals(r.getEmailConsent()), r.getNotes(), r.getArchivedAt());
    }
}
