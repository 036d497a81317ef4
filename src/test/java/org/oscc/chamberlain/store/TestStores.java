package org.oscc.chamberlain.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** Real SQLite stores in a test's temporary folder. */
public final class TestStores {
    /** A fixed "now" for tests that depend on today: 2026-06-15 12:00 in Toronto. */
    public static final Clock FIXED_CLOCK = Clock.fixed(Instant.parse("2026-06-15T16:00:00Z"),
            ZoneId.of("America/Toronto"));

    private TestStores() {
    }

    /** Opens (creating and migrating) a fresh store file in {@code folder}. */
    public static Store fresh(Path folder) {
        return open(folder.resolve("chamber.db"), Clock.systemDefaultZone());
    }

    public static Store fresh(Path folder, Clock clock) {
        return open(folder.resolve("chamber.db"), clock);
    }

    /**
     * Opens {@code file}, first copying a migrated template there when it does not exist yet: running Flyway once per
     * test JVM instead of once per test keeps the suite fast. The template is made by the real StoreOpener.
     */
    public static Store open(Path file, Clock clock) {
        try {
            if (!java.nio.file.Files.exists(file)) {
                java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
                java.nio.file.Files.copy(template(), file);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return openAsIs(file, clock);
    }

    private static Path template;

    private static synchronized Path template() throws java.io.IOException {
        if (template == null) {
            Path folder = java.nio.file.Files.createTempDirectory("chamberlain-template");
            Path file = folder.resolve("template.db");
            // a backup (VACUUM INTO) is one complete file, with nothing left in a -wal beside it
            try (Store seed = openAsIs(folder.resolve("seed.db"), Clock.systemDefaultZone())) {
                seed.backupTo(file);
            }
            template = file;
        }
        return template;
    }

    private static Store openAsIs(Path file, Clock clock) {
        try {
            return new StoreOpener(MigrationSet.APP, clock).open(file);
        } catch (StoreUnavailableException e) {
            throw new AssertionError("test store could not be opened: " + e.getMessage(), e);
        }
    }

    /** A chamber file at {@code file} holding the sample chamber, as "Load sample chamber" fills it (real clock). */
    public static void sampleChamber(Path file) {
        try (Store store = open(file, Clock.systemDefaultZone())) {
            new org.oscc.chamberlain.sample.SampleChamberService(
                    new org.oscc.chamberlain.sample.SampleChamberRepository(store),
                    new org.oscc.chamberlain.settings.SettingsService(
                            new org.oscc.chamberlain.settings.SettingsRepository(store)), store.clock()).load(false);
        } catch (Exception e) {
            throw new AssertionError("the sample chamber could not be loaded", e);
        }
    }
}
