package org.oscc.chamberlain.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.oscc.chamberlain.text.Messages;

/**
 * How a plain-text spreadsheet was written: its encoding (by byte-order mark, else UTF-8 if the whole file is valid
 * UTF-8, else Windows-1252, which is what Excel writes on Windows) and its delimiter (Excel's "sep=" line, else
 * whichever of comma, semicolon or tab appears the same number of times, outside quotes, on most of the first lines).
 */
record CsvDialect(Charset charset, String encodingName, int bomBytes, char delimiter, boolean sepLine) {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char[] CANDIDATES = {',', ';', '\t'};
    private static final int SAMPLE_LINES = 20;

    static CsvDialect detect(Path file, byte[] head) throws IOException {
        Charset charset;
        String name;
        int bom = 0;
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            name = Messages.get("importing.encoding.utf8Bom");
            bom = 3;
        } else if (startsWith(head, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            name = "UTF-16LE";
            bom = 2;
        } else if (startsWith(head, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            name = "UTF-16BE";
            bom = 2;
        } else if (isValidUtf8(file)) {
            charset = StandardCharsets.UTF_8;
            name = "UTF-8";
        } else {
            charset = WINDOWS_1252;
            name = "Windows-1252";
        }
        String sample = new String(head, bom, head.length - bom, charset);
        if (sample.startsWith("sep=") && sample.length() > 4 && isLineEnd(sample, 5)) {
            return new CsvDialect(charset, name, bom, sample.charAt(4), true);
        }
        return new CsvDialect(charset, name, bom, guessDelimiter(sample), false);
    }

    String describeDelimiter() {
        return switch (delimiter) {
            case '\t' -> Messages.get("importing.delimiter.tab");
            case ';' -> Messages.get("importing.delimiter.semicolon");
            case ',' -> Messages.get("importing.delimiter.comma");
            default -> Messages.get("importing.delimiter.other", String.valueOf(delimiter));
        };
    }

    private static boolean isLineEnd(String s, int i) {
        return i >= s.length() || s.charAt(i) == '\n' || s.charAt(i) == '\r';
    }

    private static boolean startsWith(byte[] head, int... bytes) {
        if (head.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    /** Streams the whole file through a strict decoder: one stray Windows-1252 byte at row 90,000 counts. */
    static boolean isValidUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        CharBuffer out = CharBuffer.allocate(64 * 1024);
        try (InputStream stream = Files.newInputStream(file)) {
            byte[] chunk = new byte[32 * 1024];
            int n;
            while ((n = stream.read(chunk)) >= 0) {
                in.put(chunk, 0, n).flip();
                if (!decodeInto(decoder, in, out, false)) {
                    return false;
                }
                in.compact();
            }
            in.flip();
            return decodeInto(decoder, in, out, true) && !decoder.flush(out).isError();
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean decodeInto(CharsetDecoder decoder, ByteBuffer in, CharBuffer out, boolean last)
            throws CharacterCodingException {
        while (true) {
            out.clear();
            CoderResult result = decoder.decode(in, out, last);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                // an incomplete sequence at the very end of the file is malformed too
                return !last || !in.hasRemaining();
            }
        }
    }

    /** Counts each candidate outside quotes on the first lines and prefers the one whose count is steady. */
    static char guessDelimiter(String sample) {
        int[][] counts = new int[CANDIDATES.length][SAMPLE_LINES];
        int lines = 0;
        boolean quoted = false;
        boolean lineHasText = false;
        for (int i = 0; i < sample.length() && lines < SAMPLE_LINES; i++) {
            char c = sample.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (lineHasText) {
                    lines++;
                }
                lineHasText = false;
                continue;
            } else if (!quoted) {
                for (int k = 0; k < CANDIDATES.length; k++) {
                    if (c == CANDIDATES[k]) {
                        counts[k][lines]++;
                    }
                }
            }
            lineHasText = true;
        }
        // a last line cut off by the sample's end is left out, unless it is the only one
        int complete = Math.max(1, lines);
        char best = ',';
        int bestSteady = 0;
        int bestHeader = 0;
        for (int k = 0; k < CANDIDATES.length; k++) {
            int header = counts[k][0];
            if (header == 0) {
                continue;
            }
            int steady = 0;
            for (int line = 0; line < complete; line++) {
                if (counts[k][line] == header) {
                    steady++;
                }
            }
            if (steady > bestSteady || (steady == bestSteady && header > bestHeader)) {
                best = CANDIDATES[k];
                bestSteady = steady;
                bestHeader = header;
            }
        }
        return best;
    }
}
