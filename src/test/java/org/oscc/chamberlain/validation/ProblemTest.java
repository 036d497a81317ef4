package org.oscc.chamberlain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oscc.chamberlain.text.Messages;
import org.oscc.chamberlain.text.Wording;

/**
 * A problem carries a field key and message keys with their arguments; its words are made when it is shown, in the
 * language spoken then: dates in the one date form, numbers as each language writes them.
 */
class ProblemTest {

    @AfterEach
    void speakTheRunsLanguageAgain() {
        Messages.use(Messages.startLanguage());
    }

    @Test
    void aProblemIsWrittenOutInTheLanguageSpokenWhenItIsShown() {
        Problem p = Problem.onField("period", "pledges.form.period", "pledges.problem.endBeforeStart",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertThat(p.key()).isEqualTo("period");
        assertThat(p.messageKey()).isEqualTo("pledges.problem.endBeforeStart");
        assertThat(p.arguments()).containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

        Messages.use(Messages.ENGLISH);
        assertThat(p.field()).isEqualTo("Period");
        assertThat(p.message()).isEqualTo("ends (2026-01-01) before it starts (2026-12-31).");
        assertThat(p.describe()).isEqualTo("Period: ends (2026-01-01) before it starts (2026-12-31).");

        Messages.use(Messages.FRENCH); // the same problem, shown after the language changed
        assertThat(p.field()).isEqualTo("Période");
        assertThat(p.message()).isEqualTo("se termine (2026-01-01) avant de commencer (2026-12-31).");
        assertThat(p.describe()).isEqualTo("Période\u00a0: se termine (2026-01-01) avant de commencer (2026-12-31).");
    }

    @Test
    void numbersAreWrittenAsEachLanguageWritesThem() {
        Problem percent = Problem.onField("percent", "pledges.problem.percent", "pledges.problem.percentRange",
                new BigDecimal("100.01"));
        Problem hours = Problem.onField("hours", "pledges.problem.hours", "pledges.problem.hoursTooLarge",
                35_791_394L);
        assertThat(percent.reason().in(Messages.ENGLISH))
                .isEqualTo("must be more than 0 and at most 100 (was 100.01).");
        assertThat(percent.reason().in(Messages.FRENCH))
                .isEqualTo("doit être supérieur à 0 et d’au plus 100 (valeur saisie\u00a0: 100,01).");
        assertThat(hours.reason().in(Messages.ENGLISH))
                .isEqualTo("is too large: at most 35,791,394 hours can be pledged.");
        // French groups thousands with a (narrow) no-break space, whichever the JDK's locale data uses
        assertThat(hours.reason().in(Messages.FRENCH))
                .matches("dépassent le maximum\u00a0: on peut s’engager pour au plus "
                        + "35[\u00a0\u202f]791[\u00a0\u202f]394 heures.");
    }

    @Test
    void aRowAndAColumnAreNamedInEachLanguageAndARowNumberIsNeverGrouped() {
        Problem p = Problem.onRow(12_345, "date", "pledges.contribution.date", "pledges.problem.required");
        Messages.use(Messages.ENGLISH);
        assertThat(p.describe()).isEqualTo("Row 12345, column \"Date\": is required.");
        Messages.use(Messages.FRENCH);
        assertThat(p.describe()).isEqualTo("Ligne 12345, colonne «\u00a0Date\u00a0»\u00a0: obligatoire.");
        assertThat(Problem.general("pledges.problem.noPledge", "7").describe())
                .isEqualTo("aucun engagement ne porte le numéro 7.");
    }

    @Test
    void aLabelMayHoldAnotherWordingAndTextAlreadyInWordsStaysAsWritten() {
        Problem slot = new Problem(0, "agenda", Wording.of("pitches.problem.slot", "2",
                Wording.of("pitches.slot.break")), Wording.of("pitches.problem.breakAlone"));
        assertThat(slot.label().in(Messages.ENGLISH)).isEqualTo("Agenda slot 2 (Break)");
        assertThat(slot.label().in(Messages.FRENCH)).isEqualTo("Plage 2 du programme (Pause)");

        Problem header = new Problem(4, "Courriel", "\"bob(at)x\" is not an e-mail address");
        assertThat(header.key()).isEqualTo("Courriel");
        assertThat(header.messageKey()).isNull();
        assertThat(header.arguments()).isEmpty();
        Messages.use(Messages.FRENCH);
        assertThat(header.field()).isEqualTo("Courriel");
        assertThat(header.message()).isEqualTo("\"bob(at)x\" is not an e-mail address");
    }

    @Test
    void aRefusalCarriesItsTypedProblems() {
        InvalidInputException e = new InvalidInputException(List.of(
                Problem.onField("name", "members.field.name", "members.rules.required"),
                Problem.onField("itHeadcount", "members.field.itHeadcount", "members.rules.itAboveTotal", 1200, 800)));
        assertThat(e.problems()).extracting(Problem::key).containsExactly("name", "itHeadcount");
        assertThat(e.problems()).extracting(Problem::messageKey)
                .containsExactly("members.rules.required", "members.rules.itAboveTotal");
        assertThat(e.problems().get(1).reason().in(Messages.FRENCH))
                .matches("\\(1[\u00a0\u202f]200\\) ne peut pas dépasser l’effectif total \\(800\\).");
    }
}
