package org.oscc.chamberlain.importing;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Compares header names and choice words the way people see them: case, accents, spaces and punctuation ignored. */
public final class HeaderNames {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private HeaderNames() {
    }

    /** "Nom de l'organisation" -> "nomdelorganisation"; "E-mail" -> "email"; "Effectif TI" -> "effectifti". */
    public static String normalize(String text) {
        StringBuilder ascii = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return normalizeUnicode(text);
            }
            if (c >= 'A' && c <= 'Z') {
                ascii.append((char) (c + ('a' - 'A')));
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                ascii.append(c);
            }
        }
        return ascii.toString();
    }

    private static String normalizeUnicode(String text) {
        String plain = text.indexOf('\u0153') >= 0 || text.indexOf('\u0152') >= 0
                ? text.replace("\u0153", "oe").replace("\u0152", "OE") : text;
        String stripped = MARKS.matcher(Normalizer.normalize(plain, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder out = new StringBuilder(stripped.length());
        stripped.toLowerCase(Locale.ROOT).codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * The key under which a column mapping is remembered: the normalized headers in order, joined by "|".
     * Two files whose headers differ only in case, accents or punctuation share it.
     */
    public static String signature(List<String> headers) {
        StringBuilder s = new StringBuilder();
        for (String h : headers) {
            if (s.length() > 0) {
                s.append('|');
            }
            s.append(normalize(h));
        }
        return s.toString();
    }
}
