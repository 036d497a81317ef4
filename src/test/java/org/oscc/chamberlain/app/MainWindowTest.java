package org.oscc.chamberlain.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window (ChamberlainApp with its init and start) on a fresh store, driven as a user would. */
class MainWindowTest extends FxRobot {
    @TempDir
    Path dir;
    private Path db;
    private javafx.application.Application app;

    @BeforeEach
    void startTheApp() throws Exception {
        db = dir.resolve("chamber.db");
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(ChamberlainApp.class, "--db=" + db);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stopTheApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void everySectionCanBeVisitedFromTheNavigationRail() {
        waitFor("#welcome");
        String[][] sections = {
            {"#nav-members", "#view-members"}, {"#nav-projects", "#view-projects"},
            {"#nav-pledges", "#view-pledges"}, {"#nav-pitch-nights", "#view-pitch-nights"},
            {"#nav-reports", "#view-reports"}, {"#nav-settings", "#view-settings"},
            {"#nav-dashboard", "#view-dashboard"}};
        for (String[] s : sections) {
            clickOn(s[0]);
            waitFor(s[1]);
            assertThat(lookup(s[1]).query().isVisible()).as(s[1]).isTrue();
            assertThat(lookup(s[0]).queryAs(ToggleButton.class).isSelected()).isTrue();
            // even on an empty chamber a section is never a blank pane
            assertThat(((javafx.scene.Parent) lookup(s[1]).query()).getChildrenUnmodifiable()).as(s[1]).isNotEmpty();
        }
    }

    @Test
    void sectionsAreReachableFromTheKeyboard() {
        waitFor("#welcome");
        press(KeyCode.CONTROL, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.CONTROL);
        waitFor("#view-settings");
        press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        waitFor("#view-pitch-nights");
        assertThat(lookup("#nav-pitch-nights").queryAs(ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void theStatusBarNamesTheOpenChamberFile() {
        assertThat(lookup("#storeLabel").queryAs(Label.class).getText()).contains(db.toString());
        Stage stage = (Stage) lookup("#main-window").query().getScene().getWindow();
        assertThat(stage.getTitle()).contains("chamber.db");
    }

    @Test
    void theFirstRunPromptLoadsTheSampleChamber() {
        waitFor("#load-sample");
        clickOn("#load-sample");
        waitFor("#overview-tiles");
        Label members = lookup("#tile-members .tile-figure").queryAs(Label.class);
        assertThat(Integer.parseInt(members.getText().replace(",", ""))).isBetween(20, 30);
        assertThat(lookup("#welcome").tryQuery()).isEmpty();
    }

    @Test
    void settingsAreSavedAndBadInputIsRefusedBesideTheField() throws Exception {
        clickOn("#nav-settings");
        waitFor("#view-settings");
        doubleClickOn("#organizerEmail").write("not-an-email");
        clickOn("#saveSettings");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> lookup("#organizerEmailReason").queryAs(Label.class).getText().contains("not an e-mail address")
                        && lookup("#organizerEmail").query().getStyleClass().contains("field-error")
                        && lookup("#settingsProblems").queryAs(Label.class).getText().contains("Organizer e-mail"));
        clickOn("#organizerEmail").eraseText(12).write("organizer@example.org");
        doubleClickOn("#chamberName").eraseText(60).write("Chambre de commerce libre de Montréal");
        clickOn("#saveSettings");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> lookup("#settingsMessage").queryAs(Label.class).getText().equals("Settings saved."));
        FxToolkit.cleanupApplication(app);
        try (Store store = TestStores.open(db, java.time.Clock.systemDefaultZone())) {
            assertThat(store.dsl().fetchValue("SELECT value FROM setting WHERE key = 'organizer.email'"))
                    .isEqualTo("organizer@example.org");
            assertThat(store.dsl().fetchValue("SELECT value FROM setting WHERE key = 'chamber.name'"))
                    .isEqualTo("Chambre de commerce libre de Montréal");
        }
        app = FxToolkit.setupApplication(ChamberlainApp.class, "--db=" + db);
    }

    private void waitFor(String query) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup(query).tryQuery()
                    .map(node -> node.isVisible() && node.getScene() != null).orElse(false));
        } catch (Exception e) {
            throw new AssertionError("never saw " + query, e);
        }
    }
}
