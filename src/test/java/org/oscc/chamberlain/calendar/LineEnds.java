package org.oscc.chamberlain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks that an e-mail or an .ics file ends every line with CRLF (RFC 5322, RFC 5545): no bare LF, no bare CR.
 * Every test that reads back an e-mail or a calendar it wrote goes through here.
 */
public final class LineEnds {
    private LineEnds() {
    }

    public static Path assertCrlfOnly(Path file) {
        try {
            assertCrlfOnly(Files.readAllBytes(file), file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    public static String assertCrlfOnly(String text) {
        assertCrlfOnly(text.getBytes(StandardCharsets.UTF_8), "the text");
        return text;
    }

    public static void assertCrlfOnly(byte[] content, String name) {
        int line = 1;
        for (int i = 0; i < content.length; i++) {
            byte b = content[i];
            if (b == '\n') {
                int at = line;
                assertThat(i > 0 && content[i - 1] == '\r').as("%s: line %d ends with a bare LF", name, at).isTrue();
                line++;
            } else if (b == '\r') {
                int at = line;
                assertThat(i + 1 < content.length && content[i + 1] == '\n')
                        .as("%s: line %d holds a bare CR", name, at).isTrue();
            }
        }
        assertThat(line).as("%s has line breaks", name).isGreaterThan(1);
    }
}
