package org.oscc.chamberlain.importing;

import static org.oscc.chamberlain.store.jooq.Tables.CONTRIBUTION;
import static org.oscc.chamberlain.store.jooq.Tables.IMPORT_BATCH;
import static org.oscc.chamberlain.store.jooq.Tables.IMPORT_CHANGE;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.jooq.tables.records.ImportBatchRecord;
import org.oscc.chamberlain.store.jooq.tables.records.ImportChangeRecord;
import org.oscc.chamberlain.validation.InvalidInputException;
import org.oscc.chamberlain.text.Messages;

/**
 * Records imports as batches with what each changed (rows inserted; prior values of rows updated), so that one
 * import can be undone in one step. The recording methods take the importing transaction's {@link DSLContext}:
 * a feature's import writes its rows and calls them inside its own {@code dsl.transaction(...)}.
 * Undo works on any table with an integer {@code id} primary key.
 */
public class ImportBatchRepository {
    private static final int DELETE_CHUNK = 500;
    private final Store store;

    public ImportBatchRepository(Store store) {
        this.store = store;
    }

    /** Starts a batch inside the import's transaction; returns its id for rows' import_batch_id and the changes. */
    public long createBatch(DSLContext tx, ImportKind kind, String sourceName, int rowCount) {
        ImportBatchRecord r = tx.newRecord(IMPORT_BATCH);
        r.setKind(kind.name());
        r.setSourceName(sourceName);
        r.setImportedAt(now());
        r.setRowCount(rowCount);
        r.setStatus(ImportBatch.Status.APPLIED.name());
        r.store();
        return r.getId();
    }

    /** Records one row the import inserted. */
    public void recordInsert(DSLContext tx, long batchId, String table, long rowId) {
        tx.insertInto(IMPORT_CHANGE, IMPORT_CHANGE.IMPORT_BATCH_ID, IMPORT_CHANGE.TABLE_NAME, IMPORT_CHANGE.ROW_ID,
                IMPORT_CHANGE.ACTION).values((int) batchId, table, (int) rowId, "INSERT").execute();
    }

    /**
     * Records, in one statement, every row of {@code table} whose import_batch_id is this batch as inserted by it,
     * except rows already recorded as updated by it. The fast path for bulk inserts into organization, contact and
     * contribution: call it after inserting. Returns how many rows it recorded.
     */
    public int recordInsertsTagged(DSLContext tx, long batchId, String table) {
        Table<?> t = DSL.table(DSL.name(table));
        Field<Integer> id = DSL.field(DSL.name(table, "id"), Integer.class);
        Field<Integer> batchColumn = DSL.field(DSL.name(table, "import_batch_id"), Integer.class);
        return tx.insertInto(IMPORT_CHANGE, IMPORT_CHANGE.IMPORT_BATCH_ID, IMPORT_CHANGE.TABLE_NAME,
                        IMPORT_CHANGE.ROW_ID, IMPORT_CHANGE.ACTION)
                .select(DSL.select(DSL.val((int) batchId), DSL.val(table), id, DSL.val("INSERT"))
                        .from(t)
                        .where(batchColumn.eq((int) batchId))
                        .and(id.notIn(DSL.select(IMPORT_CHANGE.ROW_ID).from(IMPORT_CHANGE)
                                .where(IMPORT_CHANGE.IMPORT_BATCH_ID.eq((int) batchId))
                                .and(IMPORT_CHANGE.TABLE_NAME.eq(table))
                                .and(IMPORT_CHANGE.ACTION.eq("UPDATE"))))
                        .orderBy(id))
                .execute();
    }

    /** Records the current values of a row the import is about to update: call it before the update. */
    public void recordUpdate(DSLContext tx, long batchId, String table, long rowId) {
        Record row = tx.select().from(DSL.table(DSL.name(table)))
                .where(DSL.field(DSL.name("id")).eq(rowId)).fetchOne();
        if (row == null) {
            throw new IllegalArgumentException("no row " + rowId + " in " + table + " to update");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field<?> f : row.fields()) {
            values.put(f.getName(), row.get(f));
        }
        tx.insertInto(IMPORT_CHANGE, IMPORT_CHANGE.IMPORT_BATCH_ID, IMPORT_CHANGE.TABLE_NAME, IMPORT_CHANGE.ROW_ID,
                        IMPORT_CHANGE.ACTION, IMPORT_CHANGE.BEFORE_VALUES)
                .values((int) batchId, table, (int) rowId, "UPDATE", new RowSnapshot(values).encode()).execute();
    }

    /** All batches, newest first. */
    public List<ImportBatch> list() {
        return store.dsl().selectFrom(IMPORT_BATCH).orderBy(IMPORT_BATCH.ID.desc()).fetch(ImportBatchRepository::toBatch);
    }

    public Optional<ImportBatch> find(long batchId) {
        return store.dsl().selectFrom(IMPORT_BATCH).where(IMPORT_BATCH.ID.eq((int) batchId))
                .fetchOptional(ImportBatchRepository::toBatch);
    }

    /**
     * Undoes a batch in one transaction, newest change first: deletes the rows it inserted and puts back the values
     * of the rows it updated, then marks it UNDONE. Refused, with nothing changed, when the batch does not exist or
     * is already undone, when a later import still applied changed the same rows (undo that one first), when a row
     * it updated has since been deleted, or when rows it inserted are now used by other data.
     */
    public void undo(long batchId) throws InvalidInputException {
        try {
            store.dsl().transaction(cfg -> undoIn(DSL.using(cfg), batchId));
        } catch (Refused e) {
            throw e.refusal;
        } catch (DataAccessException e) {
            if (String.valueOf(e.getMessage()).contains("FOREIGN KEY")) { // SQLite's words, not a message
                throw new InvalidInputException("", Messages.get("importing.undo.inUse", Long.toString(batchId)));
            }
            throw e;
        }
    }

    private void undoIn(DSLContext tx, long batchId) {
        ImportBatchRecord batch = tx.selectFrom(IMPORT_BATCH).where(IMPORT_BATCH.ID.eq((int) batchId)).fetchOne();
        if (batch == null) {
            throw new Refused(Messages.get("importing.undo.none", Long.toString(batchId)));
        }
        if (ImportBatch.Status.UNDONE.name().equals(batch.getStatus())) {
            throw new Refused(Messages.get("importing.undo.already", Long.toString(batchId),
                    java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(batch.getUndoneAt()))); // not a message
        }
        refuseIfLaterBatchesTouched(tx, batchId);
        refuseIfImportedPledgesHaveHours(tx, batchId);
        List<ImportChangeRecord> changes = tx.selectFrom(IMPORT_CHANGE)
                .where(IMPORT_CHANGE.IMPORT_BATCH_ID.eq((int) batchId)).orderBy(IMPORT_CHANGE.ID.desc()).fetch();
        List<Integer> pendingDeletes = new ArrayList<>();
        String pendingTable = null;
        for (ImportChangeRecord c : changes) {
            if ("INSERT".equals(c.getAction())) {
                if (!c.getTableName().equals(pendingTable) || pendingDeletes.size() >= DELETE_CHUNK) {
                    deleteRows(tx, pendingTable, pendingDeletes);
                    pendingTable = c.getTableName();
                }
                pendingDeletes.add(c.getRowId());
            } else {
                deleteRows(tx, pendingTable, pendingDeletes);
                restore(tx, c);
            }
        }
        deleteRows(tx, pendingTable, pendingDeletes);
        tx.update(IMPORT_BATCH).set(IMPORT_BATCH.STATUS, ImportBatch.Status.UNDONE.name())
                .set(IMPORT_BATCH.UNDONE_AT, now()).where(IMPORT_BATCH.ID.eq((int) batchId)).execute();
    }

    private void refuseIfLaterBatchesTouched(DSLContext tx, long batchId) {
        List<Integer> later = tx.select(IMPORT_BATCH.ID).from(IMPORT_BATCH)
                .where(IMPORT_BATCH.ID.gt((int) batchId)).and(IMPORT_BATCH.STATUS.eq(ImportBatch.Status.APPLIED.name()))
                .fetch(IMPORT_BATCH.ID);
        var mine = IMPORT_CHANGE.as("mine");
        var theirs = IMPORT_CHANGE.as("theirs");
        for (Integer other : later) {
            boolean overlap = tx.fetchExists(DSL.selectOne().from(mine).join(theirs)
                    .on(theirs.TABLE_NAME.eq(mine.TABLE_NAME)).and(theirs.ROW_ID.eq(mine.ROW_ID))
                    .where(mine.IMPORT_BATCH_ID.eq((int) batchId)).and(theirs.IMPORT_BATCH_ID.eq(other)));
            if (overlap) {
                throw new Refused(Messages.get("importing.undo.later", Long.toString(batchId), Long.toString(other)));
            }
        }
    }

    /** Deleting a pledge deletes the hours logged on it (ON DELETE CASCADE): such hours must be deleted first. */
    private static void refuseIfImportedPledgesHaveHours(DSLContext tx, long batchId) {
        int logged = tx.fetchCount(CONTRIBUTION, CONTRIBUTION.PLEDGE_ID.in(DSL.select(IMPORT_CHANGE.ROW_ID)
                .from(IMPORT_CHANGE).where(IMPORT_CHANGE.IMPORT_BATCH_ID.eq((int) batchId))
                .and(IMPORT_CHANGE.TABLE_NAME.eq("pledge")).and(IMPORT_CHANGE.ACTION.eq("INSERT"))));
        if (logged > 0) {
            throw new Refused(Messages.get("importing.undo.hoursLogged", Long.toString(batchId), logged));
        }
    }

    private static void deleteRows(DSLContext tx, String table, List<Integer> ids) {
        if (ids.isEmpty()) {
            return;
        }
        tx.deleteFrom(DSL.table(DSL.name(table))).where(DSL.field(DSL.name("id"), Integer.class).in(ids)).execute();
        ids.clear();
    }

    private static void restore(DSLContext tx, ImportChangeRecord change) {
        RowSnapshot before = RowSnapshot.decode(change.getBeforeValues());
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        before.values().forEach((column, value) -> {
            if (!column.equals("id")) {
                values.put(DSL.field(DSL.name(column)), value);
            }
        });
        int updated = tx.update(DSL.table(DSL.name(change.getTableName()))).set(values)
                .where(DSL.field(DSL.name("id"), Integer.class).eq(change.getRowId())).execute();
        if (updated == 0) {
            Object name = before.values().getOrDefault("name", before.values().get("full_name"));
            throw new Refused(Messages.get("importing.undo.deleted", thing(change.getTableName()),
                    name == null ? "" : Messages.get("importing.undo.named", name)));
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(store.clock().withZone(ZoneOffset.UTC));
    }

    private static ImportBatch toBatch(ImportBatchRecord r) {
        return new ImportBatch(r.getId(), ImportKind.valueOf(r.getKind()), r.getSourceName(), r.getImportedAt(),
                r.getRowCount(), ImportBatch.Status.valueOf(r.getStatus()), r.getUndoneAt());
    }

    /** Carries a refusal out of the jOOQ transaction, which rolls back on any runtime exception. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient InvalidInputException refusal;

        Refused(String message) {
            super(message, null, false, false);
            this.refusal = new InvalidInputException("", message);
        }
    }

    /** A row of {@code table} in the words the screens use ("a member", "an hours entry"). */
    private static String thing(String table) {
        String key = "importing.undo.thing." + table;
        return Messages.has(key) ? Messages.get(key) : Messages.get("importing.undo.thing", table.replace('_', ' '));
    }
}
