package org.oscc.chamberlain.importing;

import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values of one stored row before an import changed it, as text that restores them exactly, storage class
 * included: one {@code column=TAG:value} line per column, TAG being N (null), I (integer), R (real), T (text) or
 * B (blob, hex). Backslashes, line feeds and carriage returns in values are escaped, so notes keep their lines.
 */
public record RowSnapshot(Map<String, Object> values) {

    public RowSnapshot {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public String encode() {
        StringBuilder s = new StringBuilder();
        values.forEach((column, value) -> {
            s.append(escape(column)).append('=');
            if (value == null) {
                s.append('N');
            } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                    || value instanceof Byte || value instanceof Boolean) {
                s.append("I:").append(value instanceof Boolean b ? (b ? 1 : 0) : value);
            } else if (value instanceof Double || value instanceof Float) {
                s.append("R:").append(Double.toString(((Number) value).doubleValue()));
            } else if (value instanceof byte[] bytes) {
                s.append("B:").append(HexFormat.of().formatHex(bytes));
            } else {
                s.append("T:").append(escape(value.toString()));
            }
            s.append('\n');
        });
        return s.toString();
    }

    public static RowSnapshot decode(String text) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0 || eq + 1 >= line.length()) {
                throw new IllegalArgumentException("not a row snapshot line: " + line);
            }
            String column = unescape(line.substring(0, eq));
            char tag = line.charAt(eq + 1);
            String value = tag == 'N' ? null : line.substring(eq + 3);
            values.put(column, switch (tag) {
                case 'N' -> null;
                case 'I' -> Long.parseLong(value);
                case 'R' -> Double.parseDouble(value);
                case 'B' -> HexFormat.of().parseHex(value);
                case 'T' -> unescape(value);
                default -> throw new IllegalArgumentException("unknown value tag " + tag + " in: " + line);
            });
        }
        return new RowSnapshot(values);
    }

    private static String escape(String s) {
        if (s.indexOf('\\') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
