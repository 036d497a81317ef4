package org.oscc.chamberlain.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueParsersTest {
    private final ValueParsers undecided = new ValueParsers(DateOrder.UNDECIDED);

    @ParameterizedTest(name = "count \"{0}\" = {1}")
    @CsvSource(delimiter = '|', value = {
        "42|42", "1,200|1200", "1 200|1200", "1\u00A0200|1200", "1\u202F200|1200", "1.200|1200", "1'200|1200",
        "1,200,000|1200000", "1.200.000|1200000", "12.0|12", "12,00|12", "  7  |7", "0|0", "1 200,00|1200",
        "1,200.00|1200"})
    void countsAcceptThousandsSeparators(String text, int expected) {
        assertThat(undecided.count(text).value()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "count \"{0}\" refused: {1}")
    @CsvSource(delimiter = '|', value = {
        "1.5|not a whole number", "1,5|not a whole number", "-3|below zero", "12 people|not a number",
        "12,34,567|not thousands", "abc|not a number", "99999999999|too large", "1,2,3|not thousands"})
    void countsThatCannotBeReadAreReported(String text, String reason) {
        Parsed<Integer> parsed = undecided.count(text);
        assertThat(parsed.failed()).isTrue();
        assertThat(parsed.problem()).contains(reason);
    }

    @ParameterizedTest(name = "hours \"{0}\" = {1} min")
    @CsvSource(delimiter = '|', value = {
        "1.5|90", "1,5|90", "1:30|90", "1:30:00|90", "90 min|90", "90min|90", "45 minutes|45", "2|120", "2h|120",
        "2 h|120", "2 hours|120", "3 heures|180", "1h30|90", "1 h 30|90", "1h30min|90", "0.25|15", "0,75|45",
        "1.333333|80", "0.250|15", "1 200|72000", "1,250.5|75030", "10 mn|10", "0|0"})
    void hoursBecomeMinutes(String text, int minutes) {
        assertThat(undecided.hours(text).value()).isEqualTo(minutes);
    }

    @ParameterizedTest(name = "minutes \"{0}\" = {1}")
    @CsvSource(delimiter = '|', value = {"90|90", "1.5 h|90", "1:15|75", "30 min|30", "2h|120"})
    void minutesTakeABareNumberAsMinutes(String text, int minutes) {
        assertThat(undecided.minutes(text).value()).isEqualTo(minutes);
    }

    @ParameterizedTest(name = "hours \"{0}\" refused: {1}")
    @CsvSource(delimiter = '|', value = {
        "1,500|ambiguous", "1.500|ambiguous", "two|not a duration", "3 days|unknown unit", "-1|below zero",
        "1h75|75 minutes", "1:75|not a duration"})
    void hoursThatCannotBeReadAreReported(String text, String reason) {
        Parsed<Integer> parsed = undecided.hours(text);
        assertThat(parsed.failed()).isTrue();
        assertThat(parsed.problem()).contains(reason);
    }

    @ParameterizedTest(name = "percent \"{0}\" = {1} bp")
    @CsvSource(delimiter = '|', value = {"2.5|250", "2,5 %|250", "2.5%|250", "100|10000", "0.01|1", "10%|1000"})
    void percentagesBecomeBasisPoints(String text, int bp) {
        assertThat(undecided.percentBasisPoints(text).value()).isEqualTo(bp);
    }

    @ParameterizedTest(name = "bool \"{0}\" = {1}")
    @CsvSource(delimiter = '|', value = {
        "yes|true", "Yes|true", "OUI|true", "true|true", "TRUE|true", "vrai|true", "1|true", "x|true", "X|true",
        "no|false", "Non|false", "false|false", "faux|false", "0|false", "N|false"})
    void booleansInEnglishAndFrench(String text, boolean expected) {
        assertThat(undecided.bool(text).value()).isEqualTo(expected);
    }

    @Test
    void blankCellsAreEmptyNotProblems() {
        for (ValueType type : ValueType.values()) {
            Parsed<?> parsed = undecided.parse(ImportField.of("f", "F", type), "   ");
            assertThat(parsed.isEmpty()).as(type.name()).isTrue();
        }
    }

    @Test
    void booleanNonsenseIsReported() {
        assertThat(undecided.bool("maybe").problem()).contains("not yes or no");
    }

    @ParameterizedTest(name = "status \"{0}\" = {1}")
    @CsvSource(delimiter = '|', value = {
        "active|ACTIVE", "ACTIVE|ACTIVE", "Actif|ACTIVE", "  membre |ACTIVE", "Échu|LAPSED", "echu|LAPSED",
        "lapsed|LAPSED", "Non-profit|NON_PROFIT", "non profit|NON_PROFIT", "OBNL|NON_PROFIT"})
    void choicesIgnoreCaseAccentsAndPunctuation(String text, String code) {
        ImportField field = ImportField.of("status", "Status", ValueType.CHOICE)
                .withChoice("ACTIVE", "actif", "member", "membre")
                .withChoice("LAPSED", "échu", "expired")
                .withChoice("NON_PROFIT", "OBNL", "organisme sans but lucratif");

        assertThat(undecided.parse(field, text).value()).isEqualTo(code);
    }

    @Test
    void unknownChoiceListsTheAllowedCodes() {
        Map<String, String> lookup = ValueParsers.choiceLookup(ImportField.of("s", "S", ValueType.CHOICE)
                .withChoice("ACTIVE").withChoice("LAPSED"));

        assertThat(undecided.choice("gone", lookup).problem()).isEqualTo("\"gone\" is not one of ACTIVE, LAPSED");
    }

    @ParameterizedTest(name = "website \"{0}\" = {1}")
    @CsvSource(delimiter = '|', value = {
        "example.org|https://example.org", "www.example.org/about|https://www.example.org/about",
        "http://example.org|http://example.org", "HTTPS://Example.org|https://Example.org",
        "example.org:8080/x|https://example.org:8080/x", "café.fr|https://café.fr",
        "//cdn.example.org|https://cdn.example.org"})
    void websitesGetAScheme(String text, String url) {
        assertThat(undecided.website(text).value()).isEqualTo(url);
    }

    @ParameterizedTest(name = "website \"{0}\" refused")
    @ValueSource(strings = {"not a site", "localhost", "ftp://example.org", "mailto:bob@example.org", "example..org"})
    void nonWebsitesAreReported(String text) {
        assertThat(undecided.website(text).problem()).contains("is not a web address");
    }

    @ParameterizedTest(name = "email \"{0}\" = {1}")
    @CsvSource(delimiter = '|', value = {
        "bob@example.org|bob@example.org", " Bob.O'Neil@Example.ORG |Bob.O'Neil@Example.ORG",
        "mailto:ann@example.org|ann@example.org", "josé@exemple.québec|josé@exemple.québec"})
    void emailsAreLooselyChecked(String text, String email) {
        assertThat(undecided.email(text).value()).isEqualTo(email);
    }

    @ParameterizedTest(name = "email \"{0}\" refused: {1}")
    @CsvSource(delimiter = '|', value = {
        "bob(at)example.org|not an e-mail", "bob@example|not an e-mail", "@example.org|not an e-mail",
        "bob @example.org|not an e-mail", "a@x.org; b@y.org|more than one", "a@x.org, b@y.org|more than one",
        "Bob <bob@example.org>|not an e-mail"})
    void nonEmailsAreReported(String text, String reason) {
        assertThat(undecided.email(text).problem()).contains(reason);
    }

    @ParameterizedTest(name = "date \"{0}\" = {1}")
    @CsvSource(delimiter = '|', value = {
        "2025-04-03|2025-04-03", "2025-4-3|2025-04-03", "2025/04/03|2025-04-03", "2025-04-03 00:00:00|2025-04-03",
        "2025-04-03T00:00|2025-04-03", "3 April 2025|2025-04-03", "3 Apr 2025|2025-04-03",
        "03-Apr-2025|2025-04-03", "April 3, 2025|2025-04-03", "Apr 3 2025|2025-04-03", "Sept. 30, 2025|2025-09-30",
        "3 avril 2025|2025-04-03", "1er avril 2025|2025-04-01", "3 avr. 2025|2025-04-03", "15 févr. 2025|2025-02-15",
        "15 fevrier 2025|2025-02-15", "jeudi 3 avril 2025|2025-04-03", "Thursday, April 3, 2025|2025-04-03",
        "12 août 2025|2025-08-12", "31 décembre 2025|2025-12-31", "13/04/2025|2025-04-13", "04/13/2025|2025-04-13",
        "13.04.2025|2025-04-13", "05/05/2025|2025-05-05", "29/02/2024|2024-02-29"})
    void unambiguousDatesAreRead(String text, LocalDate date) {
        assertThat(undecided.date(text).value()).isEqualTo(date);
    }

    @ParameterizedTest(name = "{1} \"{0}\" = {2}")
    @CsvSource(delimiter = '|', value = {
        "03/04/2025|DAY_FIRST|2025-04-03", "03/04/2025|MONTH_FIRST|2025-03-04", "3-4-2025|DAY_FIRST|2025-04-03",
        "13/04/2025|DAY_FIRST|2025-04-13", "04/13/2025|MONTH_FIRST|2025-04-13"})
    void theChosenOrderReadsAmbiguousDates(String text, DateOrder order, LocalDate date) {
        assertThat(new ValueParsers(order).date(text).value()).isEqualTo(date);
    }

    @Test
    void ambiguousDateWithoutAChosenOrderIsAProblemNamingBothReadings() {
        Parsed<LocalDate> parsed = undecided.date("03/04/2025");

        assertThat(parsed.value()).isNull();
        assertThat(parsed.problem()).isEqualTo("\"03/04/2025\" is ambiguous: it could be 3 April 2025 or 4 March 2025;"
                + " choose day-first or month-first dates for this file");
    }

    @ParameterizedTest(name = "{1} \"{0}\" refused: {2}")
    @CsvSource(delimiter = '|', value = {
        "31/02/2025|UNDECIDED|February 2025 has no day 31", "2025-02-30|UNDECIDED|February 2025 has no day 30",
        "29/02/2025|DAY_FIRST|February 2025 has no day 29", "2025-13-01|UNDECIDED|there is no month 13",
        "13/13/2025|UNDECIDED|neither 13 nor 13 is a month", "13/04/2025|MONTH_FIRST|not a month-first date",
        "04/13/2025|DAY_FIRST|not a day-first date", "03/04/25|DAY_FIRST|2-digit year",
        "next tuesday|UNDECIDED|is not a date", "45678|UNDECIDED|is not a date", "3 Smarch 2025|UNDECIDED|not a date",
        "31 avril 2025|UNDECIDED|April 2025 has no day 31"})
    void impossibleAndUnreadableDatesAreProblems(String text, DateOrder order, String reason) {
        Parsed<LocalDate> parsed = new ValueParsers(order).date(text);

        assertThat(parsed.value()).isNull();
        assertThat(parsed.problem()).contains(reason);
    }

    @Test
    void textKeepsLineBreaksAndUnicodeButNotSurroundingSpaces() {
        String notes = "Line one — l'été\n東京 🚀\r\nend";

        assertThat(undecided.text("  " + notes + "\n").value()).isEqualTo(notes);
    }

    @Test
    void problemsBecomeRowAndColumnProblems() {
        assertThat(undecided.count("x").toProblem(14, "Effectif TI").describe())
                .isEqualTo("Row 14, column \"Effectif TI\": \"x\" is not a number");
    }
}
