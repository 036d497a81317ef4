package org.oscc.chamberlain.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V5 rebuilds import_batch to accept pledge imports; what earlier imports recorded must come through untouched. */
class PledgeImportsMigrationTest {
    @TempDir
    Path dir;

    @Test
    void aStoreWithImportsKeepsEveryBatchChangeAndTagWhenImportBatchIsRebuilt() throws Exception {
        Path file = dir.resolve("chamber.db");
        String url = "jdbc:sqlite:" + file;
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("4")
                .loggers("slf4j").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("INSERT INTO import_batch (id, kind, source_name, imported_at, row_count) "
                    + "VALUES (7, 'MEMBERS', 'roster.csv', '2026-01-02 10:00:00.000', 1)");
            s.execute("INSERT INTO organization (id, name, name_key, import_batch_id, created_at, updated_at) "
                    + "VALUES (3, 'Acme', 'acme', 7, '2026-01-02 10:00:00.000', '2026-01-02 10:00:00.000')");
            s.execute("INSERT INTO import_change (import_batch_id, table_name, row_id, action) "
                    + "VALUES (7, 'organization', 3, 'INSERT')");
        }
        try (Store store = new StoreOpener().open(file);
                Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
            assertThat(store.schemaVersion()).isEqualTo(org.oscc.chamberlain.store.MigrationSet.APP.latestVersion());
            assertThat(single(s, "SELECT count(*) FROM import_change WHERE import_batch_id = 7")).isEqualTo("1");
            assertThat(single(s, "SELECT import_batch_id FROM organization WHERE id = 3")).isEqualTo("7");
            assertThat(single(s, "SELECT source_name || ' ' || kind FROM import_batch WHERE id = 7"))
                    .isEqualTo("roster.csv MEMBERS");
            assertThat(single(s, "PRAGMA foreign_keys")).isEqualTo("1");
            try (ResultSet broken = s.executeQuery("PRAGMA foreign_key_check")) {
                assertThat(broken.next()).isFalse();
            }
            s.execute("INSERT INTO import_batch (kind, source_name, imported_at) "
                    + "VALUES ('PLEDGES', 'pledges.xlsx', '2026-02-01 09:00:00.000')");
            assertThat(single(s, "SELECT max(id) FROM import_batch")).isEqualTo("8");
        }
    }

    private static String single(Statement s, String sql) throws Exception {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
