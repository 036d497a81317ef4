package org.oscc.chamberlain.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oscc.chamberlain.text.Messages;

/**
 * A field an import fills (an organization's name, a contribution's hours...): its key for code, its English label,
 * the header names (English and French) it is recognised by, whether a row needs it, its value type, and for
 * {@link ValueType#CHOICE} the allowed codes each with the words people write for them.
 *
 * <pre>{@code
 * ImportField.of("status", "Status", ValueType.CHOICE, "Status", "Statut", "Member status")
 *     .withChoice("ACTIVE", "active", "actif", "member", "membre")
 *     .withChoice("LAPSED", "lapsed", "expired", "échu", "expiré")
 * }</pre>
 */
public record ImportField(String key, String label, List<String> headerSynonyms, boolean required, ValueType type,
        Map<String, List<String>> choices) {

    public ImportField {
        headerSynonyms = List.copyOf(headerSynonyms);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        choices.forEach((code, words) -> copy.put(code, List.copyOf(words)));
        choices = java.util.Collections.unmodifiableMap(copy);
    }

    /** An optional field recognised by its label and the given header names. */
    public static ImportField of(String key, String label, ValueType type, String... headerSynonyms) {
        List<String> synonyms = new ArrayList<>(List.of(headerSynonyms));
        if (!synonyms.contains(label)) {
            synonyms.add(0, label);
        }
        return new ImportField(key, label, synonyms, false, type, Map.of());
    }

    /**
     * The label a person reads, in the run's language: the bundle's {@code importing.field.<key>} (the same key means
     * the same thing in every import), else the English label.
     */
    public String shownLabel() {
        String labelKey = "importing.field." + key;
        return Messages.has(labelKey) ? Messages.get(labelKey) : label;
    }

    public ImportField asRequired() {
        return new ImportField(key, label, headerSynonyms, true, type, choices);
    }

    /** Adds a code (e.g. "ACTIVE") with the words that mean it; the code itself always matches too. */
    public ImportField withChoice(String code, String... words) {
        Map<String, List<String>> more = new LinkedHashMap<>(choices);
        more.put(code, List.of(words));
        return new ImportField(key, label, headerSynonyms, required, type, more);
    }
}
