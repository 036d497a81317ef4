package org.oscc.chamberlain.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Guesses which column fills which field from the header names alone. First, headers equal to a field's label or
 * synonym (after {@link HeaderNames#normalize}) are taken; then headers that contain a synonym of at least four
 * letters ("Primary contact e-mail" contains "email"), longest synonym first. Each column and each field is used
 * at most once; the user adjusts the rest.
 */
public final class HeaderGuesser {
    private static final int MIN_CONTAINED_LENGTH = 4;

    private HeaderGuesser() {
    }

    public static ColumnMapping guess(List<String> headers, List<ImportField> fields) {
        List<String> normalized = headers.stream().map(HeaderNames::normalize).toList();
        ColumnMapping mapping = ColumnMapping.empty(headers);
        Set<Integer> usedColumns = new HashSet<>();
        Set<String> usedFields = new HashSet<>();
        for (ImportField field : fields) {
            for (String synonym : field.headerSynonyms()) {
                int column = normalized.indexOf(HeaderNames.normalize(synonym));
                if (column >= 0 && !usedColumns.contains(column) && !usedFields.contains(field.key())) {
                    mapping = mapping.map(field.key(), column);
                    usedColumns.add(column);
                    usedFields.add(field.key());
                }
            }
        }
        record Candidate(String field, String synonym) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (ImportField field : fields) {
            for (String synonym : field.headerSynonyms()) {
                String n = HeaderNames.normalize(synonym);
                if (n.length() >= MIN_CONTAINED_LENGTH) {
                    candidates.add(new Candidate(field.key(), n));
                }
            }
        }
        candidates.sort(Comparator.comparingInt((Candidate c) -> c.synonym().length()).reversed());
        for (Candidate c : candidates) {
            if (usedFields.contains(c.field())) {
                continue;
            }
            for (int column = 0; column < normalized.size(); column++) {
                if (!usedColumns.contains(column) && normalized.get(column).contains(c.synonym())) {
                    mapping = mapping.map(c.field(), column);
                    usedColumns.add(column);
                    usedFields.add(c.field());
                    break;
                }
            }
        }
        return mapping;
    }
}
