package org.oscc.chamberlain.members;

import static org.oscc.chamberlain.store.jooq.Tables.CONTRIBUTION;
import static org.oscc.chamberlain.store.jooq.Tables.ORGANIZATION;
import static org.oscc.chamberlain.store.jooq.Tables.ORGANIZATION_STATUS_CHANGE;
import static org.oscc.chamberlain.store.jooq.Tables.PLEDGE;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.StoreAccessException;
import org.oscc.chamberlain.store.jooq.tables.records.OrganizationRecord;

/** Reads and writes organizations, their status history and the roster rows (with search through member_search_fts). */
public class OrganizationRepository {
    private final DSLContext dsl;
    private final DataSource dataSource;

    public OrganizationRepository(Store store) {
        this.dsl = store.dsl();
        this.dataSource = store.dataSource();
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

    /**
     * The roster rows the filter keeps, ordered by name key; {@code today} decides the attention flag. Plain JDBC
     * rather than jOOQ: this is the search-as-you-type path, and mapping rows through jOOQ records cost several times
     * more than the query itself (see MemberSearchBench).
     */
    public List<MemberRow> list(MemberFilter filter, LocalDate today) {
        List<Object> binds = new ArrayList<>();
        String sql = "SELECT o.id, o.name, o.kind, o.sector, o.city, o.tier, o.status, o.member_since, o.renewal_due,"
                + " o.archived_at IS NOT NULL, p.full_name, p.email,"
                + " (SELECT count(*) FROM contact c WHERE c.organization_id = o.id AND c.archived_at IS NULL)"
                + " FROM organization o"
                + " LEFT JOIN contact p ON p.organization_id = o.id AND p.is_primary = 1"
                + " WHERE " + where(filter, binds)
                + " ORDER BY o.name_key";
        List<MemberRow> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < binds.size(); i++) {
                ps.setString(i + 1, (String) binds.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    MemberStatus status = MemberStatus.valueOf(rs.getString(7));
                    LocalDate due = date(rs.getString(9));
                    rows.add(new MemberRow(rs.getLong(1), rs.getString(2), OrganizationKind.valueOf(rs.getString(3)),
                            rs.getString(4), rs.getString(5), rs.getString(6), status, date(rs.getString(8)), due,
                            rs.getString(11), rs.getString(12), rs.getInt(13), rs.getBoolean(10),
                            MemberRow.needsAttention(status, due, today)));
                }
            }
        } catch (SQLException e) {
            throw new StoreAccessException("Could not read the member roster", e);
        }
        return rows;
    }

    /**
     * Ids of the organizations (archived or not) whose name, contact names or e-mail addresses match {@code search}.
     * Reads only the search index and covering indexes, never organization rows: a few milliseconds at 100,000.
     */
    public Set<Long> matchingIds(SearchText search) {
        String sql;
        List<String> binds = new ArrayList<>();
        if (search.usesIndex()) {
            sql = "SELECT rowid FROM member_search_fts WHERE member_search_fts MATCH ?";
            binds.add(search.ftsPhrase());
        } else {
            sql = "SELECT organization_id FROM contact WHERE email_key >= ? AND email_key < ? AND archived_at IS NULL"
                    + " AND organization_id IS NOT NULL";
            binds.add(search.emailPrefix());
            binds.add(SearchText.upperBound(search.emailPrefix()));
            if (!search.namePrefix().isEmpty()) {
                sql += " UNION ALL SELECT id FROM organization WHERE name_key >= ? AND name_key < ?";
                binds.add(search.namePrefix());
                binds.add(SearchText.upperBound(search.namePrefix()));
            }
        }
        Set<Long> ids = new HashSet<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < binds.size(); i++) {
                ps.setString(i + 1, binds.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new StoreAccessException("Could not search the member roster", e);
        }
        return ids;
    }

    private static String where(MemberFilter filter, List<Object> binds) {
        List<String> where = new ArrayList<>();
        where.add(filter.archived() ? "o.archived_at IS NOT NULL" : "o.archived_at IS NULL");
        in("o.status", filter.statuses().stream().map(Enum::name).toList(), where, binds);
        in("o.kind", filter.kinds().stream().map(Enum::name).toList(), where, binds);
        in("o.tier", List.copyOf(filter.tiers()), where, binds);
        in("o.sector", List.copyOf(filter.sectors()), where, binds);
        SearchText search = SearchText.of(filter.text());
        if (search != null && search.usesIndex()) {
            where.add("o.id IN (SELECT rowid FROM member_search_fts WHERE member_search_fts MATCH ?)");
            binds.add(search.ftsPhrase());
        } else if (search != null) {
            String byEmail = "o.id IN (SELECT organization_id FROM contact WHERE email_key >= ? AND email_key < ?"
                    + " AND archived_at IS NULL AND organization_id IS NOT NULL)";
            if (search.namePrefix().isEmpty()) {
                where.add(byEmail);
            } else {
                where.add("((o.name_key >= ? AND o.name_key < ?) OR " + byEmail + ")");
                binds.add(search.namePrefix());
                binds.add(SearchText.upperBound(search.namePrefix()));
            }
            binds.add(search.emailPrefix());
            binds.add(SearchText.upperBound(search.emailPrefix()));
        }
        return String.join(" AND ", where);
    }

    private static void in(String column, List<String> values, List<String> where, List<Object> binds) {
        if (!values.isEmpty()) {
            where.add(column + " IN (" + String.join(", ", java.util.Collections.nCopies(values.size(), "?")) + ")");
            binds.addAll(values);
        }
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
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
