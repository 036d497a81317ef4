package org.oscc.chamberlain.members;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form of a name that decides whether two organizations (or projects) are the same: "ACME Inc." and "acme inc"
 * are; "Müller" and "Muller" are not.
 *
 * <ol>
 *   <li>Unicode NFKC, so that look-alike forms meet (full-width "ＡＣＭＥ" is "ACME", "™" is "TM", a composed and a
 *       decomposed "é" are one letter);</li>
 *   <li>lower case by {@link Locale#ROOT}, never the machine's locale (a Turkish machine must not turn "I" into "ı");</li>
 *   <li>spaces, punctuation and invisible format characters (zero-width joiners, soft hyphens) dropped;</li>
 *   <li>everything else kept: letters and digits of every script, combining marks (Devanagari vowel signs), and symbols
 *       such as "+" (C++ is not C) and emoji (so "🦊 Labs" is not "Labs").</li>
 * </ol>
 * Accents are kept on purpose: Müller and Muller can be two firms, and a wrongly refused name is worse for the
 * organizer than a near-duplicate they can see side by side in the roster.
 */
public final class NameKey {
    private NameKey() {
    }

    /** The key of {@code name}; empty when the name has nothing but spaces and punctuation. */
    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(folded.length());
        folded.codePoints().filter(NameKey::kept).forEach(key::appendCodePoint);
        return key.toString();
    }

    private static boolean kept(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
            return false;
        }
        return switch (Character.getType(codePoint)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION, Character.CONTROL,
                    Character.FORMAT -> false;
            default -> true;
        };
    }
}
