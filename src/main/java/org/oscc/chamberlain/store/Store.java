package org.oscc.chamberlain.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.oscc.chamberlain.text.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * An open Chamberlain store: one SQLite file, locked against other instances, migrated to this build's schema.
 * Every connection it hands out has foreign keys on, WAL and a busy timeout. Open with {@link StoreOpener}.
 */
public final class Store implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Store.class);
    static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** Tables whose rows make a chamber "not empty" (settings alone do not). */
    static final List<String> DOMAIN_TABLES = List.of("organization", "contact", "project", "pledge", "contribution",
            "pitch_night", "agenda_slot", "invitation");

    private final Path file;
    private final StoreLock lock;
    private final HikariDataSource dataSource;
    private final DSLContext dsl;
    private final MigrationSet migrations;
    private final Clock clock;
    private final boolean readOnly;
    private boolean closed;

    /** {@code lock} is null for a read-only store: nothing is created beside a file that is only read. */
    Store(Path file, StoreLock lock, MigrationSet migrations, Clock clock, boolean readOnly) {
        this.file = file;
        this.lock = lock;
        this.migrations = migrations;
        this.clock = clock;
        this.readOnly = readOnly;
        this.dataSource = pooled(readOnly ? StoreOpener.readOnlyDataSource(file, false) : readWriteDataSource(file),
                readOnly);
        this.dsl = DSL.using(dataSource, SQLDialect.SQLITE, jooqSettings());
    }

    static Settings jooqSettings() {
        return new Settings().withExecuteLogging(false).withRenderSchema(false).withDiagnosticsLogging(false);
    }

    static SQLiteConfig connectionConfig() {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(10_000);
        // dates as ISO text, never epoch numbers: mixed storage classes sort wrongly
        config.setDateClass(SQLiteConfig.DateClass.TEXT.getValue());
        // the fault suite makes a "full disk" with SQLite's own page limit instead of mounting a small one
        Integer pageLimit = Integer.getInteger(PAGE_LIMIT_PROPERTY);
        if (pageLimit != null) {
            config.setMaxPageCount(pageLimit);
        }
        return config;
    }

    /** System property: the most pages the store may grow to (SQLite's max_page_count); for fault tests only. */
    public static final String PAGE_LIMIT_PROPERTY = "chamberlain.store.maxPageCount";

    /**
     * A few kept-open connections: each new SQLite connection starts with an empty page cache and re-reads the
     * schema, which made every query of a large chamber go to the disk.
     */
    private static HikariDataSource pooled(SQLiteDataSource sqlite, boolean readOnly) {
        HikariConfig config = new HikariConfig();
        config.setReadOnly(readOnly); // the pool would otherwise ask SQLite to switch an open connection
        config.setDataSource(sqlite);
        config.setPoolName("chamberlain-store");
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(30_000);
        return new HikariDataSource(config);
    }

    static SQLiteDataSource readWriteDataSource(Path file) {
        SQLiteDataSource ds = new SQLiteDataSource(connectionConfig());
        ds.setUrl("jdbc:sqlite:" + file);
        return ds;
    }

    void migrate() {
        Flyway.configure()
                .dataSource(dataSource)
                .locations(migrations.locations().toArray(String[]::new))
                .cleanDisabled(true)
                .loggers("slf4j")
                .load()
                .migrate();
    }

    public Path file() {
        return file;
    }

    /** True when the file (or its folder) may not be written: the store is open for reading only. */
    public boolean readOnly() {
        return readOnly;
    }

    /** jOOQ over this store; for repositories and the store package only. */
    public DSLContext dsl() {
        return dsl;
    }

    /** Plain JDBC connections (each with the store's settings), for bulk paths where batches beat jOOQ. */
    public DataSource dataSource() {
        return dataSource;
    }

    public Clock clock() {
        return clock;
    }

    public int schemaVersion() {
        try (Connection c = dataSource.getConnection()) {
            return StoreOpener.appliedVersion(c);
        } catch (SQLException e) {
            throw new StoreAccessException(Messages.get("store.access.version", file), e);
        }
    }

    /** True when the chamber holds no members, projects, pledges or pitch nights yet (settings do not count). */
    public boolean isEmpty() {
        return rowCounts().values().stream().allMatch(n -> n == 0);
    }

    /** Row counts of the domain tables, in a stable order. */
    public Map<String, Integer> rowCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : DOMAIN_TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) { // SQL, not a message
                    counts.put(table, rs.next() ? rs.getInt(1) : 0);
                }
            }
        } catch (SQLException e) {
            throw new StoreAccessException(Messages.get("store.access.counts", file), e);
        }
        return counts;
    }

    /** SQLite's integrity and foreign-key checks, the schema version and row counts. */
    public StoreHealth health() {
        List<String> integrity = new ArrayList<>();
        List<String> foreignKeys = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) { // SQL, not a message
                while (rs.next()) {
                    String line = rs.getString(1);
                    if (!"ok".equalsIgnoreCase(line)) {
                        integrity.add(line);
                    }
                }
            }
            try (ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) { // SQL, not a message
                while (rs.next()) {
                    foreignKeys.add(Messages.get("store.health.missingReference", rs.getString(1),
                            Long.toString(rs.getLong(2)), rs.getString(3)));
                }
            }
        } catch (SQLException e) {
            integrity.add(e.getMessage());
        }
        return new StoreHealth(file, schemaVersion(), migrations.latestVersion(), integrity, foreignKeys, rowCounts());
    }

    /**
     * Writes a consistent copy of the whole store to {@code target} (SQLite's VACUUM INTO), replacing the file
     * only once the copy is complete: a failed or interrupted backup never leaves a half-written file.
     */
    public void backupTo(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (absolute.equals(file)) {
            throw new IOException(Messages.get("store.backup.ontoItself"));
        }
        Files.createDirectories(absolute.getParent());
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + ".partial");
        Files.deleteIfExists(temp);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) { // not a message
            ps.setString(1, temp.toString());
            ps.execute();
        } catch (SQLException e) {
            Files.deleteIfExists(temp);
            if (StoreFaults.isNoRoom(e)) {
                throw new StoreFaults.NoRoomException(absolute, e);
            }
            throw new IOException(Messages.get("store.backup.failed", absolute, e.getMessage()), e);
        }
        // a backup holds every contact's details: readable by this account alone, wherever it is saved
        FilePrivacy.privateFile(temp);
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        LOG.info("Backed up {} to {}", file, absolute);
    }

    /** A dated file name next to the store, e.g. {@code chamberlain.before-restore-20261127-141000.db}. */
    Path datedSibling(String label) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : ".db";
        String stamp = LocalDateTime.now(clock).format(FILE_STAMP);
        Path candidate = file.resolveSibling(stem + "." + label + "-" + stamp + ext);
        for (int i = 2; Files.exists(candidate); i++) {
            candidate = file.resolveSibling(stem + "." + label + "-" + stamp + "-" + i + ext);
        }
        return candidate;
    }

    /**
     * Replaces this store's content with a backup, after checking that the backup is a healthy Chamberlain store
     * no newer than this build. The replaced content is first kept as a dated copy next to the store.
     *
     * @return the copy of the replaced store
     */
    public Path restoreFrom(Path backup) throws StoreUnavailableException, IOException {
        Path source = backup.toAbsolutePath().normalize();
        if (readOnly) {
            throw new StoreUnavailableException(StoreProblem.INACCESSIBLE, file,
                    StoreFaults.describe(StoreFaults.Kind.READ_ONLY, file).message());
        }
        StoreOpener.validateBackup(source, migrations);
        Path keep = datedSibling("before-restore");
        try {
            backupTo(keep);
        } catch (IOException e) {
            if (StoreFaults.of(e, file).filter(f -> f.kind() == StoreFaults.Kind.DAMAGED).isEmpty()) {
                throw e;
            }
            // a damaged store cannot be copied page by page: keep its bytes as they are instead
            Files.copy(file, keep);
            FilePrivacy.privateFile(keep);
            LOG.warn("{} is damaged; kept its bytes as {} before restoring", file, keep);
        }
        try (Connection c = dataSource.getConnection()) {
            c.unwrap(org.sqlite.SQLiteConnection.class).getDatabase().restore("main", source.toString(), null);
        } catch (SQLException e) {
            throw new IOException(Messages.get("store.restore.failed", source, e.getMessage(), keep), e);
        }
        migrate();
        LOG.info("Restored {} from {}; previous content kept at {}", file, source, keep);
        return keep;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        // closing the last connection checkpoints the WAL into the file; then the lock can go
        dataSource.close();
        if (lock != null) {
            lock.close();
        }
        LOG.info("Closed store {}", file);
    }
}
