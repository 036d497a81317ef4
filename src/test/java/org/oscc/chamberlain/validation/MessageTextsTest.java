package org.oscc.chamberlain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a person reads never starts with an internal name: no message of the bundle begins with a key, a table or
 * an enum constant, and no refusal (InvalidInputException, Problem) names its field by a table or class name.
 */
class MessageTextsTest {
    /** "import batch: ...", "pitch_night: ...", "members.kind: ...": an identifier and a colon. */
    private static final Pattern INTERNAL_START = Pattern.compile(
            "^(?:[a-z]+(?:[._][a-z]+)+|[a-z]+ [a-z]+|[a-z_]+|[A-Z]+_[A-Z_]+)\\s*:.*", Pattern.DOTALL);
    /**
     * The field a refusal names: the first string literal given to a Problem or an InvalidInputException, or, where a
     * form field's key comes first (Problem.at, problems.add(key, label, message)), the label after it; a key whose
     * label comes from the bundle is not a name a person reads.
     */
    private static final Pattern REFUSAL_FIELD = Pattern.compile(
            "(?:new InvalidInputException\\(|Problem\\.of\\(|Problem\\.at\\(|problems\\.add\\()\\s*\"([^\"]*)\""
            + "(?:\\s*,\\s*\"([^\"]*)\"\\s*,|\\s*,\\s*((?:label|Messages\\.get)\\())?");
    /** Names of things as the program calls them, where the screens say member, pitch night, chamber. */
    private static final List<String> INTERNAL_FIELDS = List.of("Store", "Session", "Organization", "Batch");

    @Test
    void noMessageOfTheBundleStartsWithAnInternalName() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/org/oscc/chamberlain/i18n/messages.properties")) {
            bundle.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(bundle).isNotEmpty();
        List<String> internal = bundle.stringPropertyNames().stream().sorted()
                .filter(k -> INTERNAL_START.matcher(bundle.getProperty(k)).matches())
                .map(k -> k + "=" + bundle.getProperty(k)).toList();
        assertThat(internal).isEmpty();
    }

    @Test
    void theCheckRecognisesAnInternalName() {
        assertThat(INTERNAL_START.matcher("import batch: Import 3 cannot be undone").matches()).isTrue();
        assertThat(INTERNAL_START.matcher("pitch_night: 4").matches()).isTrue();
        assertThat(INTERNAL_START.matcher("DAY_FIRST: 3 April").matches()).isTrue();
        assertThat(INTERNAL_START.matcher("Import 3 was undone: the members are as they were").matches()).isFalse();
        assertThat(INTERNAL_START.matcher("Member since").matches()).isFalse();
    }

    @Test
    void everyRefusalNamesItsFieldAsTheScreensDo() throws IOException {
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = REFUSAL_FIELD.matcher(Files.readString(f));
                while (m.find()) {
                    if (m.group(3) != null) {
                        continue; // a form field's key, shown under its label from the bundle
                    }
                    String field = m.group(2) != null ? m.group(2) : m.group(1);
                    boolean cliName = field.startsWith("--") || field.equals("FILE");
                    boolean plain = field.isEmpty() || cliName
                            || Character.isUpperCase(field.charAt(0)) && !field.contains("_")
                            && !INTERNAL_FIELDS.contains(field);
                    if (!plain) {
                        wrong.add(f.getFileName() + ": \"" + field + "\"");
                    }
                }
            }
        }
        assertThat(wrong).as("fields named by an internal name").isEmpty();
    }
}
