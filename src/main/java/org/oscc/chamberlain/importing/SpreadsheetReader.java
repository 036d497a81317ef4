package org.oscc.chamberlain.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.oscc.chamberlain.validation.InvalidInputException;
import org.oscc.chamberlain.text.Messages;

/**
 * Opens a spreadsheet by what it contains, not by its name: an .xlsx workbook (a zip) or a CSV / tab-separated
 * text file in UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252. Anything else, an empty file, a file
 * with a header but no data, or a damaged one, is refused with a message that names the file and, where it can,
 * the row.
 */
public final class SpreadsheetReader {
    /** Longest row accepted, in characters: longer is a damaged file, not a roster. */
    public static final int MAX_ROW_CHARS = 1 << 20;
    private static final int HEAD_BYTES = 64 * 1024;

    private SpreadsheetReader() {
    }

    /** Opens the file and reads its header row; the caller closes the source. */
    public static SheetSource open(Path file) throws InvalidInputException {
        String name = file.getFileName().toString();
        byte[] head = head(file, name);
        SheetSource source = openByContent(file, name, head);
        try {
            SheetRow first = source.next();
            if (first == null) {
                throw new InvalidInputException("", Messages.get("importing.file.noData", name,
                        Integer.toString(source.headerRowNumber())));
            }
            return new PeekedSource(source, first);
        } catch (InvalidInputException | RuntimeException e) {
            source.close();
            throw e;
        }
    }

    /** The header and up to {@code maxRows} first data rows, for showing the user what was found. */
    public static SheetPreview preview(Path file, int maxRows) throws InvalidInputException {
        try (SheetSource source = open(file)) {
            List<SheetRow> rows = new ArrayList<>();
            SheetRow row;
            while (rows.size() < maxRows && (row = source.next()) != null) {
                rows.add(row);
            }
            return new SheetPreview(source.description(), source.headers(), rows);
        }
    }

    private static byte[] head(Path file, String name) throws InvalidInputException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("", Messages.get("importing.file.missing", name));
        } catch (IOException e) {
            throw new InvalidInputException("", Messages.get("importing.file.unreadable", name, e.getMessage()));
        }
    }

    private static SheetSource openByContent(Path file, String name, byte[] head) throws InvalidInputException {
        String lowerName = name.toLowerCase(Locale.ROOT);
        if (head.length == 0 || new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).isBlank()) {
            throw new InvalidInputException("", Messages.get("importing.file.empty", name));
        }
        if (startsWith(head, "PK")) {
            return openWorkbook(file, name);
        }
        if (startsWith(head, "%PDF")) {
            throw notSpreadsheet(name, Messages.get("importing.file.pdf"));
        }
        if ((head[0] & 0xFF) == 0xD0 && head.length > 3 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11) {
            throw notSpreadsheet(name, Messages.get("importing.file.xls"));
        }
        if (lowerName.endsWith(".xlsx") || lowerName.endsWith(".xlsm")) {
            throw notSpreadsheet(name, Messages.get("importing.file.fakeXlsx"));
        }
        try {
            CsvDialect dialect = CsvDialect.detect(file, head);
            if (looksBinary(head, dialect)) {
                throw notSpreadsheet(name, Messages.get("importing.file.binary"));
            }
            return new CsvSheetSource(file, dialect);
        } catch (IOException e) {
            throw new InvalidInputException("", Messages.get("importing.file.unreadable", name, e.getMessage()));
        }
    }

    private static SheetSource openWorkbook(Path file, String name) throws InvalidInputException {
        try {
            return new XlsxSheetSource(file);
        } catch (InvalidInputException e) {
            throw e;
        } catch (Exception e) {
            org.slf4j.LoggerFactory.getLogger(SpreadsheetReader.class).warn("{} could not be opened", name, e);
            if (XlsxSheetSource.looksLikeZipBomb(e)) {
                throw notSpreadsheet(name, Messages.get("importing.file.bomb"));
            }
            throw notSpreadsheet(name, Messages.get("importing.file.badZip"));
        }
    }

    private static InvalidInputException notSpreadsheet(String name, String why) {
        return new InvalidInputException("", Messages.get("importing.file.notSpreadsheet", name, why));
    }

    private static boolean startsWith(byte[] head, String ascii) {
        if (head.length < ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (head[i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** NUL bytes outside UTF-16, or more than 1 in 200 characters being control codes, mean it is not text. */
    private static boolean looksBinary(byte[] head, CsvDialect dialect) {
        String text = new String(head, dialect.bomBytes(), head.length - dialect.bomBytes(), dialect.charset());
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == '\uFFFD') {
                control++;
            }
        }
        return control > 0 && (control * 200 > text.length() || text.indexOf('\0') >= 0);
    }

    static String tooLong() {
        return Messages.get("importing.row.tooLong", MAX_ROW_CHARS);
    }

    /** Trims header cells and names empty ones after their column letter, so every column can be mapped and shown. */
    static List<String> cleanHeaders(List<String> raw) {
        List<String> headers = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            String h = raw.get(i).strip();
            if (i == 0 && h.startsWith("\uFEFF")) {
                h = h.substring(1).strip();
            }
            headers.add(h.isEmpty() ? Messages.get("importing.column.unnamed", columnLetter(i)) : h);
        }
        while (!headers.isEmpty() && raw.get(headers.size() - 1).isBlank()) {
            headers.remove(headers.size() - 1); // trailing delimiters Excel leaves on the header line
        }
        return List.copyOf(headers);
    }

    /** 0 -> A, 25 -> Z, 26 -> AA. */
    public static String columnLetter(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            s.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return s.toString();
    }

    /** Hands out the data row read ahead (to refuse a header-only file) before the rest. */
    private static final class PeekedSource implements SheetSource {
        private final SheetSource inner;
        private SheetRow peeked;

        PeekedSource(SheetSource inner, SheetRow peeked) {
            this.inner = inner;
            this.peeked = peeked;
        }

        @Override
        public List<String> headers() {
            return inner.headers();
        }

        @Override
        public int headerRowNumber() {
            return inner.headerRowNumber();
        }

        @Override
        public String description() {
            return inner.description();
        }

        @Override
        public SheetRow next() throws InvalidInputException {
            if (peeked != null) {
                SheetRow row = peeked;
                peeked = null;
                return row;
            }
            return inner.next();
        }

        @Override
        public void close() {
            inner.close();
        }
    }
}
