package org.oscc.chamberlain.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Shows a choice (an enum constant, a record) in words; read-only, for combo boxes whose text is not typed. */
public final class TextConverter {
    private TextConverter() {
    }

    /** A converter that shows {@code text} of each value and an empty text for none. */
    public static <T> StringConverter<T> of(Function<T, String> text) {
        return of(text, () -> "");
    }

    /** A converter that shows {@code text} of each value and {@code none} for no value (a filter's "Any ..."). */
    public static <T> StringConverter<T> of(Function<T, String> text, java.util.function.Supplier<String> none) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? none.get() : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
