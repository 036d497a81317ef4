package org.oscc.chamberlain.pledges;

import static org.oscc.chamberlain.store.jooq.Tables.CONTACT;
import static org.oscc.chamberlain.store.jooq.Tables.CONTRIBUTION;
import static org.oscc.chamberlain.store.jooq.Tables.ORGANIZATION;
import static org.oscc.chamberlain.store.jooq.Tables.PROJECT;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.oscc.chamberlain.importing.ImportBatchRepository;
import org.oscc.chamberlain.importing.ImportKind;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.SuspendedTriggers;

/**
 * What a timesheet import reads and writes: names to resolve members and projects, the stored entries of the
 * pledges a file names (to find duplicates), and the all-or-nothing commit recorded as an import batch.
 */
public class ContributionImportRepository {
    private static final String TABLE = "contribution";

    /** A stored entry as duplicate detection sees it; {@code contributor} is the name or the contact's name. */
    public record StoredEntry(long id, long pledgeId, LocalDate on, int minutes, String contributor) {
    }

    /** A row of the store to overwrite: its id and the description and link the file gives. */
    public record EntryUpdate(long id, String description, String link) {
    }

    private static final int BATCH = 5_000;
    private static final String TOTALS_TRIGGER = "contribution_totals_insert";
    private static final String INSERT = "INSERT INTO contribution (pledge_id, project_id, contributed_on, minutes,"
            + " contributor_id, contributor_name, description, link, import_batch_id, created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** What contribution_totals_insert (migration V3) adds per row, added for all the new rows at once. */
    private static final String ADD_TOTALS = "INSERT INTO contribution_total (pledge_id, minutes, entries)"
            + " SELECT pledge_id, sum(minutes), count(*) FROM contribution WHERE id > ? GROUP BY pledge_id"
            + " ON CONFLICT (pledge_id) DO UPDATE SET minutes = minutes + excluded.minutes,"
            + " entries = entries + excluded.entries";
    private static final String ADD_PROJECT_MONTHS = "INSERT INTO contribution_project_month (month, project_key,"
            + " minutes, entries) SELECT substr(contributed_on, 1, 7), coalesce(project_id, 0), sum(minutes), count(*)"
            + " FROM contribution WHERE id > ? GROUP BY 1, 2"
            + " ON CONFLICT (month, project_key) DO UPDATE SET minutes = minutes + excluded.minutes,"
            + " entries = entries + excluded.entries";

    private final Store store;
    private final PledgeRepository pledges;
    private final ImportBatchRepository batches;

    public ContributionImportRepository(Store store, PledgeRepository pledges, ImportBatchRepository batches) {
        this.store = store;
        this.pledges = pledges;
        this.batches = batches;
    }

    /** Every organization's id and name, archived ones included (old timesheets name them too). */
    public Map<Long, String> memberNames() {
        Map<Long, String> names = new java.util.HashMap<>();
        store.dsl().select(ORGANIZATION.ID, ORGANIZATION.NAME).from(ORGANIZATION)
                .forEach(r -> names.put(r.value1().longValue(), r.value2()));
        return names;
    }

    public Map<Long, String> projectNames() {
        Map<Long, String> names = new java.util.HashMap<>();
        store.dsl().select(PROJECT.ID, PROJECT.NAME).from(PROJECT)
                .forEach(r -> names.put(r.value1().longValue(), r.value2()));
        return names;
    }

    /** The stored entries of these pledges. */
    public List<StoredEntry> entriesOf(Collection<Long> pledgeIds) {
        List<StoredEntry> entries = new ArrayList<>();
        List<Integer> ids = pledgeIds.stream().filter(id -> id > 0 && id <= Integer.MAX_VALUE)
                .map(Long::intValue).toList();
        for (int from = 0; from < ids.size(); from += 500) {
            store.dsl().select(CONTRIBUTION.ID, CONTRIBUTION.PLEDGE_ID, CONTRIBUTION.CONTRIBUTED_ON,
                            CONTRIBUTION.MINUTES, DSL.coalesce(CONTRIBUTION.CONTRIBUTOR_NAME, CONTACT.FULL_NAME))
                    .from(CONTRIBUTION).leftJoin(CONTACT).on(CONTACT.ID.eq(CONTRIBUTION.CONTRIBUTOR_ID))
                    .where(CONTRIBUTION.PLEDGE_ID.in(ids.subList(from, Math.min(ids.size(), from + 500))))
                    .forEach(r -> entries.add(new StoredEntry(r.value1(), r.value2(), r.value3(), r.value4(),
                            r.value5())));
        }
        return entries;
    }

    /**
     * Writes an import in one transaction: the batch, the updated rows (their prior values recorded first) and the
     * new rows (tagged with the batch); returns the batch id. Nothing is written when anything fails.
     */
    public long commit(String sourceName, List<Contribution> creates, List<EntryUpdate> updates) {
        String created = pledges.nowText();
        return store.dsl().transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            long batch = batches.createBatch(tx, ImportKind.CONTRIBUTIONS, sourceName, creates.size() + updates.size());
            for (EntryUpdate u : updates) {
                batches.recordUpdate(tx, batch, TABLE, u.id());
                tx.update(CONTRIBUTION).set(CONTRIBUTION.DESCRIPTION, u.description())
                        .set(CONTRIBUTION.LINK, u.link()).where(CONTRIBUTION.ID.eq((int) u.id())).execute();
            }
            tx.connection(c -> insertAll(c, batch, creates, created));
            batches.recordInsertsTagged(tx, batch, TABLE);
            return batch;
        });
    }

    /**
     * The new rows by plain JDBC batches, tagged with the batch. The totals trigger would upsert two total rows per
     * entry: it is dropped for the write and the totals of all new rows are added by one statement each.
     */
    private static void insertAll(Connection c, long batch, List<Contribution> creates, String created)
            throws SQLException {
        long lastId;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0) FROM contribution")) {
            rs.next();
            lastId = rs.getLong(1);
        }
        SuspendedTriggers triggers = SuspendedTriggers.drop(c, TOTALS_TRIGGER);
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            int pending = 0;
            for (Contribution k : creates) {
                ps.setLong(1, k.pledgeId());
                setLong(ps, 2, k.projectId());
                ps.setString(3, k.contributedOn().toString());
                ps.setInt(4, k.minutes());
                setLong(ps, 5, k.contributorId());
                ps.setString(6, k.contributorName());
                ps.setString(7, k.description());
                ps.setString(8, k.link());
                ps.setLong(9, batch);
                ps.setString(10, created);
                ps.addBatch();
                if (++pending == BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            ps.executeBatch();
        }
        for (String sql : new String[] {ADD_TOTALS, ADD_PROJECT_MONTHS}) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, lastId);
                ps.executeUpdate();
            }
        }
        triggers.restore();
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, value);
        }
    }
}
