package org.oscc.chamberlain.reports;

import static org.oscc.chamberlain.store.jooq.Tables.CONTACT;
import static org.oscc.chamberlain.store.jooq.Tables.ORGANIZATION;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.jooq.tables.Contact;

/**
 * Reads the roster for export: organizations and contacts that are not archived, ordered by name. Results are
 * lazy streams over an open cursor, so 100,000 members never sit in memory at once: close every stream
 * (try-with-resources), which also gives its connection back.
 */
public class RosterRepository {
    private static final Contact PRIMARY = CONTACT.as("primary_contact");
    private static final int FETCH_SIZE = 1_000;

    private final DSLContext dsl;

    public RosterRepository(Store store) {
        this.dsl = store.dsl();
    }

    public int countMembers() {
        return dsl.fetchCount(ORGANIZATION, ORGANIZATION.ARCHIVED_AT.isNull());
    }

    public int countContacts() {
        return dsl.fetchCount(DSL.selectFrom(CONTACT).where(contactVisible()));
    }

    /** Lines of the roster CSV: members without contacts and contacts without members included. */
    public int countLines() {
        int membersWithoutContacts = dsl.fetchCount(ORGANIZATION, ORGANIZATION.ARCHIVED_AT.isNull()
                .andNotExists(DSL.selectOne().from(CONTACT).where(CONTACT.ORGANIZATION_ID.eq(ORGANIZATION.ID))
                        .and(CONTACT.ARCHIVED_AT.isNull())));
        return countContacts() + membersWithoutContacts;
    }

    /** Members by name, each with its primary contact. Close the stream. */
    public Stream<RosterMember> members() {
        return dsl.select(memberFields())
                .from(ORGANIZATION)
                .leftJoin(PRIMARY).on(PRIMARY.ORGANIZATION_ID.eq(ORGANIZATION.ID)
                        .and(PRIMARY.IS_PRIMARY.isTrue()).and(PRIMARY.ARCHIVED_AT.isNull()))
                .where(ORGANIZATION.ARCHIVED_AT.isNull())
                .orderBy(ORGANIZATION.NAME.collate("NOCASE"), ORGANIZATION.ID)
                .fetchSize(FETCH_SIZE)
                .fetchStream()
                .map(RosterRepository::member);
    }

    /** Contacts by organization (people without one last), the primary contact first, then by name. */
    public Stream<RosterContact> contacts() {
        return dsl.select(contactFields())
                .from(CONTACT)
                .leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(CONTACT.ORGANIZATION_ID))
                .where(contactVisible())
                .orderBy(ORGANIZATION.NAME.isNull(), ORGANIZATION.NAME.collate("NOCASE"), ORGANIZATION.ID,
                        CONTACT.IS_PRIMARY.desc(), CONTACT.FULL_NAME.collate("NOCASE"), CONTACT.ID)
                .fetchSize(FETCH_SIZE)
                .fetchStream()
                .map(RosterRepository::contact);
    }

    /** One line per contact joined with its organization, in the order of {@link #contacts()}. Close the stream. */
    public Stream<RosterLine> lines() {
        var memberOnly = dsl.select(memberFields()).select(contactFields())
                .from(ORGANIZATION)
                .leftJoin(PRIMARY).on(PRIMARY.ORGANIZATION_ID.eq(ORGANIZATION.ID)
                        .and(PRIMARY.IS_PRIMARY.isTrue()).and(PRIMARY.ARCHIVED_AT.isNull()))
                .leftJoin(CONTACT).on(CONTACT.ORGANIZATION_ID.eq(ORGANIZATION.ID).and(CONTACT.ARCHIVED_AT.isNull()))
                .where(ORGANIZATION.ARCHIVED_AT.isNull());
        var contactOnly = dsl.select(memberFields()).select(contactFields())
                .from(CONTACT)
                .leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(CONTACT.ORGANIZATION_ID))
                .leftJoin(PRIMARY).on(DSL.falseCondition())
                .where(CONTACT.ORGANIZATION_ID.isNull()).and(CONTACT.ARCHIVED_AT.isNull());
        var all = memberOnly.unionAll(contactOnly).asTable("line");
        return dsl.selectFrom(all)
                .orderBy(all.field("org_id").isNull(), all.field("name", String.class).collate("NOCASE"),
                        all.field("org_id"), all.field("is_primary").desc(),
                        all.field("full_name", String.class).collate("NOCASE"), all.field("contact_id"))
                .fetchSize(FETCH_SIZE)
                .fetchStream()
                .map(r -> new RosterLine(r.get("org_id") == null ? null : member(r),
                        r.get("contact_id") == null ? null : contact(r)));
    }

    private static Condition contactVisible() {
        return CONTACT.ARCHIVED_AT.isNull().and(CONTACT.ORGANIZATION_ID.isNull()
                .or(DSL.exists(DSL.selectOne().from(ORGANIZATION).where(ORGANIZATION.ID.eq(CONTACT.ORGANIZATION_ID))
                        .and(ORGANIZATION.ARCHIVED_AT.isNull()))));
    }

    private static SelectField<?>[] memberFields() {
        // aliased, because member and contact columns meet in one row in lines()
        return new SelectField<?>[] {ORGANIZATION.ID.as("org_id"), ORGANIZATION.NAME, ORGANIZATION.KIND, ORGANIZATION.SECTOR,
            ORGANIZATION.CITY, ORGANIZATION.TIER, ORGANIZATION.STATUS, ORGANIZATION.MEMBER_SINCE,
            ORGANIZATION.RENEWAL_DUE, ORGANIZATION.IT_HEADCOUNT, ORGANIZATION.WEBSITE,
            PRIMARY.FULL_NAME.as("primary_name"), PRIMARY.EMAIL.as("primary_email"),
            PRIMARY.PHONE.as("primary_phone")};
    }

    private static SelectField<?>[] contactFields() {
        return new SelectField<?>[] {CONTACT.ID.as("contact_id"), ORGANIZATION.NAME.as("contact_organization"),
            CONTACT.FULL_NAME,
            CONTACT.ROLE_TITLE, CONTACT.EMAIL, CONTACT.PHONE, CONTACT.IS_PRIMARY, CONTACT.EMAIL_CONSENT};
    }

    private static RosterMember member(Record r) {
        return new RosterMember(r.get("org_id", Long.class), r.get(ORGANIZATION.NAME.getName(),
                String.class), r.get(ORGANIZATION.KIND.getName(), String.class),
                r.get(ORGANIZATION.SECTOR.getName(), String.class), r.get(ORGANIZATION.CITY.getName(), String.class),
                r.get(ORGANIZATION.TIER.getName(), String.class), r.get(ORGANIZATION.STATUS.getName(), String.class),
                r.get(ORGANIZATION.MEMBER_SINCE.getName(), LocalDate.class),
                r.get(ORGANIZATION.RENEWAL_DUE.getName(), LocalDate.class),
                r.get(ORGANIZATION.IT_HEADCOUNT.getName(), Integer.class),
                r.get(ORGANIZATION.WEBSITE.getName(), String.class), r.get("primary_name", String.class),
                r.get("primary_email", String.class), r.get("primary_phone", String.class));
    }

    private static RosterContact contact(Record r) {
        return new RosterContact(r.get("contact_id", Long.class), r.get("contact_organization", String.class),
                r.get(CONTACT.FULL_NAME.getName(), String.class), r.get(CONTACT.ROLE_TITLE.getName(), String.class),
                r.get(CONTACT.EMAIL.getName(), String.class), r.get(CONTACT.PHONE.getName(), String.class),
                Boolean.TRUE.equals(r.get(CONTACT.IS_PRIMARY.getName(), Boolean.class)),
                Boolean.TRUE.equals(r.get(CONTACT.EMAIL_CONSENT.getName(), Boolean.class)));
    }
}
