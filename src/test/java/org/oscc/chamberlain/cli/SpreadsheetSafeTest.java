package org.oscc.chamberlain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadsheetSafeTest {
    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "=SUM(A1)|'=SUM(A1)",
        "+1 555|'+1 555",
        "-Minus|'-Minus",
        "@Home|'@Home",
        "\"\tTab\"|\"'\tTab\"",
        "\"\rCR\"|\"'\rCR\"",
        "ACME|ACME",
        "O'Reilly|O'Reilly",
        "a=b|a=b",
    })
    void valuesThatASpreadsheetWouldRunGetAQuote(String value, String written) {
        assertThat(SpreadsheetSafe.cell(value)).isEqualTo(written);
    }
}
