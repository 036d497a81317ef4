package org.oscc.chamberlain.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderGuesserTest {
    static final List<ImportField> FIELDS = List.of(
            ImportField.of("name", "Organization", ValueType.TEXT, "Organisation", "Company", "Entreprise",
                    "Nom de l'organisation", "Nom").asRequired(),
            ImportField.of("email", "E-mail", ValueType.EMAIL, "Email", "Email address", "Courriel", "Adresse courriel"),
            ImportField.of("city", "City", ValueType.TEXT, "Ville", "Town"),
            ImportField.of("sector", "Sector", ValueType.TEXT, "Secteur", "Industry"),
            ImportField.of("it", "IT headcount", ValueType.COUNT, "Effectif TI", "IT staff"),
            ImportField.of("status", "Status", ValueType.CHOICE, "Statut"),
            ImportField.of("since", "Member since", ValueType.DATE, "Membre depuis", "Joined"),
            ImportField.of("renewal", "Renewal", ValueType.DATE, "Renouvellement", "Renewal due"));

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Courriel|email", "E-mail|email", "Email address|email", "EMAIL|email", "Nom de l'organisation|name",
        "Organization|name", "Company|name", "Ville|city", "City|city", "Secteur|sector", "Effectif TI|it",
        "IT headcount|it", "Statut|status", "Membre depuis|since", "Renouvellement|renewal", "renewal due|renewal",
        "  Nom de l’Organisation ! |name", "Adresse  courriel|email", "Primary contact e-mail|email",
        "Date de renouvellement|renewal"})
    void headersInEnglishOrFrenchAreRecognised(String header, String field) {
        ColumnMapping mapping = HeaderGuesser.guess(List.of("Something else", header), FIELDS);

        assertThat(mapping.columnOf(field)).isEqualTo(1);
    }

    @Test
    void aWholeFrenchHeaderRowMapsEveryColumnOnce() {
        List<String> headers = List.of("Nom de l'organisation", "Ville", "Secteur", "Effectif TI", "Statut",
                "Membre depuis", "Renouvellement", "Courriel", "Commentaires");

        ColumnMapping mapping = HeaderGuesser.guess(headers, FIELDS);

        assertThat(mapping.columns()).containsEntry("name", 0).containsEntry("city", 1).containsEntry("sector", 2)
                .containsEntry("it", 3).containsEntry("status", 4).containsEntry("since", 5)
                .containsEntry("renewal", 6).containsEntry("email", 7).hasSize(8);
        assertThat(mapping.unmappedHeaders()).containsExactly("Commentaires");
        assertThat(mapping.missingRequired(FIELDS)).isEmpty();
    }

    @Test
    void anExactMatchWinsOverAContainedOne() {
        ColumnMapping mapping = HeaderGuesser.guess(List.of("Contact email notes", "Email"), FIELDS);

        assertThat(mapping.columnOf("email")).isEqualTo(1);
    }

    @Test
    void unknownHeadersLeaveRequiredFieldsMissing() {
        ColumnMapping mapping = HeaderGuesser.guess(List.of("foo", "bar"), FIELDS);

        assertThat(mapping.columns()).isEmpty();
        assertThat(mapping.missingRequired(FIELDS)).extracting(ImportField::key).containsExactly("name");
    }

    @Test
    void signatureIgnoresCaseAccentsAndPunctuationButNotOrder() {
        assertThat(HeaderNames.signature(List.of("Nom de l'organisation", "Ville")))
                .isEqualTo(HeaderNames.signature(List.of("NOM DE L ORGANISATION", "ville ")))
                .isEqualTo("nomdelorganisation|ville")
                .isNotEqualTo(HeaderNames.signature(List.of("Ville", "Nom de l'organisation")));
    }

    @Test
    void mappingIsAdjustableAndSurvivesEncoding() {
        List<String> headers = List.of("A", "B", "C");
        ColumnMapping mapping = ColumnMapping.empty(headers).map("name", 0).map("city", 1).map("email", 1)
                .withDateOrder(DateOrder.DAY_FIRST);

        assertThat(mapping.columns()).containsExactly(java.util.Map.entry("name", 0), java.util.Map.entry("email", 1));
        assertThat(mapping.headerOf("email")).isEqualTo("B");
        assertThat(ColumnMapping.decode(headers, mapping.encode())).isEqualTo(mapping);
    }

    @Test
    void decodingDropsLinesThatNoLongerFit() {
        ColumnMapping decoded = ColumnMapping.decode(List.of("A"), "dateOrder=SIDEWAYS\nfield.name=0\nfield.city=7\n"
                + "garbage\nfield.x=abc\n");

        assertThat(decoded.columns()).containsExactly(java.util.Map.entry("name", 0));
        assertThat(decoded.dateOrder()).isEqualTo(DateOrder.UNDECIDED);
    }
}
