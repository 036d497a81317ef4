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
        // the header is bold and carries the auto-filter's drop-down button; a long one takes two lines
        int chars = Math.max(Math.max(longest[column], headerChars(header) + 3), hint) + 2;
        return Math.min(Math.max(chars, MIN_CHARS), MAX_CHARS) * 256;
    }

    /** Headers longer than this go on two lines rather than widening their column (and shrinking the print). */
    static final int ONE_LINE_HEADER = 14;

    static boolean wraps(String header) {
        return displayLength(header) > ONE_LINE_HEADER && header.contains(" ");
    }

    /** Characters the header needs across: all of it, or the wider of its two lines when it wraps. */
    static int headerChars(String header) {
        int whole = displayLength(header);
        if (!wraps(header)) {
            return whole;
        }
        // the break that makes the longer of the two lines shortest (a little extra for bold)
        int best = whole;
        for (int i = header.indexOf(' '); i >= 0; i = header.indexOf(' ', i + 1)) {
            best = Math.min(best, Math.max(displayLength(header.substring(0, i)),
                    displayLength(header.substring(i + 1))));
        }
        return best + 1;
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
