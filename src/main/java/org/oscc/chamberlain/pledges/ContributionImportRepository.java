package org.oscc.chamberlain.pledges;

import static org.oscc.chamberlain.store.jooq.Tables.CONTACT;
import static org.oscc.chamberlain.store.jooq.Tables.CONTRIBUTION;
import static org.oscc.chamberlain.store.jooq.Tables.ORGANIZATION;
import static org.oscc.chamberlain.store.jooq.Tables.PROJECT;

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
            List<Contribution> tagged = creates.stream().map(c -> new Contribution(0, c.pledgeId(), c.projectId(),
                    c.contributedOn(), c.minutes(), c.contributorId(), c.contributorName(), c.description(), c.link(),
                    batch, null)).toList();
            PledgeRepository.writeContributions(tx, tagged, created);
            batches.recordInsertsTagged(tx, batch, TABLE);
            return batch;
        });
    }
}
