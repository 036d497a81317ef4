package org.oscc.chamberlain.pledges;

import static org.oscc.chamberlain.store.jooq.Tables.AGENDA_SLOT;
import static org.oscc.chamberlain.store.jooq.Tables.ORGANIZATION;
import static org.oscc.chamberlain.store.jooq.Tables.PITCH_NIGHT;
import static org.oscc.chamberlain.store.jooq.Tables.PLEDGE;
import static org.oscc.chamberlain.store.jooq.Tables.PROJECT;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.oscc.chamberlain.importing.ImportBatchRepository;
import org.oscc.chamberlain.importing.ImportKind;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.jooq.tables.records.PledgeRecord;

/**
 * What a pledge import reads and writes: member and project names, the pitches a pledge can follow, the stored
 * pledges (to find duplicates), and the all-or-nothing commit recorded as an import batch.
 */
public class PledgeImportRepository {
    private static final String TABLE = "pledge";

    /** A pitch on the agenda of a pitch night, as a pledge row may name it (by the night's date or title). */
    public record PitchSlot(long slotId, String nightTitle, LocalDate nightDate, Long projectId) {
    }

    /** A stored pledge as duplicate detection sees it. */
    public record StoredPledge(long id, long organizationId, Long projectId, LocalDate periodStart) {
    }

    private final Store store;
    private final ImportBatchRepository batches;

    public PledgeImportRepository(Store store, ImportBatchRepository batches) {
        this.store = store;
        this.batches = batches;
    }

    /** Every organization's id and name, archived ones included (the checks refuse new pledges of archived ones). */
    public Map<Long, String> memberNames() {
        Map<Long, String> names = new HashMap<>();
        store.dsl().select(ORGANIZATION.ID, ORGANIZATION.NAME).from(ORGANIZATION)
                .forEach(r -> names.put(r.value1().longValue(), r.value2()));
        return names;
    }

    public Map<Long, String> projectNames() {
        Map<Long, String> names = new HashMap<>();
        store.dsl().select(PROJECT.ID, PROJECT.NAME).from(PROJECT)
                .forEach(r -> names.put(r.value1().longValue(), r.value2()));
        return names;
    }

    /** Every pitch of every pitch night. */
    public List<PitchSlot> pitchSlots() {
        return store.dsl().select(AGENDA_SLOT.ID, PITCH_NIGHT.TITLE, PITCH_NIGHT.STARTS_AT, AGENDA_SLOT.PROJECT_ID)
                .from(AGENDA_SLOT).join(PITCH_NIGHT).on(PITCH_NIGHT.ID.eq(AGENDA_SLOT.PITCH_NIGHT_ID))
                .where(AGENDA_SLOT.KIND.eq("PITCH"))
                .orderBy(PITCH_NIGHT.STARTS_AT, AGENDA_SLOT.POSITION)
                .fetch(r -> new PitchSlot(r.value1(), r.value2(), r.value3().toLocalDate(),
                        r.value4() == null ? null : r.value4().longValue()));
    }

    public List<StoredPledge> storedPledges() {
        return store.dsl().select(PLEDGE.ID, PLEDGE.ORGANIZATION_ID, PLEDGE.PROJECT_ID, PLEDGE.PERIOD_START)
                .from(PLEDGE)
                .fetch(r -> new StoredPledge(r.value1(), r.value2(), r.value3() == null ? null : r.value3().longValue(),
                        r.value4()));
    }

    /**
     * Writes an import in one transaction: the batch, the updated pledges (their prior values recorded first) and
     * the new ones (each recorded as inserted by the batch); returns the batch id. Nothing is written when anything
     * fails.
     */
    public long commit(String sourceName, List<Pledge> creates, List<Pledge> updates) {
        LocalDateTime now = LocalDateTime.now(store.clock().withZone(ZoneOffset.UTC));
        return store.dsl().transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            long batch = batches.createBatch(tx, ImportKind.PLEDGES, sourceName, creates.size() + updates.size());
            for (Pledge p : updates) {
                batches.recordUpdate(tx, batch, TABLE, p.id());
                PledgeRecord r = tx.fetchSingle(PLEDGE, PLEDGE.ID.eq((int) p.id()));
                PledgeRepository.fill(r, p);
                r.setUpdatedAt(now);
                r.store();
            }
            for (Pledge p : creates) {
                PledgeRecord r = tx.newRecord(PLEDGE);
                PledgeRepository.fill(r, p);
                r.setCreatedAt(now);
                r.setUpdatedAt(now);
                r.store();
                batches.recordInsert(tx, batch, TABLE, r.getId());
            }
            return batch;
        });
    }
}
