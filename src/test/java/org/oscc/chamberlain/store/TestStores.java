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

    public static Store open(Path file, Clock clock) {
        try {
            return new StoreOpener(MigrationSet.APP, clock).open(file);
        } catch (StoreUnavailableException e) {
            throw new AssertionError("test store could not be opened: " + e.getMessage(), e);
        }
    }
}
