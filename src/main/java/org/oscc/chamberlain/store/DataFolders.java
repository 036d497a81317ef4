package org.oscc.chamberlain.store;

import dev.dirs.ProjectDirectories;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.oscc.chamberlain.text.Messages;

/**
 * Where Chamberlain keeps its files: the per-user data folder of the OS (XDG data dir on Linux, AppData on Windows,
 * Application Support on macOS), or the folder named by the {@code chamberlain.home} property or
 * {@code CHAMBERLAIN_HOME} variable. The default store, the logs and the backups live under it.
 */
public final class DataFolders {
    public static final String HOME_PROPERTY = "chamberlain.home";
    public static final String HOME_VARIABLE = "CHAMBERLAIN_HOME";
    public static final String DB_VARIABLE = "CHAMBERLAIN_DB";
    public static final String DEFAULT_STORE_NAME = "chamberlain.db";

    private final Path home;

    public DataFolders(Path home) {
        this.home = home.toAbsolutePath().normalize();
    }

    /** The folders for this user and machine, honouring the override property and variable. */
    public static DataFolders forCurrentUser() {
        return forEnvironment(System.getenv());
    }

    static DataFolders forEnvironment(Map<String, String> env) {
        String override = System.getProperty(HOME_PROPERTY);
        if (override == null || override.isBlank()) {
            override = env.get(HOME_VARIABLE);
        }
        if (override != null && !override.isBlank()) {
            return new DataFolders(Path.of(override));
        }
        ProjectDirectories dirs = ProjectDirectories.from("org", "OSCC", "Chamberlain"); // a folder name, not a message
        return new DataFolders(Path.of(dirs.dataDir));
    }

    public Path home() {
        return home;
    }

    public Path defaultStore() {
        return home.resolve(DEFAULT_STORE_NAME);
    }

    public Path logs() {
        return home.resolve("logs");
    }

    public Path backups() {
        return home.resolve("backups");
    }

    /**
     * The store to open: an explicit file (from {@code --db}) first, then {@code CHAMBERLAIN_DB}, then the default.
     */
    public Path storeFile(Optional<Path> explicit, Map<String, String> env) {
        if (explicit.isPresent()) {
            return explicit.get().toAbsolutePath().normalize();
        }
        String fromEnv = env.get(DB_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        return defaultStore();
    }

    /** Creates the data folder and its sub-folders, or explains in plain words why it cannot. */
    public void ensureExists() throws StoreUnavailableException {
        for (Path folder : new Path[] {home, logs(), backups()}) {
            ensureFolder(folder);
        }
        keepPrivate();
    }

    /**
     * The data folder, its logs and backups readable by this account alone (0700 folders, 0600 files on Linux and
     * macOS), mended with a log line when found looser. Reads permission bits only: cheap enough for every open.
     */
    public void keepPrivate() {
        for (Path folder : new Path[] {home, logs(), backups()}) {
            FilePrivacy.privateFolder(folder);
        }
        FilePrivacy.privateFilesIn(logs());
        FilePrivacy.privateFilesIn(backups());
    }

    /** Creates {@code folder} if needed and checks that it can be written. */
    public static void ensureFolder(Path folder) throws StoreUnavailableException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new StoreUnavailableException(StoreProblem.INACCESSIBLE, folder,
                    Messages.get("store.folder.fileInTheWay", folder));
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreUnavailableException(StoreProblem.INACCESSIBLE, folder,
                    Messages.get("store.folder.cannotCreate", folder, e.getClass().getSimpleName(), elsewhere()), e);
        }
        if (!Files.isWritable(folder)) {
            throw new StoreUnavailableException(StoreProblem.INACCESSIBLE, folder,
                    Messages.get("store.folder.readOnly", folder, elsewhere()));
        }
    }

    /** Read in the window and on the command line alike, so it names both ways of choosing another file. */
    private static String elsewhere() {
        return Messages.get("store.folder.elsewhere");
    }
}
