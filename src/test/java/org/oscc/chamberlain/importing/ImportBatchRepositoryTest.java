package org.oscc.chamberlain.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oscc.chamberlain.store.jooq.Tables.CONTACT;
import static org.oscc.chamberlain.store.jooq.Tables.IMPORT_CHANGE;
import static org.oscc.chamberlain.store.jooq.Tables.ORGANIZATION;
import static org.oscc.chamberlain.store.jooq.Tables.PLEDGE;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;
import org.oscc.chamberlain.validation.InvalidInputException;

class ImportBatchRepositoryTest {
    private static final LocalDateTime T0 = LocalDateTime.of(2026, 1, 2, 3, 4, 5);

    @TempDir
    Path dir;
    Store store;
    ImportBatchRepository batches;
    int acme;
    int beta;

    @BeforeEach
    void openStoreWithTwoOrganizations() {
        store = TestStores.fresh(dir, TestStores.FIXED_CLOCK);
        batches = new ImportBatchRepository(store);
        acme = insertOrg(store.dsl(), "Acme — Café 東京 🚀", null, "line one\nline two\\ with backslash\r\nthree");
        beta = insertOrg(store.dsl(), "Beta", null, null);
        store.dsl().update(ORGANIZATION).set(ORGANIZATION.IT_HEADCOUNT, 1200).set(ORGANIZATION.WEBSITE, "https://beta.org")
                .set(ORGANIZATION.MEMBER_SINCE, LocalDate.of(2024, 2, 29)).where(ORGANIZATION.ID.eq(beta)).execute();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static int insertOrg(DSLContext dsl, String name, Long batch, String notes) {
        return dsl.insertInto(ORGANIZATION).set(ORGANIZATION.NAME, name).set(ORGANIZATION.NAME_KEY, name.toLowerCase())
                .set(ORGANIZATION.NOTES, notes).set(ORGANIZATION.IMPORT_BATCH_ID, batch == null ? null : batch.intValue())
                .set(ORGANIZATION.CREATED_AT, T0).set(ORGANIZATION.UPDATED_AT, T0)
                .returning(ORGANIZATION.ID).fetchOne().getId();
    }

    /** Every row and column as stored, with each value's SQLite storage class, so "equal" means exactly equal. */
    private List<Map<String, Object>> contents(String table) {
        List<String> columns = store.dsl().resultQuery("select name from pragma_table_info('" + table + "')")
                .fetch().getValues(0, String.class);
        String select = columns.stream().map(c -> c + ", typeof(" + c + ") as " + c + "_type")
                .reduce((a, b) -> a + ", " + b).orElseThrow();
        return store.dsl().resultQuery("select " + select + " from " + table + " order by id").fetch().intoMaps();
    }

    /** An import that updates both organizations and inserts two, with a contact for one. */
    private long importSomething(String suffix) {
        return store.dsl().transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            long batch = batches.createBatch(tx, ImportKind.MEMBERS, "roster" + suffix + ".csv", 4);
            batches.recordUpdate(tx, batch, "organization", acme);
            tx.update(ORGANIZATION).set(ORGANIZATION.NAME, "Acme renamed" + suffix).setNull(ORGANIZATION.NOTES)
                    .set(ORGANIZATION.IT_HEADCOUNT, 5).set(ORGANIZATION.IMPORT_BATCH_ID, (int) batch)
                    .where(ORGANIZATION.ID.eq(acme)).execute();
            batches.recordUpdate(tx, batch, "organization", beta);
            tx.update(ORGANIZATION).setNull(ORGANIZATION.IT_HEADCOUNT).set(ORGANIZATION.NOTES, "new\nnotes")
                    .setNull(ORGANIZATION.MEMBER_SINCE).where(ORGANIZATION.ID.eq(beta)).execute();
            int gamma = insertOrg(tx, "Gamma" + suffix, batch, "imported");
            insertOrg(tx, "Delta" + suffix, batch, null);
            assertThat(batches.recordInsertsTagged(tx, batch, "organization")).isEqualTo(2);
            int contact = tx.insertInto(CONTACT).set(CONTACT.ORGANIZATION_ID, gamma).set(CONTACT.FULL_NAME, "Zoë")
                    .set(CONTACT.CREATED_AT, T0).set(CONTACT.UPDATED_AT, T0).returning(CONTACT.ID).fetchOne().getId();
            batches.recordInsert(tx, batch, "contact", contact);
            return batch;
        });
    }

    @Test
    void undoRestoresUpdatedRowsAndRemovesInsertedOnesExactly() throws Exception {
        List<Map<String, Object>> orgsBefore = contents("organization");
        List<Map<String, Object>> contactsBefore = contents("contact");

        long batch = importSomething("");
        assertThat(contents("organization")).hasSize(4).isNotEqualTo(orgsBefore);
        assertThat(store.dsl().fetchCount(IMPORT_CHANGE, IMPORT_CHANGE.IMPORT_BATCH_ID.eq((int) batch))).isEqualTo(5);

        batches.undo(batch);

        assertThat(contents("organization")).isEqualTo(orgsBefore);
        assertThat(contents("contact")).isEqualTo(contactsBefore);
        ImportBatch undone = batches.find(batch).orElseThrow();
        assertThat(undone.status()).isEqualTo(ImportBatch.Status.UNDONE);
        assertThat(undone.undoneAt()).isEqualTo(LocalDateTime.of(2026, 6, 15, 16, 0));
    }

    @Test
    void undoingTwiceIsRefused() throws Exception {
        long batch = importSomething("");
        batches.undo(batch);
        List<Map<String, Object>> afterFirstUndo = contents("organization");

        assertThatThrownBy(() -> batches.undo(batch)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("was already undone")
                // what the screen shows is the sentence itself, not an internal name in front of it
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).singleElement()
                        .satisfies(p -> assertThat(p.describe()).startsWith("Import " + batch + " was already undone")));
        assertThat(contents("organization")).isEqualTo(afterFirstUndo);
        assertThatThrownBy(() -> batches.undo(999)).hasMessageContaining("There is no import 999");
    }

    @Test
    void batchesAreListedNewestFirst() {
        long first = importSomething("1");
        long second = importSomething("2");

        assertThat(batches.list()).containsExactly(
                new ImportBatch(second, ImportKind.MEMBERS, "roster2.csv", LocalDateTime.of(2026, 6, 15, 16, 0), 4,
                        ImportBatch.Status.APPLIED, null),
                new ImportBatch(first, ImportKind.MEMBERS, "roster1.csv", LocalDateTime.of(2026, 6, 15, 16, 0), 4,
                        ImportBatch.Status.APPLIED, null));
    }

    @Test
    void anEarlierImportWaitsUntilTheLaterOneThatChangedTheSameRowsIsUndone() throws Exception {
        List<Map<String, Object>> before = contents("organization");
        long first = importSomething("1");
        long second = importSomething("2");

        assertThatThrownBy(() -> batches.undo(first)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("undo import " + second + " first");

        batches.undo(second);
        batches.undo(first);
        assertThat(contents("organization")).isEqualTo(before);
    }

    @Test
    void undoIsRefusedAndChangesNothingWhenImportedRowsAreNowUsedElsewhere() throws Exception {
        long batch = importSomething("");
        int gamma = store.dsl().select(ORGANIZATION.ID).from(ORGANIZATION).where(ORGANIZATION.NAME.eq("Gamma"))
                .fetchOne(ORGANIZATION.ID);
        store.dsl().insertInto(PLEDGE).set(PLEDGE.ORGANIZATION_ID, gamma).set(PLEDGE.KIND, "HOURS")
                .set(PLEDGE.PLEDGED_MINUTES, 600).set(PLEDGE.PERIOD_START, LocalDate.of(2026, 1, 1))
                .set(PLEDGE.PERIOD_END, LocalDate.of(2026, 12, 31)).set(PLEDGE.CREATED_AT, T0)
                .set(PLEDGE.UPDATED_AT, T0).execute();
        List<Map<String, Object>> withPledge = contents("organization");

        assertThatThrownBy(() -> batches.undo(batch)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("now used by other data");
        assertThat(contents("organization")).isEqualTo(withPledge);
        assertThat(batches.find(batch).orElseThrow().status()).isEqualTo(ImportBatch.Status.APPLIED);
    }

    @Test
    void undoIsRefusedWhenAnUpdatedRowWasDeletedSince() throws Exception {
        long batch = importSomething("");
        store.dsl().deleteFrom(ORGANIZATION).where(ORGANIZATION.ID.eq(beta)).execute();
        List<Map<String, Object>> now = contents("organization");

        assertThatThrownBy(() -> batches.undo(batch)).hasMessageStartingWith("This import cannot be undone: a member (\"Beta\") that it updated")
                .hasMessageContaining("has since been deleted");
        assertThat(contents("organization")).isEqualTo(now);
    }
}
