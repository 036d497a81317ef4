package org.oscc.chamberlain.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oscc.chamberlain.text.Messages;

/**
 * A plain-text table with aligned columns for the terminal. Widths count what a terminal shows: CJK and emoji take
 * two cells, combining marks none; line breaks and tabs inside a value are shown as spaces.
 */
final class TextTable {
    private static final String GAP = "  ";
    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(List<String> headers) {
        this.headers = List.copyOf(headers);
    }

    void add(List<String> row) {
        rows.add(row.stream().map(v -> v == null ? "" : v.replaceAll("[\\r\\n\\t]+", " ")).toList());
    }

    void print(PrintWriter out) {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width(headers.get(i));
        }
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        printRow(headers, widths, out);
        List<String> rules = new ArrayList<>();
        for (int w : widths) {
            rules.add("-".repeat(w));
        }
        printRow(rules, widths, out);
        rows.forEach(r -> printRow(r, widths, out));
    }

    private static void printRow(List<String> cells, int[] widths, PrintWriter out) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            String cell = cells.get(i);
            line.append(cell);
            if (i < widths.length - 1) {
                line.append(" ".repeat(widths[i] - width(cell))).append(GAP);
            }
        }
        out.println(line.toString().stripTrailing());
    }

    /**
     * One line per count, "  organizations    1 234": each name's label from the bundle ({@code keyPrefix} + the name,
     * spaces as underscores), the numbers aligned and written as the run's language writes them.
     */
    static void printCounts(Map<String, Integer> counts, String keyPrefix, PrintWriter out) {
        Map<String, String> lines = new LinkedHashMap<>();
        counts.forEach((name, n) -> lines.put(Messages.get(keyPrefix + name.replace(' ', '_')),
                Messages.numbers(0).format(n)));
        int labels = lines.keySet().stream().mapToInt(TextTable::width).max().orElse(0);
        int numbers = lines.values().stream().mapToInt(TextTable::width).max().orElse(0);
        lines.forEach((label, n) -> out.println("  " + label + " ".repeat(labels - width(label) + 2)
                + " ".repeat(numbers - width(n)) + n));
    }

    /** Terminal cells taken by {@code text}. */
    static int width(String text) {
        return text.codePoints().map(TextTable::cellsOf).sum();
    }

    private static int cellsOf(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        boolean wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F)
                || (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD);
        return wide ? 2 : 1;
    }
}
