package org.oscc.chamberlain.importing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The keys of what the store already holds, loaded once before a dry run (a query per row would cost more than the
 * whole import): kind and key -> row id and a label to show the user.
 */
public final class ExistingRecords {
    /** A stored record an imported row matches. */
    public record Existing(long id, String label) {
    }

    private final Map<String, Existing> byKey = new HashMap<>();

    public static ExistingRecords none() {
        return new ExistingRecords();
    }

    /** Adds a stored record under one of its keys; the first record put under a key keeps it. */
    public ExistingRecords put(String kind, String key, long id, String label) {
        if (key != null && !key.isEmpty()) {
            byKey.putIfAbsent(kind + '\u0000' + key, new Existing(id, label));
        }
        return this;
    }

    public Optional<Existing> find(String kind, String key) {
        return Optional.ofNullable(byKey.get(kind + '\u0000' + key));
    }

    public int size() {
        return byKey.size();
    }
}
