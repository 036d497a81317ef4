package org.oscc.chamberlain.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which column of a file fills which field, plus how to read its numeric dates. Immutable: each change returns a
 * new mapping. A column fills at most one field. Encoded as plain text lines to be remembered per header signature.
 */
public final class ColumnMapping {
    private final List<String> headers;
    private final Map<String, Integer> columns;
    private final DateOrder dateOrder;

    private ColumnMapping(List<String> headers, Map<String, Integer> columns, DateOrder dateOrder) {
        this.headers = List.copyOf(headers);
        this.columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        this.dateOrder = dateOrder;
    }

    /** No column mapped yet. */
    public static ColumnMapping empty(List<String> headers) {
        return new ColumnMapping(headers, Map.of(), DateOrder.UNDECIDED);
    }

    public List<String> headers() {
        return headers;
    }

    /** Field key -> 0-based column, in mapping order. */
    public Map<String, Integer> columns() {
        return columns;
    }

    public DateOrder dateOrder() {
        return dateOrder;
    }

    /** The 0-based column of a field, or -1 when no column fills it. */
    public int columnOf(String fieldKey) {
        return columns.getOrDefault(fieldKey, -1);
    }

    public boolean isMapped(String fieldKey) {
        return columns.containsKey(fieldKey);
    }

    /** The header of the column that fills a field, or null. */
    public String headerOf(String fieldKey) {
        int column = columnOf(fieldKey);
        return column < 0 ? null : headers.get(column);
    }

    /** Maps a column to a field; a field previously fed by that column loses it. */
    public ColumnMapping map(String fieldKey, int column) {
        if (column < 0 || column >= headers.size()) {
            throw new IllegalArgumentException("no column " + column + " among " + headers.size());
        }
        Map<String, Integer> next = new LinkedHashMap<>(columns);
        next.values().removeIf(c -> c == column);
        next.put(fieldKey, column);
        return new ColumnMapping(headers, next, dateOrder);
    }

    public ColumnMapping withDateOrder(DateOrder order) {
        return new ColumnMapping(headers, columns, order);
    }

    /** Required fields no column fills: an import cannot start until this is empty. */
    public List<ImportField> missingRequired(List<ImportField> fields) {
        List<ImportField> missing = new ArrayList<>();
        for (ImportField f : fields) {
            if (f.required() && !isMapped(f.key())) {
                missing.add(f);
            }
        }
        return missing;
    }

    /** Headers of columns that fill no field (they are ignored by the import). */
    public List<String> unmappedHeaders() {
        List<String> unused = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            if (!columns.containsValue(i)) {
                unused.add(headers.get(i));
            }
        }
        return unused;
    }

    public String signature() {
        return HeaderNames.signature(headers);
    }

    /** "dateOrder=DAY_FIRST" then one "field.KEY=COLUMN" line per mapped field. */
    public String encode() {
        StringBuilder s = new StringBuilder("dateOrder=").append(dateOrder.name()).append('\n');
        columns.forEach((key, column) -> s.append("field.").append(key).append('=').append(column).append('\n'));
        return s.toString();
    }

    /** Reads what {@link #encode()} wrote, for a file with these headers; lines that no longer fit are dropped. */
    public static ColumnMapping decode(List<String> headers, String text) {
        ColumnMapping mapping = empty(headers);
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String name = line.substring(0, eq).trim();
            String value = line.substring(eq + 1).trim();
            try {
                if (name.equals("dateOrder")) {
                    mapping = mapping.withDateOrder(DateOrder.valueOf(value));
                } else if (name.startsWith("field.")) {
                    int column = Integer.parseInt(value);
                    if (column >= 0 && column < headers.size()) {
                        mapping = mapping.map(name.substring("field.".length()), column);
                    }
                }
            } catch (IllegalArgumentException e) {
                // a line from an older or hand-edited mapping: the user maps that field again
            }
        }
        return mapping;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ColumnMapping m && m.headers.equals(headers) && m.columns.equals(columns)
                && m.dateOrder == dateOrder;
    }

    @Override
    public int hashCode() {
        return columns.hashCode() * 31 + dateOrder.hashCode();
    }

    @Override
    public String toString() {
        return "ColumnMapping" + columns + " " + dateOrder;
    }
}
