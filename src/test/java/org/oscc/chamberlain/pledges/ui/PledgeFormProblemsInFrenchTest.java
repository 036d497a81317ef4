package org.oscc.chamberlain.pledges.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.app.ChamberlainApp;
import org.oscc.chamberlain.pledges.MemberFacts;
import org.oscc.chamberlain.pledges.PledgeFixtures;
import org.oscc.chamberlain.pledges.PledgeKind;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;
import org.oscc.chamberlain.text.Messages;
import org.oscc.chamberlain.ui.FormProblems;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The pledge form in French: the store's refusal comes back as typed problems, each field key finds its control
 * (the period's rule shows under the end date, the percent's under the percent), the reasons read in French with
 * their dates and numbers, the summary names the French labels, and focus goes to the first.
 */
class PledgeFormProblemsInFrenchTest extends FxRobot {
    @TempDir
    Path dir;
    private javafx.application.Application app;
    private String languageBefore;

    @BeforeEach
    void startTheAppInFrench() throws Exception {
        // as -Dchamberlain.lang=fr on the command line: the window starts in French whatever was chosen in Settings
        languageBefore = System.getProperty(Messages.LANGUAGE_PROPERTY);
        System.setProperty(Messages.LANGUAGE_PROPERTY, "fr");
        Path db = dir.resolve("chamber.db");
        try (Store store = TestStores.open(db, Clock.systemDefaultZone())) {
            new PledgeFixtures(store).member("Acme Logistique", 40);
        }
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(ChamberlainApp.class, "--db=" + db);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stopTheAppAndSpeakTheRunsLanguageAgain() throws Exception {
        // the language first: whatever happens to the window, no later test may start in French
        if (languageBefore == null) {
            System.clearProperty(Messages.LANGUAGE_PROPERTY);
        } else {
            System.setProperty(Messages.LANGUAGE_PROPERTY, languageBefore);
        }
        Messages.use(Messages.startLanguage());
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void theStoresRefusalShowsUnderEachFieldInFrench() {
        waitUntil(() -> lookup("#nav-pledges").tryQuery().isPresent());
        clickOn("#nav-pledges");
        waitUntil(() -> lookup("#view-pledges").tryQuery().isPresent());
        clickOn("#newPledge");
        LocalDate today = LocalDate.now(ZoneId.of("America/Toronto"));
        DatePicker end = lookup("#pledgeEnd").queryAs(DatePicker.class);
        waitUntil(() -> lookup("#pledgeStart").queryAs(DatePicker.class).getEditor().getText()
                .equals(today.toString()));
        @SuppressWarnings("unchecked")
        SearchableComboBox<MemberFacts> member = lookup("#pledgeMember").queryAs(SearchableComboBox.class);
        waitUntil(() -> !member.getItems().isEmpty());
        interact(() -> member.setValue(member.getItems().get(0)));
        @SuppressWarnings("unchecked")
        ComboBox<PledgeKind> kind = lookup("#pledgeKind").queryAs(ComboBox.class);
        interact(() -> kind.setValue(PledgeKind.PERCENT_OF_WORKFORCE));
        clickOn("#pledgePercent").write("100,5");
        clickOn(end.getEditor()).push(KeyCode.CONTROL, KeyCode.A).write("2020-01-01");
        clickOn("#savePledge");

        waitUntil(() -> !text("#pledgeEndReason").isEmpty());
        assertThat(text("#pledgeEndReason")).isEqualTo("se termine (2020-01-01) avant de commencer (" + today + ").");
        assertThat(text("#pledgePercentReason"))
                .isEqualTo("doit être supérieur à 0 et d’au plus 100 (valeur saisie\u00a0: 100,5).");
        assertThat(lookup("#pledgeEnd").query().getStyleClass()).contains(FormProblems.FIELD_ERROR);
        assertThat(lookup("#pledgePercent").query().getStyleClass()).contains(FormProblems.FIELD_ERROR);
        assertThat(lookup("#pledgeStart").query().getStyleClass()).doesNotContain(FormProblems.FIELD_ERROR);
        assertThat(text("#pledgeProblems")).isEqualTo("Veuillez vérifier ces champs\u00a0: Pourcentage de "
                + "l’effectif, Fin de la période. Les raisons sont sous chacun.");
        waitUntil(() -> lookup("#pledgePercent").query().isFocused());
    }

    private String text(String query) {
        return lookup(query).tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    private static void waitUntil(Supplier<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::get);
        } catch (Exception e) {
            throw new AssertionError("the screen never showed what was expected", e);
        }
    }
}
