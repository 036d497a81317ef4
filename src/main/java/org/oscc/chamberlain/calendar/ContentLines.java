package org.oscc.chamberlain.calendar;

/**
 * Lays out iCalendar text as RFC 5545 asks: CRLF line ends and lines folded at 75 octets of UTF-8, never inside
 * a character. iCal4j's own folding counts characters, so a line of accented names could pass 75 octets.
 */
final class ContentLines {
    static final int MAX_OCTETS = 75;

    private ContentLines() {
    }

    /** Folds every line of unfolded content (lines ending in CRLF or LF) and ends each with CRLF. */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 32);
        int lineStart = 0;
        int n = unfolded.length();
        while (lineStart < n) {
            int lf = unfolded.indexOf('\n', lineStart);
            int lineEnd = lf < 0 ? n : lf;
            int contentEnd = lineEnd > lineStart && unfolded.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
            foldLine(unfolded, lineStart, contentEnd, out);
            lineStart = lf < 0 ? n : lf + 1;
        }
        return out.toString();
    }

    private static void foldLine(String s, int from, int to, StringBuilder out) {
        int octets = 0;
        int i = from;
        while (i < to) {
            int cp = s.codePointAt(i);
            int width = utf8Length(cp);
            if (octets + width > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1; // the leading space of a continuation line counts
            }
            out.appendCodePoint(cp);
            octets += width;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }

    static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
