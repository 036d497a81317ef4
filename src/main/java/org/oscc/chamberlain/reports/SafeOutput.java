package org.oscc.chamberlain.reports;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import org.oscc.chamberlain.store.StoreFaults;
import org.oscc.chamberlain.text.Messages;
import org.oscc.chamberlain.validation.InvalidInputException;

/**
 * Writes a file so that it is either complete or not there: the content goes to a hidden temporary file in the
 * target's folder (same disk, so the final move is a rename) and replaces the target only once fully written.
 * On failure or cancel the temporary file is deleted and an older file at the target stays as it was.
 */
public final class SafeOutput {

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException, ExportCancelledException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private SafeOutput() {
    }

    /**
     * Writes {@code target} through {@code content}. A folder that cannot be created or written in (read-only, no
     * permission, a file in the way) is refused before any work, as an {@link InvalidInputException} naming the
     * folder: a place the user chose, not a fault of the program.
     */
    public static void write(Path target, Content content)
            throws IOException, ExportCancelledException, InvalidInputException {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw new InvalidInputException(Messages.get("export.outputFile"),
                    Messages.get("export.isFolder", absolute));
        }
        // not Files.createTempFile: its owner-only permissions would stay on the finished file
        Path temp = folder.resolve("." + absolute.getFileName() + "." + Long.toHexString(RANDOM.nextLong())
                + ".partial");
        OutputStream file;
        try {
            Files.createDirectories(folder);
            removeLeftovers(folder, absolute.getFileName().toString());
            file = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileSystemException e) {
            throw new InvalidInputException(Messages.get("export.outputFile"), Messages.get("export.cannotWrite",
                    folder, reason(e)));
        }
        boolean done = false;
        try {
            try (OutputStream out = new BufferedOutputStream(file, 1 << 16)) {
                content.writeTo(out);
            } catch (IOException e) {
                if (StoreFaults.isNoRoom(e)) {
                    // an older file at the target stays as it was; the half-written one goes in finally
                    throw new InvalidInputException(Messages.get("export.outputFile"), StoreFaults.noRoomFor(absolute));
                }
                throw e;
            }
            try {
                moveIntoPlace(temp, absolute);
            } catch (FileSystemException e) {
                throw new InvalidInputException(Messages.get("export.outputFile"), Messages.get("export.cannotReplace",
                        absolute, reason(e)));
            }
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** How long a temporary file must have been left alone before it counts as the leftover of an earlier run. */
    static final java.time.Duration LEFTOVER_AGE = java.time.Duration.ofMinutes(10);

    /**
     * Removes the hidden temporary files an earlier export to the same name left behind when it was killed (a
     * crash, a power cut): {@code .<name>.<hex>.partial}. One written in the last minutes may be another export
     * still running, and is left alone.
     */
    static void removeLeftovers(Path folder, String name) {
        String prefix = "." + name + ".";
        java.time.Instant before = java.time.Instant.now().minus(LEFTOVER_AGE);
        try (java.nio.file.DirectoryStream<Path> files = Files.newDirectoryStream(folder, prefix + "*.partial")) {
            for (Path p : files) {
                String middle = p.getFileName().toString().substring(prefix.length());
                middle = middle.substring(0, middle.length() - ".partial".length());
                if (middle.matches("[0-9a-f]{1,16}") && Files.getLastModifiedTime(p).toInstant().isBefore(before)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a leftover we cannot remove harms nothing but the folder's tidiness
        }
    }

    /** The operating system's words ("Permission denied", "Read-only file system"), without the temporary name. */
    private static String reason(FileSystemException e) {
        String reason = e.getReason();
        if (reason != null && !reason.isBlank()) {
            return reason;
        }
        return e instanceof java.nio.file.AccessDeniedException ? Messages.get("export.reason.denied")
                : e instanceof java.nio.file.NoSuchFileException ? Messages.get("export.reason.missing")
                : e.getClass().getSimpleName();
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
