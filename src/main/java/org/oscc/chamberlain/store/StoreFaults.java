package org.oscc.chamberlain.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.oscc.chamberlain.text.Messages;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Turns what SQLite or the disk says when a store cannot be used (a damaged page, a read-only file, a full disk)
 * into a plain answer for the organizer: what happened, that nothing was changed, and what to do. Used by the
 * command line's exit codes and by the window's error dialog, so both say the same.
 */
public final class StoreFaults {
    /** What went wrong with the store itself, as opposed to a bug. */
    public enum Kind {
        /** A page of the file cannot be read: restore a backup. Exit 3. */
        DAMAGED,
        /** The file may be read but not written. Exit 3. */
        READ_ONLY,
        /** No room left to write (a full disk, or the store's size limit). Exit 1: nothing was changed. */
        FULL
    }

    /** A fault and its plain message; {@code backup} is the newest backup found for a damaged store. */
    public record Fault(Kind kind, String message, Optional<Path> backup) {
    }

    private StoreFaults() {
    }

    /** The store fault behind {@code failure}, or empty when it is something else (a bug, a user mistake). */
    public static Optional<Fault> of(Throwable failure, Path store) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Optional<Kind> kind = kindOf(t);
            if (kind.isPresent()) {
                return Optional.of(describe(kind.get(), store));
            }
        }
        return Optional.empty();
    }

    /** The fault a full disk while writing {@code target} (an export, a backup) means, in plain words. */
    public static String noRoomFor(Path target) {
        Path folder = folderOf(target);
        return Messages.get("store.fault.noRoomFor", target.getFileName(), folder, freeSpace(folder));
    }

    /** A backup or an export that met a full disk: its message already names the file and the folder. */
    public static final class NoRoomException extends IOException {
        private static final long serialVersionUID = 1L;

        public NoRoomException(Path target, Throwable cause) {
            super(noRoomFor(target), cause);
        }
    }

    /** True when {@code failure} (or a cause) says the disk or the store has no room left. */
    public static boolean isNoRoom(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (kindOf(t).filter(k -> k == Kind.FULL).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Kind> kindOf(Throwable t) {
        if (t instanceof SQLiteException e) {
            return kindOf(e.getResultCode());
        }
        if (t instanceof FileSystemException e && e.getReason() != null
                && e.getReason().toLowerCase(Locale.ROOT).contains("no space left")) { // the system's words, not a message
            return Optional.of(Kind.FULL);
        }
        if (t instanceof IOException e && e.getMessage() != null
                && e.getMessage().toLowerCase(Locale.ROOT).contains("no space left on device")) { // not a message
            return Optional.of(Kind.FULL);
        }
        if (t instanceof java.sql.SQLException e && e.getMessage() != null) {
            // a driver or pool that re-wraps SQLite's error keeps its name in the message
            for (SQLiteErrorCode code : new SQLiteErrorCode[] {SQLiteErrorCode.SQLITE_CORRUPT,
                SQLiteErrorCode.SQLITE_NOTADB, SQLiteErrorCode.SQLITE_READONLY, SQLiteErrorCode.SQLITE_FULL}) {
                if (e.getMessage().contains("[" + code.name())) {
                    return kindOf(code);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Kind> kindOf(SQLiteErrorCode code) {
        if (code == null) {
            return Optional.empty();
        }
        int primary = code.code & 0xff;
        if (primary == SQLiteErrorCode.SQLITE_CORRUPT.code || primary == SQLiteErrorCode.SQLITE_NOTADB.code) {
            return Optional.of(Kind.DAMAGED);
        }
        if (primary == SQLiteErrorCode.SQLITE_READONLY.code) {
            return Optional.of(Kind.READ_ONLY);
        }
        if (primary == SQLiteErrorCode.SQLITE_FULL.code) {
            return Optional.of(Kind.FULL);
        }
        return Optional.empty();
    }

    static Fault describe(Kind kind, Path store) {
        String name = store.getFileName().toString();
        return switch (kind) {
            case DAMAGED -> {
                Optional<Path> backup = newestBackup(store);
                yield new Fault(kind, Messages.get("store.fault.damaged.message", store, backup
                        .map(b -> Messages.get("store.fault.damaged.restore", b, store))
                        .orElseGet(() -> Messages.get("store.fault.damaged.noBackup"))), backup);
            }
            case READ_ONLY -> new Fault(kind, Messages.get("store.fault.readOnly.message", name, store),
                    Optional.empty());
            case FULL -> new Fault(kind, Messages.get("store.fault.full.message", name, folderOf(store),
                    freeSpace(folderOf(store))), Optional.empty());
        };
    }

    /**
     * The newest backup of {@code store}: the dated copies Chamberlain keeps beside it (before an update or a
     * restore), and the backups saved under its name beside it or in the data folder's backups folder.
     */
    public static Optional<Path> newestBackup(Path store) {
        String name = store.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        List<Path> candidates = new ArrayList<>();
        collect(folderOf(store), p -> {
            String n = p.getFileName().toString();
            return !n.equals(name) && n.endsWith(".db") && (n.startsWith(stem + ".") || n.startsWith(stem + "-backup"));
        }, candidates);
        // the backups folder is shared by every chamber: only those named after this one (File > Back up's name)
        collect(DataFolders.forCurrentUser().backups(), p -> {
            String n = p.getFileName().toString();
            return n.endsWith(".db") && (n.startsWith(stem + "-backup") || n.startsWith(stem + "."));
        }, candidates);
        return candidates.stream().filter(p -> !p.toAbsolutePath().normalize().equals(store.toAbsolutePath()
                .normalize())).max(java.util.Comparator.comparing(StoreFaults::modified));
    }

    private static void collect(Path folder, java.util.function.Predicate<Path> wanted, List<Path> into) {
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path p : files) {
                if (Files.isRegularFile(p) && wanted.test(p)) {
                    into.add(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a folder that cannot be listed holds no backup we could name
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static Path folderOf(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null ? file.toAbsolutePath() : parent;
    }

    /** "1.2 GB", "340 MB", "12 KB": the room left on the disk holding {@code folder}. */
    static String freeSpace(Path folder) {
        try {
            Path existing = folder;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            long bytes = Files.getFileStore(existing == null ? folder : existing).getUsableSpace();
            return bytes(bytes);
        } catch (IOException | RuntimeException e) {
            return Messages.get("store.space.unknown");
        }
    }

    static String bytes(long bytes) {
        if (bytes >= 1L << 30) {
            return Messages.get("store.space.gb", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return Messages.get("store.space.mb", bytes >> 20);
        }
        return Messages.get("store.space.kb", Math.max(0, bytes >> 10));
    }
}
