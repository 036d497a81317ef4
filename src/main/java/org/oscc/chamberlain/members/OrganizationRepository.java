package org.oscc.chamberlain.members;

import static org.oscc.chamberlain.store.jooq.Tables.CONTACT;
import static org.oscc.chamberlain.store.jooq.Tables.CONTRIBUTION;
import static org.oscc.chamberlain.store.jooq.Tables.ORGANIZATION;
import static org.oscc.chamberlain.store.jooq.Tables.ORGANIZATION_STATUS_CHANGE;
import static org.oscc.chamberlain.store.jooq.Tables.PLEDGE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.jooq.tables.records.OrganizationRecord;

/** Reads and writes organizations, their status history and the roster rows (with search through member_search_fts). */
public class OrganizationRepository {
    private static final org.oscc.chamberlain.store.jooq.tables.Contact PRIMARY = CONTACT.as("primary_contact");

    private final DSLContext dsl;

    public OrganizationRepository(Store store) {
        this.dsl = store.dsl();
    }

    public Optional<Organization> find(long id) {
        return dsl.selectFrom(ORGANIZATION).where(ORGANIZATION.ID.eq((int) id)).fetchOptional()
                .map(OrganizationRepository::toOrganization);
    }

    /** The organization (archived or not) whose name has this {@link NameKey}. */
    public Optional<Organization> findByNameKey(String nameKey) {
        return dsl.selectFrom(ORGANIZATION).where(ORGANIZATION.NAME_KEY.eq(nameKey)).fetchOptional()
                .map(OrganizationRepository::toOrganization);
    }

    /**
     * Writes an organization and its contacts in one transaction: contacts not in {@code contacts} but still current
     * in the store are archived (never deleted: invitations and contributions may name them), and a status change, if
     * any, is recorded. A null {@code contacts} leaves the contacts alone.
     *
     * @return the organization's id
     */
    public long save(Organization org, String nameKey, List<Contact> contacts, StatusChange change,
            LocalDateTime now) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            long id = write(tx, org, nameKey, now);
            if (contacts != null) {
                ContactRepository.replaceContacts(tx, id, contacts, now);
            }
            if (change != null) {
                recordStatus(tx, id, change);
            }
            return id;
        });
    }

    /** Sets the status and records the change in one transaction. */
    public void changeStatus(long id, StatusChange change, LocalDateTime now) {
        dsl.transaction(cfg -> {
            DSLContext tx = DSL.using(cfg);
            tx.update(ORGANIZATION).set(ORGANIZATION.STATUS, change.status().name())
                    .set(ORGANIZATION.UPDATED_AT, now).where(ORGANIZATION.ID.eq((int) id)).execute();
            recordStatus(tx, id, change);
        });
    }

    /** Archives ({@code at} not null) or restores ({@code at} null). */
    public void setArchived(long id, LocalDateTime at, LocalDateTime now) {
        dsl.update(ORGANIZATION).set(ORGANIZATION.ARCHIVED_AT, at).set(ORGANIZATION.UPDATED_AT, now)
                .where(ORGANIZATION.ID.eq((int) id)).execute();
    }

    public List<StatusChange> statusHistory(long id) {
        return dsl.select(ORGANIZATION_STATUS_CHANGE.STATUS, ORGANIZATION_STATUS_CHANGE.CHANGED_ON)
                .from(ORGANIZATION_STATUS_CHANGE).where(ORGANIZATION_STATUS_CHANGE.ORGANIZATION_ID.eq((int) id))
                .orderBy(ORGANIZATION_STATUS_CHANGE.CHANGED_ON, ORGANIZATION_STATUS_CHANGE.ID)
                .fetch(r -> new StatusChange(MemberStatus.valueOf(r.value1()), r.value2()));
    }

    public int pledgeCount(long id) {
        return dsl.fetchCount(PLEDGE, PLEDGE.ORGANIZATION_ID.eq((int) id));
    }

    /** Minutes contributed against all of the organization's pledges. */
    public long contributedMinutes(long id) {
        Long sum = dsl.select(DSL.sum(CONTRIBUTION.MINUTES).cast(Long.class)).from(CONTRIBUTION)
                .join(PLEDGE).on(PLEDGE.ID.eq(CONTRIBUTION.PLEDGE_ID))
                .where(PLEDGE.ORGANIZATION_ID.eq((int) id)).fetchOne(0, Long.class);
        return sum == null ? 0 : sum;
    }

    public List<String> distinctTiers() {
        return dsl.selectDistinct(ORGANIZATION.TIER).from(ORGANIZATION)
                .where(ORGANIZATION.TIER.isNotNull()).orderBy(ORGANIZATION.TIER).fetch(ORGANIZATION.TIER);
    }

    public List<String> distinctSectors() {
        return dsl.selectDistinct(ORGANIZATION.SECTOR).from(ORGANIZATION)
                .where(ORGANIZATION.SECTOR.isNotNull()).orderBy(ORGANIZATION.SECTOR).fetch(ORGANIZATION.SECTOR);
    }

    /** The roster rows the filter keeps, ordered by name key; {@code today} decides the attention flag. */
    public List<MemberRow> list(MemberFilter filter, LocalDate today) {
        Field<Integer> contactCount = DSL.field(DSL.selectCount().from(CONTACT)
                .where(CONTACT.ORGANIZATION_ID.eq(ORGANIZATION.ID)).and(CONTACT.ARCHIVED_AT.isNull()));
        return dsl.select(ORGANIZATION.ID, ORGANIZATION.NAME, ORGANIZATION.KIND, ORGANIZATION.SECTOR,
                        ORGANIZATION.CITY, ORGANIZATION.TIER, ORGANIZATION.STATUS, ORGANIZATION.MEMBER_SINCE,
                        ORGANIZATION.RENEWAL_DUE, ORGANIZATION.ARCHIVED_AT, PRIMARY.FULL_NAME, PRIMARY.EMAIL,
                        contactCount)
                .from(ORGANIZATION)
                .leftJoin(PRIMARY).on(PRIMARY.ORGANIZATION_ID.eq(ORGANIZATION.ID))
                .and(PRIMARY.IS_PRIMARY.eq(true))
                .where(conditions(filter))
                .orderBy(ORGANIZATION.NAME_KEY)
                .fetch(r -> toRow(r, today));
    }

    private static List<Condition> conditions(MemberFilter filter) {
        List<Condition> where = new ArrayList<>();
        where.add(filter.archived() ? ORGANIZATION.ARCHIVED_AT.isNotNull() : ORGANIZATION.ARCHIVED_AT.isNull());
        if (!filter.statuses().isEmpty()) {
            where.add(ORGANIZATION.STATUS.in(filter.statuses().stream().map(Enum::name).toList()));
        }
        if (!filter.kinds().isEmpty()) {
            where.add(ORGANIZATION.KIND.in(filter.kinds().stream().map(Enum::name).toList()));
        }
        if (!filter.tiers().isEmpty()) {
            where.add(ORGANIZATION.TIER.in(filter.tiers()));
        }
        if (!filter.sectors().isEmpty()) {
            where.add(ORGANIZATION.SECTOR.in(filter.sectors()));
        }
        SearchText search = SearchText.of(filter.text());
        if (search != null) {
            where.add(searchCondition(search));
        }
        return where;
    }

    private static Condition searchCondition(SearchText search) {
        if (search.usesIndex()) {
            return DSL.condition("{0} IN (SELECT rowid FROM member_search_fts WHERE member_search_fts MATCH {1})",
                    ORGANIZATION.ID, DSL.val(search.ftsPhrase()));
        }
        String email = search.emailPrefix();
        Condition byEmail = ORGANIZATION.ID.in(DSL.select(CONTACT.ORGANIZATION_ID).from(CONTACT)
                .where(CONTACT.EMAIL_KEY.ge(email)).and(CONTACT.EMAIL_KEY.lt(SearchText.upperBound(email)))
                .and(CONTACT.ARCHIVED_AT.isNull()));
        String name = search.namePrefix();
        if (name.isEmpty()) {
            return byEmail;
        }
        return ORGANIZATION.NAME_KEY.ge(name).and(ORGANIZATION.NAME_KEY.lt(SearchText.upperBound(name))).or(byEmail);
    }

    private static MemberRow toRow(Record r, LocalDate today) {
        MemberStatus status = MemberStatus.valueOf(r.get(ORGANIZATION.STATUS));
        LocalDate due = r.get(ORGANIZATION.RENEWAL_DUE);
        return new MemberRow(r.get(ORGANIZATION.ID), r.get(ORGANIZATION.NAME),
                OrganizationKind.valueOf(r.get(ORGANIZATION.KIND)), r.get(ORGANIZATION.SECTOR),
                r.get(ORGANIZATION.CITY), r.get(ORGANIZATION.TIER), status, r.get(ORGANIZATION.MEMBER_SINCE), due,
                r.get(PRIMARY.FULL_NAME), r.get(PRIMARY.EMAIL), r.get(12, Integer.class),
                r.get(ORGANIZATION.ARCHIVED_AT) != null, MemberRow.needsAttention(status, due, today));
    }

    private static long write(DSLContext tx, Organization org, String nameKey, LocalDateTime now) {
        OrganizationRecord rec = org.id() == null ? tx.newRecord(ORGANIZATION)
                : tx.fetchSingle(ORGANIZATION, ORGANIZATION.ID.eq(org.id().intValue()));
        rec.setName(org.name());
        rec.setNameKey(nameKey);
        rec.setKind(org.kind().name());
        rec.setSector(org.sector());
        rec.setWebsite(org.website());
        rec.setCity(org.city());
        rec.setItHeadcount(org.itHeadcount());
        rec.setTotalHeadcount(org.totalHeadcount());
        rec.setTier(org.tier());
        rec.setStatus(org.status().name());
        rec.setMemberSince(org.memberSince());
        rec.setRenewalDue(org.renewalDue());
        rec.setNotes(org.notes());
        rec.setArchivedAt(org.archivedAt());
        if (org.id() == null) {
            rec.setCreatedAt(now);
        }
        rec.setUpdatedAt(now);
        rec.store();
        return rec.getId();
    }

    private static void recordStatus(DSLContext tx, long id, StatusChange change) {
        tx.insertInto(ORGANIZATION_STATUS_CHANGE, ORGANIZATION_STATUS_CHANGE.ORGANIZATION_ID,
                        ORGANIZATION_STATUS_CHANGE.STATUS, ORGANIZATION_STATUS_CHANGE.CHANGED_ON)
                .values((int) id, change.status().name(), change.changedOn()).execute();
    }

    static Organization toOrganization(OrganizationRecord r) {
        return new Organization(r.getId().longValue(), r.getName(), OrganizationKind.valueOf(r.getKind()),
                r.getSector(), r.getWebsite(), r.getCity(), r.getItHeadcount(), r.getTotalHeadcount(), r.getTier(),
                MemberStatus.valueOf(r.getStatus()), r.getMemberSince(), r.getRenewalDue(), r.getNotes(),
                r.getArchivedAt());
    }
}
