package org.oscc.chamberlain.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteOpenMode;

/**
 * Opens a store safely. Before anything is written, the file is looked at read-only: a file that is not SQLite,
 * a damaged one, one that is not a Chamberlain store, one written by a newer Chamberlain, or one that another
 * instance holds is refused and left byte-for-byte as it was. An existing store that needs a migration is first
 * copied to a dated backup next to it.
 */
public final class StoreOpener {
    private static final Logger LOG = LoggerFactory.getLogger(StoreOpener.class);
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int SQLITE_HEADER_SIZE = 100;

    private final MigrationSet migrations;
    private final Clock clock;

    public StoreOpener() {
        this(MigrationSet.APP, Clock.systemDefaultZone());
    }

    public StoreOpener(MigrationSet migrations, Clock clock) {
        this.migrations = migrations;
        this.clock = clock;
    }

    /** What a read-only look at an existing file found. */
    record Inspection(boolean chamberlainStore, boolean hasTables, int appliedVersion) {
        static final Inspection NEW_FILE = new Inspection(false, false, 0);
    }

    public Store open(Path requested) throws StoreUnavailableException {
        Path file = requested.toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new StoreUnavailableException(StoreProblem.NOT_A_DATABASE, file,
                    file + " is a folder, not a Chamberlain store file.");
        }
        boolean readOnly = Files.exists(file) && (FilePrivacy.ownerMadeReadOnly(file) || !Files.isWritable(folder));
        if (!readOnly) {
            DataFolders.ensureFolder(folder);
        }
        checkLooksLikeSqlite(file);
        // looked at before the lock is taken: a refused file gets no lock file (nor -wal, -shm) beside it
        Inspection inspection = inspect(file);
        if (inspection.appliedVersion() > migrations.latestVersion()) {
            throw new StoreUnavailableException(StoreProblem.NEWER_SCHEMA, file,
                    file.getFileName() + " was written by a newer Chamberlain (data version "
                            + inspection.appliedVersion() + "; this one knows up to " + migrations.latestVersion()
                            + "). Install the newer Chamberlain to open it. The file was not changed.");
        }
        if (readOnly) {
            return openReadOnly(file, inspection);
        }
        StoreLock lock = StoreLock.acquire(file);
        Store store = null;
        try {
            if (inspection.chamberlainStore() || inspection.hasTables()) {
                // the first look came before the lock: look again now that no other instance can be writing
                inspection = inspect(file);
            }
            store = new Store(file, lock, migrations, clock, false);
            if (inspection.hasTables() && inspection.appliedVersion() < migrations.latestVersion()) {
                Path backup = store.datedSibling("before-v" + migrations.latestVersion());
                try {
                    store.backupTo(backup);
                } catch (IOException e) {
                    throw new StoreUnavailableException(StoreProblem.INACCESSIBLE, file,
                            "Chamberlain must update " + file.getFileName() + " but could not first save a backup ("
                                    + e.getMessage() + "). Nothing was changed.", e);
                }
                LOG.info("Saved {} before migrating from version {}", backup, inspection.appliedVersion());
            }
            try {
                // an up-to-date store needs no Flyway run at all: a faster start, and nothing written
                if (inspection.appliedVersion() < migrations.latestVersion()) {
                    store.migrate();
                }
            } catch (FlywayException e) {
                throw StoreFaults.of(e, file).filter(f -> f.kind() != StoreFaults.Kind.DAMAGED)
                        .map(f -> new StoreUnavailableException(StoreProblem.INACCESSIBLE, file, f.message(), e))
                        .orElseGet(() -> new StoreUnavailableException(StoreProblem.CORRUPT, file,
                                "Chamberlain could not update " + file.getFileName() + " to its current data version: "
                                        + e.getMessage(), e));
            }
            keepPrivate(file, lock);
            LOG.info("Opened store {} at data version {}", file, migrations.latestVersion());
            return store;
        } catch (StoreUnavailableException | RuntimeException e) {
            if (store != null) {
                store.close(); // releases the connections and the lock
            } else {
                lock.close();
            }
            throw e;
        }
    }

    /**
     * A store the organizer may read but not write (the file or its folder read-only): opened without a lock and
     * without side files, for checking, listing and exporting; any write is refused with the reason.
     */
    private Store openReadOnly(Path file, Inspection inspection) throws StoreUnavailableException {
        if (!inspection.chamberlainStore()) {
            throw new StoreUnavailableException(StoreProblem.INACCESSIBLE, file, file.getFileName()
                    + " is read-only and holds no chamber yet, so Chamberlain cannot set it up. Give yourself write "
                    + "permission on it, or choose another file.");
        }
        if (inspection.appliedVersion() < migrations.latestVersion()) {
            throw new StoreUnavailableException(StoreProblem.INACCESSIBLE, file, file.getFileName()
                    + " is read-only, and this Chamberlain must update it (data version " + inspection.appliedVersion()
                    + " to " + migrations.latestVersion() + ") before using it. The file was not changed. Give "
                    + "yourself write permission on it, then open it again.");
        }
        LOG.info("Opened store {} read-only (the file or its folder may not be written)", file);
        return new Store(file, null, migrations, clock, true);
    }

    /** The chamber file, its lock and SQLite's side files readable by this account alone; the data folder too. */
    private static void keepPrivate(Path file, StoreLock lock) {
        FilePrivacy.privateFile(file);
        FilePrivacy.privateFile(lock.file());
        FilePrivacy.privateFile(file.resolveSibling(file.getFileName() + "-wal"));
        FilePrivacy.privateFile(file.resolveSibling(file.getFileName() + "-shm"));
        DataFolders.forCurrentUser().keepPrivate();
    }

    private static void checkLooksLikeSqlite(Path file) throws StoreUnavailableException {
        if (!Files.exists(file)) {
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(SQLITE_HEADER_SIZE);
            if (header.length == 0) {
                return; // an empty file is an empty SQLite database
            }
            if (header.length < SQLITE_HEADER_SIZE
                    || !Arrays.equals(Arrays.copyOf(header, SQLITE_MAGIC.length), SQLITE_MAGIC)) {
                throw notADatabase(file);
            }
        } catch (IOException e) {
            throw new StoreUnavailableException(StoreProblem.INACCESSIBLE, file,
                    "Chamberlain cannot read " + file + " (" + e.getMessage() + ").", e);
        }
    }

    private static StoreUnavailableException notADatabase(Path file) {
        return new StoreUnavailableException(StoreProblem.NOT_A_DATABASE, file,
                file.getFileName() + " is not a Chamberlain store (it is not an SQLite database). "
                        + "Choose a .db file made by Chamberlain. The file was not changed.");
    }

    /** Looks at an existing file through a read-only connection, which never writes to it. */
    static Inspection inspect(Path file) throws StoreUnavailableException {
        if (!Files.exists(file) || sizeOf(file) == 0) {
            return Inspection.NEW_FILE;
        }
        try (Connection c = readOnlyDataSource(file, true).getConnection(); Statement s = c.createStatement()) {
            boolean hasTables;
            boolean hasHistory;
            try (ResultSet rs = s.executeQuery(
                    "SELECT count(*), sum(name = 'flyway_schema_history') FROM sqlite_master WHERE type = 'table'"
                            + " AND name NOT LIKE 'sqlite_%'")) {
                rs.next();
                hasTables = rs.getInt(1) > 0;
                hasHistory = rs.getInt(2) > 0;
            }
            if (hasTables && !hasHistory) {
                throw new StoreUnavailableException(StoreProblem.NOT_A_DATABASE, file,
                        file.getFileName() + " is an SQLite database of another program, not a Chamberlain store. "
                                + "The file was not changed.");
            }
            return new Inspection(hasHistory, hasTables, hasHistory ? appliedVersion(c) : 0);
        } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().contains("SQLITE_NOTADB")) {
                throw notADatabase(file);
            }
            // damaged this early it cannot be opened to restore into: point at the backup to open instead
            String plain = StoreFaults.of(e, file).filter(f -> f.kind() == StoreFaults.Kind.DAMAGED)
                    .map(f -> "This chamber file is damaged: " + file + " cannot be opened. The file was not changed. "
                            + StoreFaults.newestBackup(file).map(b -> "Its newest backup is " + b + ": open that one "
                            + "(\u201cOpen another chamber\u2026\u201d in the window, --db on the command line), or "
                            + "copy it in place of the damaged file.").orElse("No backup of it was found."))
                    .orElse(file.getFileName() + " looks damaged and cannot be read (" + e.getMessage()
                            + "). Open a backup instead. The file was not changed.");
            throw new StoreUnavailableException(StoreProblem.CORRUPT, file, plain, e);
        }
    }

    /** The highest successfully applied migration version, or 0 for a store without history. */
    static int appliedVersion(Connection c) throws SQLException {
        int version = 0;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version FROM flyway_schema_history WHERE success = 1"
                        + " AND version IS NOT NULL")) {
            while (rs.next()) {
                String v = rs.getString(1);
                try {
                    version = Math.max(version, Integer.parseInt(v.split("\\.")[0]));
                } catch (NumberFormatException ignored) {
                    // not one of ours; Flyway validation reports it
                }
            }
        }
        return version;
    }

    /** Checks that {@code backup} is a healthy Chamberlain store that this build can open. */
    static void validateBackup(Path backup, MigrationSet migrations) throws StoreUnavailableException {
        if (!Files.isRegularFile(backup)) {
            throw new StoreUnavailableException(StoreProblem.INACCESSIBLE, backup,
                    backup + " does not exist or is not a file.");
        }
        checkLooksLikeSqlite(backup);
        Inspection inspection = inspect(backup);
        if (!inspection.chamberlainStore()) {
            throw new StoreUnavailableException(StoreProblem.NOT_A_DATABASE, backup,
                    backup.getFileName() + " is not a Chamberlain store. Nothing was restored.");
        }
        if (inspection.appliedVersion() > migrations.latestVersion()) {
            throw new StoreUnavailableException(StoreProblem.NEWER_SCHEMA, backup,
                    backup.getFileName() + " was written by a newer Chamberlain. Nothing was restored.");
        }
        try (Connection c = readOnlyDataSource(backup, true).getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            String first = rs.getString(1);
            if (!"ok".equalsIgnoreCase(first)) {
                throw new StoreUnavailableException(StoreProblem.CORRUPT, backup,
                        backup.getFileName() + " is damaged (" + first + "). Nothing was restored.");
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException(StoreProblem.CORRUPT, backup,
                    backup.getFileName() + " cannot be read (" + e.getMessage() + "). Nothing was restored.", e);
        }
    }

    /**
     * A connection that never writes to the file nor creates anything beside it. Without a {@code -wal} beside the
     * file (none is left after a clean close), SQLite is told the file is immutable, so it makes no {@code -shm}
     * either; with one, it must read it to see the latest content.
     */
    static SQLiteDataSource readOnlyDataSource(Path file, boolean lookOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        config.setBusyTimeout(10_000);
        if (!lookOnly) {
            config.enforceForeignKeys(true);
            config.setDateClass(SQLiteConfig.DateClass.TEXT.getValue());
        }
        SQLiteDataSource ds = new SQLiteDataSource(config);
        boolean wal = Files.exists(file.resolveSibling(file.getFileName() + "-wal"));
        ds.setUrl(wal ? "jdbc:sqlite:" + file : "jdbc:sqlite:" + file.toUri() + "?immutable=1");
        return ds;
    }

    private static long sizeOf(Path file) throws StoreUnavailableException {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new StoreUnavailableException(StoreProblem.INACCESSIBLE, file,
                    "Chamberlain cannot read " + file + " (" + e.getMessage() + ").", e);
        }
    }
}
