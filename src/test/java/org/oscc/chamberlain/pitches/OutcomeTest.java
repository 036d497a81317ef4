package org.oscc.chamberlain.pitches;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutcomeTest {

    @ParameterizedTest(name = "{0} min -> {1}")
    @CsvSource({"2400, 40 h", "750, 12 h 30 min", "59, 0 h 59 min"})
    void hourPledgesReadAsHoursAndMinutes(int minutes, String text) {
        assertThat(outcome(minutes, null).pledgedText()).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0} bp -> {1}")
    @CsvSource({"250, 2.5 % of workforce", "1000, 10 % of workforce", "1, 0.01 % of workforce",
        "125, 1.25 % of workforce", "10000, 100 % of workforce"})
    void percentPledgesReadAsPercentWithoutFloatingPoint(int basisPoints, String text) {
        assertThat(outcome(null, basisPoints).pledgedText()).isEqualTo(text);
    }

    @Test
    void aPercentPledgeReadsInFrenchOnFrenchScreens() {
        org.oscc.chamberlain.text.Messages.use(org.oscc.chamberlain.text.Messages.FRENCH);
        try {
            assertThat(outcome(null, 250).pledgedText()).isEqualTo("2,5\u00a0% de l’effectif");
            assertThat(outcome(null, 125).pledgedText()).isEqualTo("1,25\u00a0% de l’effectif");
        } finally {
            org.oscc.chamberlain.text.Messages.use(org.oscc.chamberlain.text.Messages.startLanguage());
        }
    }

    @Test
    void aPledgeWithNeitherReadsAsNothing() {
        assertThat(outcome(null, null).pledgedText()).isEmpty();
    }

    private static Outcome outcome(Integer minutes, Integer basisPoints) {
        return new Outcome(1, 2, "Acme", null, null, minutes == null ? "PERCENT_OF_WORKFORCE" : "HOURS", minutes,
                basisPoints, "ACTIVE", 3, "Kestrel");
    }
}
