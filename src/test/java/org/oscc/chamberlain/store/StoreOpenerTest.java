package org.oscc.chamberlain.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreOpenerTest {
    private static final MigrationSet WITH_TEST_V3 =
            new MigrationSet(List.of("classpath:db/migration", "classpath:db/testmigration"), 3);

    @TempDir
    Path dir;

    @Test
    void freshStoreIsCreatedMigratedAndConfiguredOnEveryConnection() throws Exception {
        Path file = dir.resolve("sub/folder/chamber.db");
        try (Store store = new StoreOpener().open(file)) {
            assertThat(file).exists();
            assertThat(store.schemaVersion()).isEqualTo(MigrationSet.APP.latestVersion());
            assertThat(store.isEmpty()).isTrue();
            try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
                assertThat(single(s, "PRAGMA foreign_keys")).isEqualTo("1");
                assertThat(single(s, "PRAGMA journal_mode")).isEqualToIgnoringCase("wal");
                assertThat(Integer.parseInt(single(s, "PRAGMA busy_timeout"))).isGreaterThanOrEqualTo(1000);
            }
        }
    }

    @Test
    void foreignKeysAreEnforced() {
        try (Store store = TestStores.fresh(dir)) {
            assertThatThrownBy(() -> store.dsl().execute(
                    "INSERT INTO contribution (pledge_id, contributed_on, minutes, created_at) "
                            + "VALUES (999, '2026-01-01', 60, '2026-01-01 00:00:00')"))
                    .hasMessageContaining("FOREIGN KEY");
        }
    }

    @Test
    void aBackupIsWrittenNextToTheStoreBeforeAPendingMigration() throws Exception {
        Path file = dir.resolve("chamber.db");
        try (Store store = TestStores.open(file, Clock.systemDefaultZone())) {
            store.dsl().execute("INSERT INTO setting (key, value) VALUES ('chamber.name', 'Before V3')");
        }
        try (Store store = new StoreOpener(WITH_TEST_V3, Clock.systemDefaultZone()).open(file)) {
            assertThat(store.schemaVersion()).isEqualTo(3);
        }
        List<Path> backups = siblingsMatching("chamber.before-v3-");
        assertThat(backups).hasSize(1);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backups.get(0));
                Statement s = c.createStatement()) {
            assertThat(single(s, "SELECT value FROM setting WHERE key = 'chamber.name'")).isEqualTo("Before V3");
            assertThat(single(s, "SELECT max(version) FROM flyway_schema_history")).isEqualTo("2");
        }
    }

    @Test
    void aNewStoreGetsNoBackup() throws Exception {
        try (Store ignored = new StoreOpener(WITH_TEST_V3, Clock.systemDefaultZone()).open(dir.resolve("chamber.db"))) {
            assertThat(siblingsMatching("chamber.before-")).isEmpty();
        }
    }

    @Test
    void aStoreFromANewerChamberlainIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("chamber.db");
        new StoreOpener(WITH_TEST_V3, Clock.systemDefaultZone()).open(file).close();
        String before = sha256(file);
        assertThatThrownBy(() -> new StoreOpener().open(file))
                .isInstanceOfSatisfying(StoreUnavailableException.class,
                        e -> assertThat(e.problem()).isEqualTo(StoreProblem.NEWER_SCHEMA))
                .hasMessageContaining("newer Chamberlain");
        assertThat(sha256(file)).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotSqliteIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("members.csv");
        Files.writeString(file, "Name,City\nAcme,Toronto\n".repeat(20), StandardCharsets.UTF_8);
        String before = sha256(file);
        assertThatThrownBy(() -> new StoreOpener().open(file))
                .isInstanceOfSatisfying(StoreUnavailableException.class,
                        e -> assertThat(e.problem()).isEqualTo(StoreProblem.NOT_A_DATABASE))
                .hasMessageContaining("not a Chamberlain store");
        assertThat(sha256(file)).isEqualTo(before);
    }

    @Test
    void anSqliteDatabaseOfAnotherProgramIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)");
            s.execute("INSERT INTO recipes (name) VALUES ('tourtière')");
        }
        String before = sha256(file);
        assertThatThrownBy(() -> new StoreOpener().open(file))
                .isInstanceOfSatisfying(StoreUnavailableException.class,
                        e -> assertThat(e.problem()).isEqualTo(StoreProblem.NOT_A_DATABASE))
                .hasMessageContaining("another program");
        assertThat(sha256(file)).isEqualTo(before);
    }

    @Test
    void aDamagedStoreIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("chamber.db");
        TestStores.open(file, Clock.systemDefaultZone()).close();
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 100; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(file, bytes);
        String before = sha256(file);
        assertThatThrownBy(() -> new StoreOpener().open(file))
                .isInstanceOfSatisfying(StoreUnavailableException.class,
                        e -> assertThat(e.problem()).isIn(StoreProblem.CORRUPT, StoreProblem.NOT_A_DATABASE));
        assertThat(sha256(file)).isEqualTo(before);
    }

    @Test
    void aSecondOpenOfTheSameStoreIsRefusedWhileTheFirstKeepsWorking() throws Exception {
        Path file = dir.resolve("chamber.db");
        try (Store first = TestStores.open(file, Clock.systemDefaultZone())) {
            String before = sha256(file);
            assertThatThrownBy(() -> new StoreOpener().open(file))
                    .isInstanceOfSatisfying(StoreUnavailableException.class,
                            e -> assertThat(e.problem()).isEqualTo(StoreProblem.LOCKED))
                    .hasMessageContaining("already open");
            assertThat(sha256(file)).isEqualTo(before);
            first.dsl().execute("INSERT INTO setting (key, value) VALUES ('still', 'working')");
            assertThat(first.dsl().fetchValue("SELECT value FROM setting WHERE key = 'still'")).isEqualTo("working");
        }
        // released on close: the next open succeeds
        TestStores.open(file, Clock.systemDefaultZone()).close();
    }

    @Test
    void aFileWhereTheDataFolderShouldBeGivesAClearMessage() throws Exception {
        Path blocker = dir.resolve("data");
        Files.writeString(blocker, "not a folder");
        assertThatThrownBy(() -> new DataFolders(blocker).ensureExists())
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("a file of that name is in the way");
    }

    @Test
    void backupAndRestoreRoundTripKeepingACopyOfTheReplacedStore() throws Exception {
        Path backup = dir.resolve("backups/saved.db");
        try (Store store = TestStores.fresh(dir)) {
            store.dsl().execute("INSERT INTO setting (key, value) VALUES ('chamber.name', 'Original')");
            store.backupTo(backup);
            store.dsl().execute("UPDATE setting SET value = 'Changed' WHERE key = 'chamber.name'");
            Path kept = store.restoreFrom(backup);
            assertThat(store.dsl().fetchValue("SELECT value FROM setting WHERE key = 'chamber.name'"))
                    .isEqualTo("Original");
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + kept); Statement s = c.createStatement()) {
                assertThat(single(s, "SELECT value FROM setting WHERE key = 'chamber.name'")).isEqualTo("Changed");
            }
            assertThat(store.health().healthy()).isTrue();
        }
    }

    @Test
    void restoringSomethingThatIsNotABackupChangesNothing() throws Exception {
        Path junk = dir.resolve("junk.db");
        Files.writeString(junk, "definitely not sqlite");
        try (Store store = TestStores.fresh(dir)) {
            store.dsl().execute("INSERT INTO setting (key, value) VALUES ('chamber.name', 'Keep me')");
            assertThatThrownBy(() -> store.restoreFrom(junk)).isInstanceOf(StoreUnavailableException.class);
            assertThat(store.dsl().fetchValue("SELECT value FROM setting WHERE key = 'chamber.name'"))
                    .isEqualTo("Keep me");
        }
        assertThat(siblingsMatching("chamber.before-restore")).isEmpty();
    }

    @Test
    void theAppMigrationSetNamesTheHighestMigrationShipped() throws Exception {
        Path folder = Path.of("src/main/resources/db/migration");
        int highest;
        try (Stream<Path> files = Files.list(folder)) {
            highest = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElse(0);
        }
        assertThat(MigrationSet.APP.latestVersion()).isEqualTo(highest);
    }

    private List<Path> siblingsMatching(String prefix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
        }
    }

    private static String single(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
