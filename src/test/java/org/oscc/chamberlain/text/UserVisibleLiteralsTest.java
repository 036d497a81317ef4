package org.oscc.chamberlain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a person reads comes from the bundles: a scan of the sources for English sentences and capitalised words in
 * string literals. The files that still hold some are listed in i18n-literals-left.txt with their count; the list
 * only shrinks (a file not listed, or with more than its count, fails; one with fewer asks for its count lowered).
 */
class UserVisibleLiteralsTest {
    private static final Path MAIN = Path.of("src/main/java/org/oscc/chamberlain");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    /** Lines whose literals are for the log, a bug's exception, a style or a resource: not read by the organizer. */
    private static final Pattern NOT_SHOWN_LINE = Pattern.compile("LOG\\.|IllegalStateException|IllegalArgumentException"
            + "|UnsupportedOperationException|NoSuchElementException|AssertionError|UncheckedIOException|getResource"
            + "|\\.setId\\(|getStyleClass"
            + "|setStyle|lookup\\(|\\.class|System\\.getProperty|Pattern\\.compile|MissingResourceException");
    /** Two words, or one capitalised word: a sentence or a label. */
    private static final Pattern PROSE = Pattern.compile("[A-Za-z]{2,}[^\"]*\\s[^\"]*[A-Za-z]{2,}|^[A-Z][a-z]{2,}[a-z ]*$");
    /** Icons, CSS, paths, URIs, placeholders, keys, constants. */
    private static final Pattern NOT_PROSE = Pattern.compile(
            "^(mdi2|-fx-|/|\\.|<|\\w+:|#|%|\\{0|[a-z]+(\\.[a-zA-Z0-9_]+)+$|[A-Z_]+$)");
    /**
     * Not messages: the fictional sample chamber's data, SQL of the repositories, the headers people write in either
     * language that importing recognises, the date and time patterns.
     */
    private static final Pattern NOT_MESSAGES = Pattern.compile(
            "sample/.*|.*Repository\\.java|pledges/PledgeSql\\.java|members/MemberImportFields\\.java"
            + "|pledges/ContributionImportFields\\.java|pledges/PledgeImportFields\\.java"
            + "|text/DateTimeText\\.java|text/Messages\\.java");

    @Test
    void englishLiteralsAreLeftOnlyInTheListedFilesAndNoMoreOfThem() throws IOException {
        Map<String, Integer> found = scan();
        Map<String, Integer> left = listed();
        List<String> wrong = new ArrayList<>();
        found.forEach((file, n) -> {
            Integer allowed = left.get(file);
            if (allowed == null || n > allowed) {
                wrong.add(file + ": " + n + " literals a person reads (allowed " + (allowed == null ? 0 : allowed)
                        + "): move them into the bundle; " + examples(file));
            } else if (n < allowed) {
                wrong.add(file + ": now " + n + ", lower its count in i18n-literals-left.txt from " + allowed);
            }
        });
        left.forEach((file, n) -> {
            if (!found.containsKey(file)) {
                wrong.add(file + ": none left, drop it from i18n-literals-left.txt");
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void noScreenIsLeftOnTheList() throws IOException {
        assertThat(listed().keySet()).noneMatch(f -> f.contains("/ui/") || f.startsWith("app/") || f.startsWith("ui/"));
    }

    @Test
    void theScanSeesSentencesAndLabelsButNotKeysStylesOrLogLines() {
        assertThat(count("label.setText(\"No pledges yet.\");")).isEqualTo(1);
        assertThat(count("problems.add(\"percent\", \"Percent\", x);")).isEqualTo(1);
        assertThat(count("Messages.get(\"pledges.detail.none\");")).isZero();
        assertThat(count("icon(\"mdi2a-alert\"); node.getStyleClass().add(\"Some Class\");")).isZero();
        assertThat(count("LOG.warn(\"Could not open {}\", file);")).isZero();
        assertThat(count("orElseThrow(() -> new NoSuchElementException(\"No project with id \" + id));")).isZero();
        assertThat(count("new FontIcon(\"mdi2c-check\")")).isZero();
        assertThat(count("status.setText(\"\"); // \"Importing 2 rows\" must not stay")).isZero();
        assertThat(count("x = \"https://example.org\"; y = \"Two words\";")).isEqualTo(1);
    }

    static Map<String, Integer> scan() throws IOException {
        Map<String, Integer> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String name = MAIN.relativize(f).toString().replace('\\', '/');
                if (NOT_MESSAGES.matcher(name).matches()) {
                    continue;
                }
                int n = 0;
                for (String line : Files.readAllLines(f)) {
                    n += count(line);
                }
                if (n > 0) {
                    found.put(name, n);
                }
            }
        }
        return found;
    }

    static int count(String line) {
        String s = line.strip();
        if (s.startsWith("//") || s.startsWith("*") || s.startsWith("/*") || NOT_SHOWN_LINE.matcher(line).find()) {
            return 0;
        }
        if (line.contains("not a message")) {
            return 0; // data that reads the same in every language (SPDX identifiers and the like), marked so
        }
        int n = 0;
        Matcher m = LITERAL.matcher(withoutComment(line));
        while (m.find()) {
            String v = m.group(1);
            if (!NOT_PROSE.matcher(v).find() && PROSE.matcher(v).find()) {
                n++;
            }
        }
        return n;
    }

    /** The line without a trailing // comment (one outside a string literal). */
    private static String withoutComment(String line) {
        boolean inString = false;
        for (int i = 0; i < line.length() - 1; i++) {
            char c = line.charAt(i);
            if (c == '\\' && inString) {
                i++;
            } else if (c == '"') {
                inString = !inString;
            } else if (!inString && c == '/' && line.charAt(i + 1) == '/') {
                return line.substring(0, i);
            }
        }
        return line;
    }

    private static String examples(String file) {
        try {
            List<String> lines = Files.readAllLines(MAIN.resolve(file));
            return lines.stream().filter(l -> count(l) > 0).limit(3).map(String::strip).toList().toString();
        } catch (IOException e) {
            return "";
        }
    }

    static Map<String, Integer> listed() throws IOException {
        Map<String, Integer> left = new TreeMap<>();
        try (InputStream in = UserVisibleLiteralsTest.class.getResourceAsStream("i18n-literals-left.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    String[] parts = l.split("\\s+");
                    left.put(parts[0], Integer.parseInt(parts[1]));
                }
            }
        }
        return left;
    }
}
