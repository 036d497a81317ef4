package org.oscc.chamberlain.reports;

/**
 * Column widths from the longest content seen in the first rows of a sheet. POI's autoSizeColumn would measure
 * with AWT fonts on every tracked row, which is slow and on SXSSF only sees rows not yet flushed; a character
 * count is close enough for a report and costs nothing.
 */
final class ColumnWidths {
    /** Rows looked at; later rows rarely change the picture and are not measured, for speed. */
    static final int SAMPLE_ROWS = 1_000;
    static final int MIN_CHARS = 6;
    static final int MAX_CHARS = 60;
    /** Text in Arial takes about this share of as many digits (mixed case; a line of capitals takes more). */
    static final double TEXT_FACTOR = 0.9;

    private final int[] longest;

    ColumnWidths(int columns) {
        longest = new int[columns];
    }

    void seen(int column, int characters) {
        if (characters > longest[column]) {
            longest[column] = characters;
        }
    }

    /** Width in Excel's units (1/256 of a character) for a column with this header and minimum. */
    int width(int column, String header, int hint) {
        return width(column, header, hint, false);
    }

    /** As above; a text or date column (left-aligned or centred) needs only one character of room. */
    int width(int column, String header, int hint, boolean text) {
        // one character of room each side; the header is bold (headerChars counts one more). The auto-filter's
        // drop-down button may cover the end of a header on screen: it does not print, and every character of
        // width here shrinks the printed sheet
        int chars = Math.max(Math.max(longest[column], headerChars(header)), hint) + (text ? 1 : 2);
        return Math.min(Math.max(chars, MIN_CHARS), MAX_CHARS) * 256;
    }

    /**
     * Headers longer than this go on two or three lines rather than widening their column: every character of
     * width shrinks the printed page, and a sheet is printed to fit the paper's width.
     */
    static final int ONE_LINE_HEADER = 9;
    static final int MAX_HEADER_LINES = 3;

    static boolean wraps(String header) {
        return displayLength(header) > ONE_LINE_HEADER && header.contains(" ");
    }

    /** Characters the header needs across: all of it, or the widest of its lines when it wraps. */
    static int headerChars(String header) {
        return wraps(header) ? split(header)[0] + 1 : displayLength(header);
    }

    /** Lines the header takes (1 to 3). */
    static int headerLines(String header) {
        return wraps(header) ? split(header)[1] : 1;
    }

    /** The narrowest split of the header at spaces into at most three lines: {widest line, lines}. */
    private static int[] split(String header) {
        String[] words = header.split(" ");
        int two = displayLength(header);
        int three = two;
        for (int i = 1; i < words.length; i++) {
            two = Math.min(two, Math.max(line(words, 0, i), line(words, i, words.length)));
            for (int j = i + 1; j < words.length; j++) {
                three = Math.min(three, Math.max(line(words, 0, i),
                        Math.max(line(words, i, j), line(words, j, words.length))));
            }
        }
        // a third line only when it narrows the column by more than a character
        return three < two - 1 ? new int[] {three, MAX_HEADER_LINES} : new int[] {two, 2};
    }

    private static int line(String[] words, int from, int to) {
        return displayLength(String.join(" ", java.util.Arrays.asList(words).subList(from, to)));
    }

    /** Characters as a spreadsheet shows them: CJK and emoji take about two columns each. */
    static int displayLength(String text) {
        int length = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            length += cp >= 0x1100 && (cp <= 0x115F || cp >= 0x2E80) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return length;
    }

    /** Characters a number takes once formatted with grouping separators (and one decimal when asked). */
    static int numberLength(long value, int decimals) {
        String digits = Long.toString(Math.abs(value));
        int length = digits.length() + (digits.length() - 1) / 3 + (value < 0 ? 1 : 0);
        return decimals > 0 ? length + 1 + decimals : length;
    }
}
