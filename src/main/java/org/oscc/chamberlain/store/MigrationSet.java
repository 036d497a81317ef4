package org.oscc.chamberlain.store;

import java.util.List;

/**
 * The migrations this build of Chamberlain knows: where Flyway finds them and the highest version among them.
 * A store whose history goes beyond {@link #latestVersion()} was written by a newer Chamberlain.
 */
public record MigrationSet(List<String> locations, int latestVersion) {
    /** The app's own migrations (src/main/resources/db/migration). Raise with every new V file. */
    public static final MigrationSet APP = new MigrationSet(List.of("classpath:db/migration"), 6);

    public MigrationSet {
        locations = List.copyOf(locations);
    }
}
