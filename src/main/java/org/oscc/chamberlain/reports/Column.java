package org.oscc.chamberlain.reports;

import java.util.Objects;
import java.util.function.Function;

/**
 * One column of an export: its header, what kind of cells it holds, how to get the value from a row (null for an
 * empty cell), and an optional minimum width in characters (0 = decided by the content alone).
 */
public record Column<T>(String header, CellKind kind, Function<? super T, ?> value, int widthHint) {

    public Column {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        if (widthHint < 0) {
            throw new IllegalArgumentException("width hint must be 0 or more");
        }
    }

    public static <T> Column<T> of(String header, CellKind kind, Function<? super T, ?> value) {
        return new Column<>(header, kind, value, 0);
    }

    public static <T> Column<T> text(String header, Function<? super T, ?> value) {
        return of(header, CellKind.TEXT, value);
    }

    /** The same column with at least {@code characters} of width. */
    public Column<T> withWidth(int characters) {
        return new Column<>(header, kind, value, characters);
    }

    /** The value of this column in {@code row}. */
    public Object valueOf(T row) {
        return value.apply(row);
    }
}
