package org.oscc.chamberlain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the pledge list writes cells: formula-looking text defused, hours and percents with one decimal. */
class PledgeListFormattingTest {

    @ParameterizedTest(name = "[{0}] is written as [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"=1+1|'=1+1", "+1|'+1", "-2|'-2",
        "@SUM(A1)|'@SUM(A1)", "\"\tx\"|\"'\tx\"", "\"\rx\"|\"'\rx\"", "plain|plain", "'quoted|'quoted", "a=b|a=b"})
    void csvCellsThatASpreadsheetWouldRunAreDefused(String value, String written) {
        assertThat(org.oscc.chamberlain.reports.FormulaGuard.forCsv(value)).isEqualTo(written);
    }

    @ParameterizedTest(name = "{0} min = {1} h")
    @CsvSource({"0, 0.0", "1, 0.0", "3, 0.1", "90, 1.5", "225, 3.8", "6000, 100.0"})
    void hoursArePrintedWithOneDecimalRoundedHalfUp(long minutes, String text) {
        assertThat(ListPledgesCommand.hours(minutes)).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0} bp = {1} %")
    @CsvSource({"0, 0.0", "4, 0.0", "5, 0.1", "3288, 32.9", "11111, 111.1"})
    void percentsArePrintedWithOneDecimal(int bp, String text) {
        assertThat(ListPledgesCommand.percent(bp)).isEqualTo(text);
    }
}
