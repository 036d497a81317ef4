package org.oscc.chamberlain.reports;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.poi.util.TempFile;
import org.apache.poi.util.TempFileCreationStrategy;

/**
 * Puts POI's temporary files (the sheets of a streamed workbook, before they are zipped into the .xlsx) in a folder
 * of this process's own, instead of POI's shared {@code <tmp>/poifiles}.
 *
 * <p>Why: POI creates {@code /tmp/poifiles} once, owned by whichever user exported first and writable by that user
 * only, so on a machine with several accounts (or after anything running as root used POI) every other user's export
 * failed with "AccessDeniedException: /tmp/poifiles/poi-sxssf-sheet....xml". The folder here is made on first use
 * with {@link Files#createTempDirectory} (owner-only permissions, a fresh name every time), and removed when the
 * program exits.
 */
public final class PrivateTempFiles implements TempFileCreationStrategy {
    private final Path parent;
    private Path folder;

    /** @param parent where the private folder is made (normally {@code java.io.tmpdir}) */
    public PrivateTempFiles(Path parent) {
        this.parent = parent;
    }

    /** Makes every POI temporary file of this process go to a private folder under {@code java.io.tmpdir}. */
    public static void useForThisProcess() {
        TempFile.setTempFileCreationStrategy(new PrivateTempFiles(Path.of(System.getProperty("java.io.tmpdir"))));
    }

    @Override
    public File createTempFile(String prefix, String suffix) throws IOException {
        return Files.createTempFile(folder(), prefix, suffix).toFile();
    }

    @Override
    public File createTempDirectory(String prefix) throws IOException {
        return Files.createTempDirectory(folder(), prefix).toFile();
    }

    /** The private folder, made on first use (and again if something removed it meanwhile). */
    synchronized Path folder() throws IOException {
        if (folder == null || !Files.isDirectory(folder)) {
            Files.createDirectories(parent);
            Path made = Files.createTempDirectory(parent, "chamberlain-poi-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(made), "chamberlain-temp-cleanup"));
            folder = made;
        }
        return folder;
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // leftovers in the temporary folder are the system's to clean; exiting must not fail over them
        }
    }
}
