package org.oscc.chamberlain.reports;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

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

    public static void write(Path target, Content content) throws IOException, ExportCancelledException {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw new IOException(absolute + " is a folder, not a file name.");
        }
        Files.createDirectories(folder);
        // not Files.createTempFile: its owner-only permissions would stay on the finished file
        Path temp = folder.resolve("." + absolute.getFileName() + "." + Long.toHexString(RANDOM.nextLong())
                + ".partial");
        boolean done = false;
        try {
            try (OutputStream out = new BufferedOutputStream(
                    Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
                content.writeTo(out);
            }
            moveIntoPlace(temp, absolute);
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
