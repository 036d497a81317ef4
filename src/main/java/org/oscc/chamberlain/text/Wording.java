package org.oscc.chamberlain.text;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A sentence not yet put into words: a message key of the bundle and its arguments, written out in the language of
 * whoever shows it (a screen, a CLI run). Arguments may be numbers (written as the language writes them), dates
 * (in the one date form of {@link DateTimeText}) or other wordings (a field's label inside a sentence). A wording
 * without a key is text that is already words: a column header of the user's own file, a name they typed.
 */
public record Wording(String key, List<Object> arguments) {

    public Wording {
        arguments = List.copyOf(arguments);
    }

    /** The message {@code key} of the bundle with {@code arguments}; nulls among them are written as "". */
    public static Wording of(String key, Object... arguments) {
        Objects.requireNonNull(key, "key");
        return new Wording(key, Arrays.stream(arguments).map(a -> a == null ? "" : a).toList());
    }

    /** Text that is already words and reads the same in every language (a header of the user's file). */
    public static Wording plain(String text) {
        return new Wording(null, List.of(text == null ? "" : text));
    }

    /** Whether this is text as given rather than a message of the bundle. */
    public boolean isPlain() {
        return key == null;
    }

    /** In the current language. */
    public String text() {
        return in(Messages.locale());
    }

    /** In {@code locale}. */
    public String in(Locale locale) {
        if (key == null) {
            return (String) arguments.get(0);
        }
        Object[] shown = arguments.stream().map(a -> shown(a, locale)).toArray();
        return Messages.in(locale, key, shown);
    }

    private static Object shown(Object argument, Locale locale) {
        if (argument instanceof Wording w) {
            return w.in(locale);
        }
        if (argument instanceof LocalDate d) {
            return DateTimeText.date(d);
        }
        return argument;
    }

    @Override
    public String toString() {
        return text();
    }
}
