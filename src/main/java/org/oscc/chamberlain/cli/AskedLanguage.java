package org.oscc.chamberlain.cli;

import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The language a run asked for with {@code --lang}, wherever on the line it stood (before or after the command):
 * for {@code export} and {@code send}, the language of the file or e-mails too, over the chamber's document
 * language. Without {@code --lang} those follow the chamber's setting (decision 12), while the command's own words
 * follow the system's language.
 */
final class AskedLanguage {
    private AskedLanguage() {
    }

    /** The language given with --lang on this command or any command above it, or empty when none was given. */
    static Optional<Locale> of(CommandSpec spec) {
        for (CommandLine c = spec.commandLine(); c != null; c = c.getParent()) {
            CommandLine.ParseResult parsed = c.getParseResult();
            OptionSpec lang = parsed == null ? null : parsed.matchedOption("--lang");
            if (lang != null && lang.getValue() != null) {
                return Optional.of(lang.getValue());
            }
        }
        return Optional.empty();
    }
}
