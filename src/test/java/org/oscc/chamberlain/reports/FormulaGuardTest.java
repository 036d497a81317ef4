package org.oscc.chamberlain.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"y\")", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "\nx", "\0x",
        "  =1+1", "\u00A0@x", "＝1+1", "＋1", "－1", "＠SUM(A1)", "=", "-"})
    void textThatASpreadsheetCouldRunIsDangerous(String text) {
        assertThat(FormulaGuard.isDangerous(text)).isTrue();
        assertThat(FormulaGuard.forCsv(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Acme", "a=b", "1+1", "x-y", "mail@example.org", "'quoted", "Société", "東京 🚀",
        "   ", "(613) 555-0100", "#1 fan"})
    void ordinaryTextIsLeftAlone(String text) {
        assertThat(FormulaGuard.isDangerous(text)).isFalse();
        assertThat(FormulaGuard.forCsv(text)).isEqualTo(text);
    }

    @org.junit.jupiter.api.Test
    void nullIsNotDangerous() {
        assertThat(FormulaGuard.isDangerous(null)).isFalse();
    }
}
