package org.oscc.chamberlain.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the chamber's own files readable by the organizer's account alone on Linux and macOS: the data folder and
 * its sub-folders 0700, the chamber file, its lock, backups and logs 0600. A file found looser is mended and the
 * mending logged. Only the permission bits are read (no file content), so checking at every open costs nothing.
 * On Windows the per-user data folder is already private to its user; nothing is changed there.
 */
public final class FilePrivacy {
    private static final Logger LOG = LoggerFactory.getLogger(FilePrivacy.class);
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private FilePrivacy() {
    }

    /** Makes {@code folder} 0700 if others may read or enter it. */
    public static void privateFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        mend(folder, FOLDER, true);
    }

    /** Makes {@code file} 0600 if others may read or write it; keeps a file the owner made read-only read-only. */
    public static void privateFile(Path file) {
        mend(file, FILE, false);
    }

    /** Every regular file directly in {@code folder} made private (the logs, the backups). */
    public static void privateFilesIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (var files = Files.newDirectoryStream(folder)) {
            for (Path p : files) {
                if (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    privateFile(p);
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not look at the permissions of the files in {}: {}", folder, e.getMessage());
        }
    }

    /** True when the file system keeps POSIX permissions (Linux, macOS). */
    static boolean posix(Path path) {
        return Files.getFileAttributeView(path, PosixFileAttributeView.class) != null;
    }

    /** True when the owner's write bit is off: the file was made read-only (even an administrator honours that). */
    static boolean ownerMadeReadOnly(Path file) {
        if (!posix(file)) {
            return !Files.isWritable(file);
        }
        try {
            return !Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_WRITE)
                    || !Files.isWritable(file);
        } catch (IOException e) {
            return !Files.isWritable(file);
        }
    }

    private static void mend(Path path, Set<PosixFilePermission> wanted, boolean folder) {
        if (!Files.exists(path) || !posix(path)) {
            return;
        }
        try {
            Set<PosixFilePermission> now = Files.getPosixFilePermissions(path);
            Set<PosixFilePermission> loose = EnumSet.noneOf(PosixFilePermission.class);
            loose.addAll(now);
            loose.retainAll(OTHERS);
            if (loose.isEmpty()) {
                return;
            }
            Set<PosixFilePermission> mended = EnumSet.noneOf(PosixFilePermission.class);
            mended.addAll(now);
            mended.removeAll(OTHERS);
            mended.retainAll(wanted);
            if (folder) {
                mended.addAll(wanted);
            } else {
                mended.add(PosixFilePermission.OWNER_READ);
            }
            Files.setPosixFilePermissions(path, mended);
            LOG.info("Made {} private to its owner (it was {}, now {})", path, PosixFilePermissions.toString(now),
                    PosixFilePermissions.toString(mended));
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warn("Could not make {} private to its owner: {}", path, e.getMessage());
        }
    }
}
