package org.oscc.chamberlain.importing;

import java.util.Map;

/**
 * The keys that make two records the same for an import, by kind, in order of preference, e.g.
 * {@code {"name" -> "acmeinc", "e-mail" -> "bob@acme.org"}}. Keys are already normalized by the feature (its
 * name key, its e-mail key); null or empty keys are ignored.
 */
@FunctionalInterface
public interface DuplicateKeys<T> {
    Map<String, String> keysOf(T record);
}
