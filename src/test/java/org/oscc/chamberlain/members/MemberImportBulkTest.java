package org.oscc.chamberlain.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.importing.ColumnMapping;
import org.oscc.chamberlain.importing.DryRun;
import org.oscc.chamberlain.importing.DuplicateChoice;
import org.oscc.chamberlain.importing.DuplicateChoices;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.StoreSnapshot;
import org.oscc.chamberlain.store.TestStores;

/**
 * The roster import's bulk path (search triggers dropped for the write, the index filled in one statement) on the
 * sample chamber: the search index ends exactly as the per-row triggers keep it, the triggers come back word for
 * word, and an import that fails part-way leaves the store, triggers and index as they were.
 */
class MemberImportBulkTest {
    private static final String SEARCH_ROWS = "SELECT rowid, name, people FROM member_search_fts ORDER BY rowid";

    @TempDir
    Path dir;
    Store store;
    MemberImporter importer;

    @BeforeEach
    void open() {
        Path file = dir.resolve("chamber.db");
        TestStores.sampleChamber(file);
        store = TestStores.open(file, TestStores.FIXED_CLOCK);
        importer = org.oscc.chamberlain.root.ChamberServices.on(store,
                new org.oscc.chamberlain.store.DataFolders(dir.resolve("home"))).memberImporter();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Path roster(int rows) throws Exception {
        StringBuilder text = new StringBuilder("Organization,City,Primary contact,E-mail,Status\n");
        for (int i = 1; i <= rows; i++) {
            // some rows without a contact e-mail, some without a contact at all, accents and CJK in names
            String contact = i % 7 == 0 ? "" : (i % 2 == 0 ? "Zoë Tremblay " : "Kwame Mensah ") + i;
            String email = i % 5 == 0 || contact.isEmpty() ? "" : "bulk" + i + "@exemple-" + i + ".ca";
            text.append(i % 3 == 0 ? "Société Bulk " : "東京 Bulk ").append(i).append(",Montréal,").append(contact)
                    .append(',').append(email).append(',').append(i % 4 == 0 ? "prospect" : "active").append('\n');
        }
        Path file = dir.resolve("roster.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private DryRun<NewMember> dryRun(Path file) throws Exception {
        ColumnMapping mapping = importer.mappingFor(importer.preview(file, 0).headers());
        return importer.dryRun(file, mapping);
    }

    @Test
    void searchIndexAfterABulkImportIsWhatThePerRowTriggersKeep() throws Exception {
        List<String> schemaBefore = StoreSnapshot.schema(store);
        int stored = StoreSnapshot.rows(store, "SELECT id FROM organization").size();
        importer.commit(dryRun(roster(300)), DuplicateChoices.all(DuplicateChoice.SKIP), false);

        List<String> bulk = StoreSnapshot.rows(store, SEARCH_ROWS);
        assertThat(bulk).hasSize(stored + 300);
        assertThat(StoreSnapshot.schema(store)).isEqualTo(schemaBefore);
        // replay the per-row triggers over every row: each recomputes its organization's index row from the tables
        StoreSnapshot.execute(store, "UPDATE organization SET name = name");
        StoreSnapshot.execute(store, "UPDATE contact SET full_name = full_name");
        assertThat(StoreSnapshot.rows(store, SEARCH_ROWS)).isEqualTo(bulk);
        assertThat(StoreSnapshot.rows(store, "SELECT id FROM organization ORDER BY id"))
                .isEqualTo(StoreSnapshot.rows(store, "SELECT rowid FROM member_search_fts ORDER BY rowid"));
        assertThat(StoreSnapshot.rows(store, "SELECT o.name FROM member_search_fts f JOIN organization o"
                + " ON o.id = f.rowid WHERE member_search_fts MATCH '\"bulk51@exemple\"' ORDER BY o.name"))
                .containsExactly("Société Bulk 51");
        // and the triggers are back at work for the next single write
        StoreSnapshot.execute(store, "INSERT INTO contact (organization_id, full_name, email, created_at, updated_at)"
                + " SELECT id, 'Priya Nakamura', 'priya@later.ca', '2026-06-15 16:00:00.000', '2026-06-15 16:00:00.000'"
                + " FROM organization WHERE name = '東京 Bulk 1'");
        assertThat(StoreSnapshot.rows(store, "SELECT o.name FROM member_search_fts f JOIN organization o"
                + " ON o.id = f.rowid WHERE member_search_fts MATCH '\"priya@later\"'")).containsExactly("東京 Bulk 1");
    }

    @Test
    void importThatFailsPartWayLeavesStoreTriggersAndIndexAsTheyWere() throws Exception {
        DryRun<NewMember> run = dryRun(roster(120));
        // meanwhile another window stores a member with the name of row 90 (file row 91): the commit's insert fails
        StoreSnapshot.execute(store, "INSERT INTO organization (name, name_key, created_at, updated_at) VALUES"
                + " ('Société Bulk 90', '" + NameKey.of("Société Bulk 90") + "', '2026-06-15 16:00:00.000',"
                + " '2026-06-15 16:00:00.000')");
        List<String> schema = StoreSnapshot.schema(store);
        List<String> search = StoreSnapshot.rows(store, SEARCH_ROWS);
        List<String> organizations = StoreSnapshot.rows(store, "SELECT * FROM organization ORDER BY id");
        List<String> contacts = StoreSnapshot.rows(store, "SELECT * FROM contact ORDER BY id");
        List<String> journal = StoreSnapshot.rows(store, "SELECT * FROM import_change ORDER BY id");

        Throwable failure = catchThrowable(() -> importer.commit(run, DuplicateChoices.all(DuplicateChoice.SKIP),
                false));

        assertThat(failure).hasStackTraceContaining("UNIQUE");
        assertThat(StoreSnapshot.schema(store)).isEqualTo(schema);
        assertThat(StoreSnapshot.rows(store, SEARCH_ROWS)).isEqualTo(search);
        assertThat(StoreSnapshot.rows(store, "SELECT * FROM organization ORDER BY id")).isEqualTo(organizations);
        assertThat(StoreSnapshot.rows(store, "SELECT * FROM contact ORDER BY id")).isEqualTo(contacts);
        assertThat(StoreSnapshot.rows(store, "SELECT * FROM import_change ORDER BY id")).isEqualTo(journal);
        assertThat(StoreSnapshot.rows(store, "SELECT count(*) FROM import_batch")).containsExactly("0");
    }
}
