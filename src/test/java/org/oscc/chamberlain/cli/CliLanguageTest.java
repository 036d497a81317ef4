package org.oscc.chamberlain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.text.Messages;

/** The command line speaks the system's language, or the one --lang asks for, and leaves the process as it was. */
class CliLanguageTest {
    @TempDir
    Path dir;

    @Test
    void langFrenchPrintsTheCheckInFrench() {
        Path db = dir.resolve("chamber.db");
        CliRunner.Result r = CliRunner.run("--lang", "fr", "check", "--db", db.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.DONE);
        assertThat(r.out()).contains("Intégrité\u00a0:", "En bon état.").doesNotContain("Healthy");
    }

    @Test
    void langCanStandAfterTheCommandAndWithAnEqualsSign() {
        Path db = dir.resolve("chamber.db");
        CliRunner.Result r = CliRunner.run("demo", "--db", db.toString(), "--lang=fr");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.DONE);
        assertThat(r.out()).contains("Chambre d’exemple chargée dans", "Tous les noms et toutes les adresses");
        CliRunner.Result english = CliRunner.run("--lang", "en", "check", "--db", db.toString());
        assertThat(english.out()).contains("Integrity:    ok", "Healthy.");
    }

    @Test
    void aRunLeavesTheLanguageItFound() {
        Locale before = Messages.locale();
        CliRunner.run("--lang", "fr", "check", "--db", dir.resolve("c.db").toString());
        assertThat(Messages.locale()).isEqualTo(before);
    }

    @Test
    void aLanguageChamberlainDoesNotSpeakIsAUsageError() {
        CliRunner.Result r = CliRunner.run("--lang", "de", "check", "--db", dir.resolve("c.db").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("say fr or en");
    }

    @Test
    void theLanguageIsFoundWhereverItStands() {
        assertThat(Cli.languageOf(new String[] {"check", "--lang", "fr"})).contains(Messages.FRENCH);
        assertThat(Cli.languageOf(new String[] {"--lang=en-US", "check"})).contains(Messages.ENGLISH);
        assertThat(Cli.languageOf(new String[] {"check"})).isEmpty();
        assertThat(Cli.languageOf(new String[] {"import", "members", "--", "--lang", "fr"})).isEmpty();
    }
}
