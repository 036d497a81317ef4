package org.oscc.chamberlain.members;

import static org.oscc.chamberlain.store.jooq.Tables.CONTACT;
import static org.oscc.chamberlain.store.jooq.Tables.ORGANIZATION;
import static org.oscc.chamberlain.store.jooq.Tables.ORGANIZATION_STATUS_CHANGE;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.oscc.chamberlain.importing.ExistingRecords;
import org.oscc.chamberlain.importing.ImportBatchRepository;
import org.oscc.chamberlain.importing.ImportKind;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.StoreAccessException;
import org.oscc.chamberlain.store.SuspendedTriggers;
import org.oscc.chamberlain.store.jooq.tables.records.ContactRecord;
import org.oscc.chamberlain.store.jooq.tables.records.OrganizationRecord;
import org.oscc.chamberlain.validation.Problem;
import org.oscc.chamberlain.text.Messages;

/**
 * The store side of a member import: the names and e-mail addresses already stored (read once, by plain JDBC), and
 * the commit: every new organization and primary contact written by plain JDBC batches, updated ones with their
 * previous values recorded, all in one transaction recorded as an import batch that can be undone.
 */
public class MemberImportRepository {
    private static final int BATCH = 5_000;
    private static final String INSERT_ORG = "INSERT INTO organization (id, name, name_key, kind, sector, website,"
            + " city, it_headcount, total_headcount, tier, status, member_since, renewal_due, notes, import_batch_id,"
            + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_CONTACT = "INSERT INTO contact (organization_id, full_name, role_title, email,"
            + " email_key, phone, is_primary, email_consent, import_batch_id, created_at, updated_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_STATUS = "INSERT INTO organization_status_change (organization_id, status,"
            + " changed_on) VALUES (?, ?, ?)";

    private static final String[] SEARCH_INSERT_TRIGGERS = {"organization_search_ai", "contact_search_ai"};
    /** What organization_search_ai and contact_search_ai (migration V2) give the new organizations, in one pass. */
    private static final String FILL_SEARCH = "INSERT INTO member_search_fts (rowid, name, people)"
            + " SELECT o.id, o.name, (SELECT group_concat(c.full_name || ' ' || coalesce(c.email, ''), char(10))"
            + " FROM contact c WHERE c.organization_id = o.id AND c.archived_at IS NULL)"
            + " FROM organization o WHERE o.id >= ? ORDER BY o.id";

    private final Store store;
    private final ImportBatchRepository batches;

    public MemberImportRepository(Store store, ImportBatchRepository batches) {
        this.store = store;
        this.batches = batches;
    }

    /** Every stored organization by name key, and every organization's contact by e-mail key. */
    public ExistingRecords existing() {
        ExistingRecords existing = ExistingRecords.none();
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT id, name_key, name, archived_at IS NOT NULL FROM organization")) {
                while (rs.next()) {
                    existing.put(MemberImportFields.NAME_KIND, rs.getString(2), rs.getLong(1),
                            rs.getString(3) + (rs.getBoolean(4) ? " (archived)" : ""));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT o.id, c.email_key, o.name FROM contact c JOIN organization o"
                    + " ON o.id = c.organization_id WHERE c.email_key IS NOT NULL AND c.archived_at IS NULL")) {
                while (rs.next()) {
                    existing.put(MemberImportFields.EMAIL_KIND, rs.getString(2), rs.getLong(1), rs.getString(3));
                }
            }
        } catch (SQLException e) {
            throw new StoreAccessException("Could not read the stored members", e);
        }
        return existing;
    }

    /** A stored organization as an import update sees it: its status, and its primary contact's id (or null). */
    public record Stored(MemberStatus status, Long primaryContactId) {
    }

    /**
     * Writes the import in one transaction and returns the batch id. {@code updates} are applied field by field (a
     * value the file leaves empty keeps the stored one).
     */
    public long commit(String sourceName, List<NewMember> creates, List<Update> updates, LocalDate today,
            LocalDateTime now) {
        return store.dsl().transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            long batchId = batches.createBatch(tx, ImportKind.MEMBERS, sourceName, creates.size() + updates.size());
            for (Update u : updates) {
                applyUpdate(tx, batchId, u, today, now);
            }
            tx.connection(c -> {
                // the search index's per-row insert triggers would rewrite an index row per contact: fill it once
                SuspendedTriggers triggers = SuspendedTriggers.drop(c, SEARCH_INSERT_TRIGGERS);
                long firstId = insertAll(c, batchId, creates, today, now);
                try (PreparedStatement fill = c.prepareStatement(FILL_SEARCH)) {
                    fill.setLong(1, firstId);
                    fill.executeUpdate();
                }
                triggers.restore();
            });
            batches.recordInsertsTagged(tx, batchId, "organization");
            batches.recordInsertsTagged(tx, batchId, "contact");
            return batchId;
        });
    }

    /** A row (its spreadsheet row number) that updates the stored organization {@code organizationId}. */
    public record Update(int row, long organizationId, NewMember member) {
    }

    /**
     * Updates one stored organization with what the row gives (empty cells keep the stored values) and its contact
     * with the same e-mail address, or else adds the row's contact (primary when the organization has none). The
     * name is only re-spelled (same name key): a row matched by e-mail never renames another organization.
     */
    private static String status(MemberStatus s) {
        return Messages.get("members.status." + s.name().toLowerCase(java.util.Locale.ROOT));
    }

    private void applyUpdate(DSLContext tx, long batchId, Update u, LocalDate today, LocalDateTime now) {
        Organization o = u.member().organization();
        OrganizationRecord rec = tx.fetchOne(ORGANIZATION, ORGANIZATION.ID.eq((int) u.organizationId()));
        if (rec == null) {
            throw new Refused(u.row(), Messages.get("importing.field.name"), Messages.get("memberImport.goneMeanwhile"));
        }
        MemberStatus before = MemberStatus.valueOf(rec.getStatus());
        MemberStatus after = o.status() != null ? o.status() : before;
        if (!before.canBecome(after)) {
            throw new Refused(u.row(), Messages.get("importing.field.status"), Messages.get("memberImport.statusChange",
                    rec.getName(), status(before), status(after)));
        }
        batches.recordUpdate(tx, batchId, "organization", u.organizationId());
        if (u.member().nameKey().equals(rec.getNameKey())) {
            rec.setName(o.name());
        }
        rec.setKind(o.kind() != null ? o.kind().name() : rec.getKind());
        rec.setSector(keep(o.sector(), rec.getSector()));
        rec.setWebsite(keep(o.website(), rec.getWebsite()));
        rec.setCity(keep(o.city(), rec.getCity()));
        rec.setItHeadcount(keep(o.itHeadcount(), rec.getItHeadcount()));
        rec.setTotalHeadcount(keep(o.totalHeadcount(), rec.getTotalHeadcount()));
        rec.setTier(keep(o.tier(), rec.getTier()));
        rec.setStatus(after.name());
        rec.setMemberSince(keep(o.memberSince(), rec.getMemberSince()));
        if (after == MemberStatus.ACTIVE && rec.getMemberSince() == null) {
            rec.setMemberSince(today);
        }
        rec.setRenewalDue(keep(o.renewalDue(), rec.getRenewalDue()));
        rec.setNotes(keep(o.notes(), rec.getNotes()));
        rec.setUpdatedAt(now);
        rec.update();
        if (before != after) {
            int id = tx.insertInto(ORGANIZATION_STATUS_CHANGE, ORGANIZATION_STATUS_CHANGE.ORGANIZATION_ID,
                            ORGANIZATION_STATUS_CHANGE.STATUS, ORGANIZATION_STATUS_CHANGE.CHANGED_ON)
                    .values((int) u.organizationId(), after.name(), today)
                    .returningResult(ORGANIZATION_STATUS_CHANGE.ID).fetchOne().value1();
            batches.recordInsert(tx, batchId, "organization_status_change", id);
        }
        Contact c = u.member().contact();
        if (c != null) {
            updateContact(tx, batchId, u.organizationId(), c, now);
        }
    }

    private void updateContact(DSLContext tx, long batchId, long orgId, Contact c, LocalDateTime now) {
        String key = ContactRepository.emailKey(c.email());
        ContactRecord same = key == null ? null : tx.selectFrom(CONTACT).where(CONTACT.ORGANIZATION_ID.eq((int) orgId))
                .and(CONTACT.EMAIL_KEY.eq(key)).and(CONTACT.ARCHIVED_AT.isNull()).limit(1).fetchOne();
        if (same != null) {
            batches.recordUpdate(tx, batchId, "contact", same.getId());
            same.setFullName(c.fullName());
            same.setRoleTitle(keep(c.roleTitle(), same.getRoleTitle()));
            same.setEmail(c.email());
            same.setPhone(keep(c.phone(), same.getPhone()));
            same.setEmailConsent(c.emailConsent() || Boolean.TRUE.equals(same.getEmailConsent()));
            same.setUpdatedAt(now);
            same.update();
            return;
        }
        boolean hasPrimary = tx.fetchExists(CONTACT, CONTACT.ORGANIZATION_ID.eq((int) orgId)
                .and(CONTACT.IS_PRIMARY.isTrue()));
        ContactRecord added = tx.newRecord(CONTACT);
        added.setOrganizationId((int) orgId);
        added.setFullName(c.fullName());
        added.setRoleTitle(c.roleTitle());
        added.setEmail(c.email());
        added.setEmailKey(key);
        added.setPhone(c.phone());
        added.setIsPrimary(!hasPrimary);
        added.setEmailConsent(c.emailConsent());
        added.setImportBatchId((int) batchId);
        added.setCreatedAt(now);
        added.setUpdatedAt(now);
        added.store();
    }

    private static <V> V keep(V imported, V stored) {
        return imported != null ? imported : stored;
    }

    /** A row refused part-way through the commit: carries its problem out of the transaction, which rolls back. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Problem problem;

        Refused(int row, String field, String message) {
            super(message, null, false, false);
            this.problem = new Problem(row, field, message);
        }

        Problem problem() {
            return problem;
        }
    }

    /** Inserts the new organizations with ids from the first free one, which it returns. */
    private static long insertAll(Connection c, long batchId, List<NewMember> creates, LocalDate today,
            LocalDateTime now) throws SQLException {
        long firstId = nextOrganizationId(c);
        long nextId = firstId;
        String stamp = Timestamps.text(now);
        try (PreparedStatement org = c.prepareStatement(INSERT_ORG);
                PreparedStatement contact = c.prepareStatement(INSERT_CONTACT);
                PreparedStatement status = c.prepareStatement(INSERT_STATUS)) {
            int pending = 0;
            for (NewMember m : creates) {
                long id = nextId++;
                Organization o = m.organization();
                MemberStatus state = m.statusOrDefault();
                LocalDate since = state == MemberStatus.ACTIVE && o.memberSince() == null ? today : o.memberSince();
                org.setLong(1, id);
                org.setString(2, o.name());
                org.setString(3, m.nameKey());
                org.setString(4, m.kindOrDefault().name());
                org.setString(5, o.sector());
                org.setString(6, o.website());
                org.setString(7, o.city());
                setInt(org, 8, o.itHeadcount());
                setInt(org, 9, o.totalHeadcount());
                org.setString(10, o.tier());
                org.setString(11, state.name());
                org.setString(12, since == null ? null : since.toString());
                org.setString(13, o.renewalDue() == null ? null : o.renewalDue().toString());
                org.setString(14, o.notes());
                org.setLong(15, batchId);
                org.setString(16, stamp);
                org.setString(17, stamp);
                org.addBatch();
                status.setLong(1, id);
                status.setString(2, state.name());
                // a member's history starts the day it joined, so board reports do not count it as joining today
                status.setString(3, (state.isMembership() && since != null ? since : today).toString());
                status.addBatch();
                if (m.contact() != null) {
                    bindContact(contact, id, m.contact(), true, batchId, stamp);
                    contact.addBatch();
                }
                if (++pending == BATCH) {
                    flush(org, contact, status);
                    pending = 0;
                }
            }
            flush(org, contact, status);
        }
        return firstId;
    }

    static void bindContact(PreparedStatement ps, long orgId, Contact c, boolean primary, long batchId, String stamp)
            throws SQLException {
        ps.setLong(1, orgId);
        ps.setString(2, c.fullName());
        ps.setString(3, c.roleTitle());
        ps.setString(4, c.email());
        ps.setString(5, ContactRepository.emailKey(c.email()));
        ps.setString(6, c.phone());
        ps.setBoolean(7, primary);
        ps.setBoolean(8, c.emailConsent());
        ps.setLong(9, batchId);
        ps.setString(10, stamp);
        ps.setString(11, stamp);
    }

    private static void flush(PreparedStatement... statements) throws SQLException {
        for (PreparedStatement ps : statements) {
            ps.executeBatch();
        }
    }

    /** Above every id ever used (AUTOINCREMENT never reuses one, even after an undo deleted it). */
    private static long nextOrganizationId(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT max(coalesce((SELECT seq FROM"
                + " sqlite_sequence WHERE name = 'organization'), 0), coalesce((SELECT max(id) FROM organization), 0))")) {
            rs.next();
            return rs.getLong(1) + 1;
        }
    }

    private static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    /** DATETIME columns as jOOQ writes them ('yyyy-MM-dd HH:mm:ss.SSS'), so rows of both writers sort together. */
    static final class Timestamps {
        private static final java.time.format.DateTimeFormatter FORMAT =
                java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

        private Timestamps() {
        }

        static String text(LocalDateTime t) {
            return FORMAT.format(t);
        }
    }
}
