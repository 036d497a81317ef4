package org.oscc.chamberlain.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.text.Messages;
import org.oscc.chamberlain.validation.InvalidInputException;

/**
 * Importing reads French headers and values in either language, and says what is wrong in the organizer's: the same
 * bad values give English reasons in English and French ones, with « » and the French month, in French.
 */
class ImportingInFrenchTest {
    private static final String NBSP = "\u00a0";
    private final ValueParsers parsers = new ValueParsers(DateOrder.UNDECIDED);
    private Locale before;
    @TempDir
    Path dir;

    @BeforeEach
    void remember() {
        before = Messages.locale();
    }

    @AfterEach
    void restore() {
        Messages.use(before);
    }

    @Test
    void frenchValuesAreReadInEitherLanguage() {
        for (Locale language : Messages.LANGUAGES) {
            Messages.use(language);
            assertThat(parsers.count("1 200").value()).isEqualTo(1200);
            assertThat(parsers.hours("1,5").value()).isEqualTo(90);
            assertThat(parsers.bool("oui").value()).isTrue();
            assertThat(parsers.date("3 avril 2025").value()).hasToString("2025-04-03");
            assertThat(parsers.percentBasisPoints("24,5 %").value()).isEqualTo(2450);
        }
    }

    @Test
    void badValuesAreExplainedInTheLanguageOfTheRun() {
        Messages.use(Messages.ENGLISH);
        assertThat(parsers.email("bob(at)example.org").problem())
                .isEqualTo("\"bob(at)example.org\" is not an e-mail address");
        assertThat(parsers.date("03/04/2025").problem()).contains("could be 3 April 2025 or 4 March 2025");
        assertThat(parsers.hours("1,2,3").problem()).startsWith("\"1,2,3\" is not a duration");

        Messages.use(Messages.FRENCH);
        assertThat(parsers.email("bob(at)example.org").problem())
                .isEqualTo("«" + NBSP + "bob(at)example.org" + NBSP + "» n’est pas une adresse courriel");
        assertThat(parsers.date("03/04/2025").problem()).contains("ce peut être le 3 avril 2025 ou le 4 mars 2025");
        assertThat(parsers.date("31/02/2025").problem()).contains("il n’y a pas de 31 février 2025");
        assertThat(parsers.hours("1,2,3").problem()).startsWith("«" + NBSP + "1,2,3" + NBSP + "» n’est pas une durée");
        assertThat(parsers.percentBasisPoints("beaucoup").problem()).contains("n’est pas un pourcentage");
        assertThat(parsers.bool("peut-être").problem()).contains("n’est ni oui ni non");
        assertThat(parsers.count("-3").problem()).contains("est inférieur à zéro");
    }

    @Test
    void aFileThatIsNotASpreadsheetIsRefusedInFrench() throws Exception {
        Messages.use(Messages.FRENCH);
        Path pdf = dir.resolve("liste.csv");
        Files.write(pdf, "%PDF-1.7 pas un tableur".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> SpreadsheetReader.preview(pdf, 1)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("liste.csv n’est pas une feuille de calcul" + NBSP + ": c’est un document PDF");

        Path headerOnly = dir.resolve("vide.csv");
        Files.writeString(headerOnly, "Nom;Courriel\n");
        assertThatThrownBy(() -> SpreadsheetReader.preview(headerOnly, 1)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("vide.csv a une ligne d’en-tête (ligne 1), mais aucune ligne de données");

        Path sheet = dir.resolve("membres.csv");
        Files.writeString(sheet, "Nom;;Courriel\nAcme;;a@acme.example.org\n");
        SheetPreview preview = SpreadsheetReader.preview(sheet, 1);
        assertThat(preview.description()).isEqualTo("membres.csv (CSV, UTF-8, séparé par des points-virgules)");
        assertThat(preview.headers()).containsExactly("Nom", "Colonne B", "Courriel");
    }
}
