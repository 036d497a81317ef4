package org.oscc.chamberlain.calendar;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** File names that every desktop system accepts, made from people's names and session titles. */
final class SafeFileNames {
    static final int MAX_LENGTH = 100;
    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4",
            "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8",
            "LPT9");

    private SafeFileNames() {
    }

    /**
     * Accents dropped (Zoë -> Zoe), characters that some system refuses removed or replaced, spaces collapsed,
     * no leading or trailing dots, at most 100 characters.
     */
    static String of(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        StringBuilder s = new StringBuilder(ascii.length());
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                    || c == '.' || c == ' ' || c == '(' || c == ')') {
                s.append(c);
            } else if (c == ',' || c == ';' || c == ':' || c == '/' || c == '\\' || c == '|' || Character.isWhitespace(c)) {
                s.append(' ');
            }
        }
        String name = s.toString().replaceAll(" {2,}", " ").strip().replaceAll("^[. ]+|[. ]+$", "");
        if (name.length() > MAX_LENGTH) {
            name = name.substring(0, MAX_LENGTH).strip();
        }
        if (name.isEmpty()) {
            name = "invite";
        }
        if (RESERVED.contains(name.toUpperCase(Locale.ROOT))) {
            name = "_" + name;
        }
        return name;
    }

    /** {@code name}, or "name (2)", "name (3)"... so that no two are the same (compared without case). */
    static String unique(String name, Set<String> used) {
        String candidate = name;
        for (int n = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = name + " (" + n + ")";
        }
        return candidate;
    }
}
