package org.oscc.chamberlain.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The two bundles hold the same keys, with the same placeholders, and every key the sources name is there, and every
 * key there is named by the sources: a screen never shows a key, and no translated sentence is left behind.
 */
class MessageBundlesTest {
    private static final Path MAIN = Path.of("src/main");
    /** A string literal, and whether it is followed by {@code +} (a key made from a value: "members.kind." + kind). */
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"(\\s*\\+)?");
    private static final Pattern PICOCLI_KEY = Pattern.compile("\\$\\{bundle:([A-Za-z0-9_.]+)");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
    private static final Pattern KEY_SHAPE = Pattern.compile("[a-z][A-Za-z]*(\\.[A-Za-z0-9_]+)+");
    /** A key's first parts, ending in a dot: "pledges.status.", "memberImport.". */
    private static final Pattern PREFIX_SHAPE = Pattern.compile("[a-z][A-Za-z]*(\\.[A-Za-z0-9_]+)*\\.");

    static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/org/oscc/chamberlain/i18n/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void frenchHoldsEveryEnglishKeyAndNoOther() throws IOException {
        Set<String> english = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> french = new TreeSet<>(load("messages_fr.properties").stringPropertyNames());
        Set<String> untranslated = new TreeSet<>(english);
        untranslated.removeAll(french);
        Set<String> extra = new TreeSet<>(french);
        extra.removeAll(english);
        assertThat(untranslated).as("keys without a French message").isEmpty();
        assertThat(extra).as("French keys that English does not have").isEmpty();
    }

    @Test
    void everyTranslationHasTheSamePlaceholders() throws IOException {
        Properties english = load("messages.properties");
        Properties french = load("messages_fr.properties");
        List<String> differing = new ArrayList<>();
        for (String key : new TreeSet<>(english.stringPropertyNames())) {
            String fr = french.getProperty(key);
            if (fr != null && !placeholders(english.getProperty(key)).equals(placeholders(fr))) {
                differing.add(key + ": " + placeholders(english.getProperty(key)) + " / " + placeholders(fr));
            }
        }
        assertThat(differing).isEmpty();
    }

    @Test
    void frenchWritesTheTypographicApostropheSoThatNoPlaceholderIsSwallowed() throws IOException {
        // in a MessageFormat pattern a lone ' starts a quoted run: "l'organisation {0}" would never show {0}
        Properties french = load("messages_fr.properties");
        List<String> plain = french.stringPropertyNames().stream().sorted()
                .filter(k -> french.getProperty(k).contains("'")).toList();
        assertThat(plain).isEmpty();
    }

    @Test
    void frenchSaysCourrielAndOneWordForPitchNights() throws IOException {
        Properties french = load("messages_fr.properties");
        List<String> english = french.stringPropertyNames().stream().sorted()
                .filter(k -> Pattern.compile("(?i)\\be-?mail|pitch night|soirée de pitch")
                        .matcher(french.getProperty(k)).find()).toList();
        assertThat(english).isEmpty();
        assertThat(french.getProperty("section.pitchNights")).isEqualTo("Soirées de présentations");
    }

    @Test
    void everyKeyTheSourcesNameIsInTheBundle() throws IOException {
        Properties english = load("messages.properties");
        Set<String> families = new TreeSet<>();
        english.stringPropertyNames().forEach(k -> families.add(k.substring(0, k.indexOf('.') < 0 ? k.length()
                : k.indexOf('.'))));
        Sources sources = Sources.read();
        List<String> missing = sources.literals.stream()
                .filter(l -> KEY_SHAPE.matcher(l).matches() && families.contains(l.substring(0, l.indexOf('.'))))
                .filter(l -> !english.containsKey(l) && !sources.notKeys(l) && !sources.prefixes.contains(l)).sorted()
                .toList();
        assertThat(missing).as("keys named in the sources but missing from the bundle").isEmpty();
    }

    @Test
    void everyKeyOfTheBundleIsNamedByTheSources() throws IOException {
        Properties english = load("messages.properties");
        Sources sources = Sources.read();
        List<String> unused = english.stringPropertyNames().stream().sorted()
                .filter(k -> !sources.literals.contains(k))
                .filter(k -> sources.prefixes.stream().noneMatch(k::startsWith)).toList();
        assertThat(unused).as("keys no source names").isEmpty();
    }

    @Test
    void aMissingKeyThrowsInsteadOfShowingTheKey() {
        assertThatThrownBy(() -> Messages.get("no.such.key")).isInstanceOf(MissingResourceException.class)
                .hasMessageContaining("no.such.key");
        assertThatThrownBy(() -> Messages.in(Messages.FRENCH, "no.such.key"))
                .isInstanceOf(MissingResourceException.class);
    }

    @Test
    void eachLanguageSpeaksItsOwnWordsAndNumbers() {
        assertThat(Messages.in(Messages.ENGLISH, "section.pledges")).isEqualTo("Pledges");
        assertThat(Messages.in(Messages.FRENCH, "section.pledges")).isEqualTo("Engagements");
        assertThat(Messages.in(Locale.FRANCE, "section.members")).isEqualTo("Membres");
        assertThat(Messages.in(Locale.GERMAN, "section.members")).isEqualTo("Members");
        assertThat(Messages.in(Messages.ENGLISH, "members.count", 1234, 5678)).isEqualTo("1,234 of 5,678 shown");
        assertThat(Messages.in(Messages.FRENCH, "members.count", 1234, 5678))
                .matches("1[\u00a0\u202f]234 sur 5[\u00a0\u202f]678 affichées");
    }

    @Test
    void theLanguageOfARunIsFoundFromATag() {
        assertThat(Messages.forTag("fr")).contains(Messages.FRENCH);
        assertThat(Messages.forTag("fr_CA")).contains(Messages.FRENCH);
        assertThat(Messages.forTag("FR")).contains(Messages.FRENCH);
        assertThat(Messages.forTag("en-US")).contains(Messages.ENGLISH);
        assertThat(Messages.forTag("de")).isEmpty();
        assertThat(Messages.forTag(" ")).isEmpty();
    }

    /** The top-level arguments of a pattern and how each is formatted: "{0}:String {1}:ChoiceFormat". */
    private static String placeholders(String pattern) {
        MessageFormat format = new MessageFormat(pattern, Locale.ROOT);
        Format[] byIndex = format.getFormatsByArgumentIndex();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < byIndex.length; i++) {
            out.append('{').append(i).append("}:")
                    .append(byIndex[i] == null ? "text" : byIndex[i].getClass().getSimpleName()).append(' ');
        }
        return out.toString().strip();
    }

    /** Every string literal of the Java sources and every %key of the FXML views. */
    private static final class Sources {
        final Set<String> literals = new TreeSet<>();
        /** Literals that start a key made from a value ("pledges.status." + status.name()). */
        final Set<String> prefixes = new TreeSet<>();
        /** Literals shaped like keys that are something else: setting names stored in the chamber, file names. */
        private final Set<String> others = new TreeSet<>();

        static Sources read() throws IOException {
            Sources s = new Sources();
            try (Stream<Path> files = Files.walk(MAIN)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String name = f.getFileName().toString();
                    if (name.endsWith(".java")) {
                        String text = Files.readString(f);
                        Matcher m = LITERAL.matcher(text);
                        // picocli's ${bundle:cli.help.check} in a command's annotation names a key too
                        Matcher picocli = PICOCLI_KEY.matcher(text);
                        while (picocli.find()) {
                            s.literals.add(picocli.group(1));
                        }
                        while (m.find()) {
                            s.literals.add(m.group(1));
                            // "pledges.status." + status.name(), or a prefix handed on ("memberImport.")
                            if (m.group(2) != null || m.group(1).endsWith(".")) {
                                s.prefixes.add(m.group(1));
                            }
                        }
                        // the mail feature's setting names and Jakarta Mail's session properties: mail.smtp.host
                        if (f.getParent().endsWith("mail")) {
                            Matcher property = Pattern.compile("\"(mail\\.[a-z.]+)\"").matcher(text);
                            while (property.find()) {
                                s.others.add(property.group(1));
                            }
                        }
                        if (name.equals("SettingsService.java")) {
                            Matcher setting = Pattern.compile("static final String \\w+ = \"([^\"]+)\"").matcher(text);
                            while (setting.find()) {
                                s.others.add(setting.group(1));
                            }
                        }
                    } else if (name.endsWith(".fxml")) {
                        Matcher m = FXML_KEY.matcher(Files.readString(f));
                        while (m.find()) {
                            s.literals.add(m.group(1));
                        }
                    }
                }
            }
            s.prefixes.removeIf(p -> !PREFIX_SHAPE.matcher(p).matches()
                    && !KEY_SHAPE.matcher(p.replaceAll("\\.$", "")).matches());
            return s;
        }

        boolean notKeys(String literal) {
            return others.contains(literal) || literal.endsWith(".ics") || literal.endsWith(".eml")
                    || literal.matches(".*\\.example\\.(net|org|com)"); // a host name shown as an example
        }
    }
}
