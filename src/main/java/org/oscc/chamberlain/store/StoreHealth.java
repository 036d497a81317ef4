package org.oscc.chamberlain.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** What {@code chamberlain check} reports about a store. */
public record StoreHealth(Path file, int schemaVersion, int appSchemaVersion, List<String> integrityProblems,
        List<String> foreignKeyProblems, Map<String, Integer> rowCounts) {

    public StoreHealth {
        integrityProblems = List.copyOf(integrityProblems);
        foreignKeyProblems = List.copyOf(foreignKeyProblems);
        rowCounts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rowCounts)); // keeps the order
    }

    public boolean healthy() {
        return integrityProblems.isEmpty() && foreignKeyProblems.isEmpty() && schemaVersion == appSchemaVersion;
    }
}
