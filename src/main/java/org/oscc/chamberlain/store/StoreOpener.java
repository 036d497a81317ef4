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
import org.oscc.chamberlain.text.Messages;

/**
 * Opens a store safely. Before anything is written, the file is looked at read-only: a file that is not SQLite,
 * a damaged one, one that is not a Chamberlain store, one written by a newer Chamberlain, or one that another
 * instance holds is refused and left byte-for-byte as it was. An existing store that needs a migration is first
 * copied to a dated backup next to it.
 */
public final class StoreOpener {
    private static final Logger LOG = LoggerFactory.getLogger(StoreOpener.class);
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII); // not a message
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
                    Messages.get("store.open.folder", file));
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
                    Messages.get("store.open.newer", file.getFileName(), Integer.toString(inspection.appliedVersion()),
                            Integer.toString(migrations.latestVersion())));
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
                            Messages.get("store.open.noBackupBeforeUpdate", file.getFileName(), e.getMessage()), e);
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
                                Messages.get("store.open.updateFailed", file.getFileName(), e.getMessage()), e));
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
            throw new StoreUnavailableException(StoreProblem.INACCESSIBLE, file,
                    Messages.get("store.open.readOnlyEmpty", file.getFileName()));
        }
        if (inspection.appliedVersion() < migrations.latestVersion()) {
            throw new StoreUnavailableException(StoreProblem.INACCESSIBLE, file,
                    Messages.get("store.open.readOnlyOld", file.getFileName(),
                            Integer.toString(inspection.appliedVersion()), Integer.toString(migrations.latestVersion())));
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
                    Messages.get("store.open.cannotRead", file, e.getMessage()), e);
        }
    }

    private static StoreUnavailableException notADatabase(Path file) {
        return new StoreUnavailableException(StoreProblem.NOT_A_DATABASE, file,
                Messages.get("store.open.notSqlite", file.getFileName()));
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
                    "SELECT count(*), sum(name = 'flyway_schema_history') FROM sqlite_master WHERE type = 'table'" // SQL, not a message
                            + " AND name NOT LIKE 'sqlite_%'")) { // SQL, not a message
                rs.next();
                hasTables = rs.getInt(1) > 0;
                hasHistory = rs.getInt(2) > 0;
            }
            if (hasTables && !hasHistory) {
                throw new StoreUnavailableException(StoreProblem.NOT_A_DATABASE, file,
                        Messages.get("store.open.otherProgram", file.getFileName()));
            }
            return new Inspection(hasHistory, hasTables, hasHistory ? appliedVersion(c) : 0);
        } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().contains("SQLITE_NOTADB")) {
                throw notADatabase(file);
            }
            // damaged this early it cannot be opened to restore into: point at the backup to open instead
            String plain = StoreFaults.of(e, file).filter(f -> f.kind() == StoreFaults.Kind.DAMAGED)
                    .map(f -> Messages.get("store.open.damaged", file, StoreFaults.newestBackup(file)
                            .map(b -> Messages.get("store.open.damaged.backup", b))
                            .orElseGet(() -> Messages.get("store.open.damaged.noBackup"))))
                    .orElseGet(() -> Messages.get("store.open.unreadable", file.getFileName(), e.getMessage()));
            throw new StoreUnavailableException(StoreProblem.CORRUPT, file, plain, e);
        }
    }

    /** The highest successfully applied migration version, or 0 for a store without history. */
    static int appliedVersion(Connection c) throws SQLException {
        int version = 0;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version FROM flyway_schema_history WHERE success = 1" // SQL, not a message
                        + " AND version IS NOT NULL")) { // SQL, not a message
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
                    Messages.get("store.restore.missing", backup));
        }
        checkLooksLikeSqlite(backup);
        Inspection inspection = inspect(backup);
        if (!inspection.chamberlainStore()) {
            throw new StoreUnavailableException(StoreProblem.NOT_A_DATABASE, backup,
                    Messages.get("store.restore.notAStore", backup.getFileName()));
        }
        if (inspection.appliedVersion() > migrations.latestVersion()) {
            throw new StoreUnavailableException(StoreProblem.NEWER_SCHEMA, backup,
                    Messages.get("store.restore.newer", backup.getFileName()));
        }
        try (Connection c = readOnlyDataSource(backup, true).getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA integrity_check")) { // SQL, not a message
            rs.next();
            String first = rs.getString(1);
            if (!"ok".equalsIgnoreCase(first)) {
                throw new StoreUnavailableException(StoreProblem.CORRUPT, backup,
                        Messages.get("store.restore.damaged", backup.getFileName(), first));
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException(StoreProblem.CORRUPT, backup,
                    Messages.get("store.restore.unreadable", backup.getFileName(), e.getMessage()), e);
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
                    Messages.get("store.open.cannotRead", file, e.getMessage()), e);
        }
    }
}
