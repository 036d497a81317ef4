package org.oscc.chamberlain.members;

import java.util.Locale;

/**
 * How typed search text is looked up. Three characters or more: an FTS5 trigram phrase over the member_search_fts
 * table (any substring of a name, contact name or e-mail; Unicode case and accents folded). Fewer: the trigram index
 * cannot help, so the text matches the <em>start</em> of an organization's {@link NameKey} or of a contact's e-mail
 * address, both through an index (Unicode case folded in Java; accents kept). One or two letters as a substring would
 * match nearly everything anyway; as a prefix they narrow the roster the way people expect while they type.
 */
record SearchText(String ftsPhrase, String namePrefix, String emailPrefix) {
    static final int TRIGRAM = 3;

    /** Null when there is nothing to search for (blank text). */
    static SearchText of(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.codePointCount(0, text.length()) >= TRIGRAM) {
            // an FTS5 string: double quotes doubled, so that any text (AND, -, *, quotes) is taken literally
            return new SearchText("\"" + text.replace("\"", "\"\"") + "\"", null, null);
        }
        return new SearchText(null, NameKey.of(text), text.toLowerCase(Locale.ROOT));
    }

    boolean usesIndex() {
        return ftsPhrase != null;
    }

    /**
     * The smallest string greater than every string starting with {@code prefix} (last code point raised by one), so
     * that {@code column >= prefix AND column < upperBound} is an index range. SQLite compares text as UTF-8 bytes,
     * which orders like code points.
     */
    static String upperBound(String prefix) {
        int last = prefix.codePointBefore(prefix.length());
        String head = prefix.substring(0, prefix.length() - Character.charCount(last));
        int next = Math.min(last + 1, Character.MAX_CODE_POINT);
        if (next >= Character.MIN_SURROGATE && next <= Character.MAX_SURROGATE) {
            next = Character.MAX_SURROGATE + 1; // surrogates are not characters; the next one is U+E000
        }
        return head + new String(Character.toChars(next));
    }
}
