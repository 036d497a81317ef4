package org.oscc.chamberlain.pledges.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.app.ChamberlainApp;
import org.oscc.chamberlain.pledges.PledgeDraft;
import org.oscc.chamberlain.pledges.PledgeFixtures;
import org.oscc.chamberlain.pledges.PledgeService;
import org.oscc.chamberlain.pledges.PledgeStatus;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A timesheet through the one import wizard, in the real window: a bad row, closing part-way, import, undo. */
class ContributionImportWizardTest extends FxRobot {
    @TempDir
    Path dir;
    private Path db;
    private javafx.application.Application app;

    @BeforeEach
    void startTheAppOnAChamberWithTwoPledges() throws Exception {
        db = dir.resolve("chamber.db");
        try (Store store = TestStores.open(db, Clock.systemDefaultZone())) {
            PledgeFixtures fx = new PledgeFixtures(store);
            long acme = fx.member("Acme Logistique", 40);
            long tuque = fx.project("Tuque");
            PledgeService pledges = PledgeFixtures.service(store);
            LocalDate jan = LocalDate.of(2026, 1, 1);
            LocalDate dec = LocalDate.of(2026, 12, 31);
            pledges.create(PledgeDraft.hours(acme, tuque, 6000, jan, dec, PledgeStatus.ACTIVE));
            pledges.create(PledgeDraft.hours(acme, null, 6000, jan, dec, PledgeStatus.ACTIVE));
        }
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(ChamberlainApp.class, "--db=" + db);
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#nav-pledges");
        waitFor("#view-pledges");
    }

    @AfterEach
    void stopTheApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void aTimesheetWithBadRowsIsCheckedKeptOpenWhenClosedPartWayImportedWithoutThemAndUndone() throws Exception {
        Path timesheet = dir.resolve("heures mars.csv");
        Files.writeString(timesheet, "Membre;Projet;Date;Heures;Contributeur;Tâche\n"
                + "Acme Logistique;Tuque;2026-03-02;1,5;Zoë;Reviewed PRs\n"
                + "Acme Logistique;;2026-03-03;2h;Mei;Docs\n"
                + "Nobody Ltd;Tuque;2026-03-04;1;Mei;Triage\n"
                + "Acme Logistique;Tuque;2026-03-05;30;Mei;Too much\n", StandardCharsets.UTF_8);

        clickOn("#importTimesheet");
        waitFor("#importFile");
        Window wizard = lookup("#importFile").query().getScene().getWindow();
        assertThat(wizard.getProperties()).containsEntry("importKind", "CONTRIBUTIONS");
        interact(() -> lookup("#importFile").queryAs(TextField.class).setText(timesheet.toString()));
        clickOn("#wizardNext");
        waitFor("#map-hours");
        assertThat(lookup("#map-member").queryAs(ComboBox.class).getValue()).isEqualTo("Membre");
        assertThat(lookup("#map-description").queryAs(ComboBox.class).getValue()).isEqualTo("Tâche");

        // the close box part-way asks; Cancel keeps the wizard where it was
        Platform.runLater(() -> wizard.fireEvent(new WindowEvent(wizard, WindowEvent.WINDOW_CLOSE_REQUEST)));
        answerLeavePrompt(ButtonType.CANCEL);
        assertThat(wizard.isShowing()).isTrue();
        assertThat(lookup("#map-hours").tryQuery()).isPresent();

        clickOn("#wizardNext");
        waitFor("#dryRunSummary");
        assertThat(text("#dryRunSummary")).contains("4 rows read: 2 can be imported, 2 cannot");
        assertThat(lookup("#importProblems").queryAs(ListView.class).getItems())
                .anySatisfy(p -> assertThat(p.toString()).contains("Row 4", "Membre", "Nobody Ltd"))
                .anySatisfy(p -> assertThat(p.toString()).contains("Row 5", "Heures", "24 hours"));
        assertThat(lookup("#wizardImport").queryAs(Button.class).isDisabled()).isTrue();
        clickOn("#skipInvalid");
        clickOn("#wizardImport");
        waitFor("#importResult");
        assertThat(text("#importResult")).contains("2 entries created", "2 rows with problems left out");
        assertThat(contributions()).isEqualTo(2);

        clickOn("#undoImport");
        waitFor("#confirmDestructive");
        clickOn("#confirmDestructive");
        waitUntil(() -> text("#importResult").contains("undone"));
        assertThat(contributions()).isZero();
        clickOn("#wizardClose");
        waitUntil(() -> !wizard.isShowing());
    }

    @Test
    void closingPartWayAndAgreeingWritesNothing() throws Exception {
        Path timesheet = dir.resolve("hours.csv");
        Files.writeString(timesheet, "Member,Project,Date,Hours\nAcme Logistique,Tuque,2026-03-02,3\n",
                StandardCharsets.UTF_8);
        clickOn("#importTimesheet");
        waitFor("#importFile");
        Window wizard = lookup("#importFile").query().getScene().getWindow();
        interact(() -> lookup("#importFile").queryAs(TextField.class).setText(timesheet.toString()));
        clickOn("#wizardNext");
        waitFor("#map-hours");
        clickOn("#wizardNext");
        waitFor("#dryRunSummary");
        Platform.runLater(() -> wizard.fireEvent(new WindowEvent(wizard, WindowEvent.WINDOW_CLOSE_REQUEST)));
        answerLeavePrompt(ButtonType.OK);
        waitUntil(() -> !wizard.isShowing());
        assertThat(contributions()).isZero();
    }

    private void answerLeavePrompt(ButtonType answer) {
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).isEqualTo("Stop this import?");
        // the prompt's buttons speak the screens' language: found by their role, not by JavaFX's own OK and Cancel
        ButtonType shown = pane.getButtonTypes().stream().filter(t -> t.getButtonData() == answer.getButtonData())
                .findFirst().orElseThrow();
        Button b = (Button) pane.lookupButton(shown);
        interact(b::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private int contributions() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM contribution")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private String text(String query) {
        return lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (Exception e) {
            throw new AssertionError("the screen never got there", e);
        }
    }

    private void waitFor(String query) {
        waitUntil(() -> lookup(query).tryQuery().map(node -> node.isVisible() && node.getScene() != null)
                .orElse(false));
    }
}
