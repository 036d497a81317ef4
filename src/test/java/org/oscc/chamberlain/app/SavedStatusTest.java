package org.oscc.chamberlain.app;

import org.oscc.chamberlain.root.ChamberServices;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.store.DataFolders;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Saved." under a form describes the present: it stays while the form is as saved (also after the form is filled
 * again from the store) and goes as soon as the organizer edits again.
 */
class SavedStatusTest extends FxRobot {
    @TempDir
    Path dir;
    private javafx.application.Application app;

    @BeforeEach
    void startOnTheSampleChamber() throws Exception {
        Path db = dir.resolve("chamber.db");
        try (ChamberServices services = ChamberServices.open(db, new DataFolders(dir.resolve("home")))) {
            services.sample().load(false);
        }
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
    void aMembersSavedLineGoesWhenTheMemberIsEditedAgain() {
        clickOn("#nav-members");
        waitFor("#view-members");
        TableView<?> table = lookup("#membersTable").queryAs(TableView.class);
        waitUntil(() -> !table.getItems().isEmpty());
        interact(() -> table.getSelectionModel().select(0));
        waitUntil(() -> !text("#memberHeading").isEmpty());
        savedThenEdited("#memberCity", "#saveMember", "#memberMessage", "Saved.");
    }

    @Test
    void thePledgeSavedLineGoesWhenThePledgeIsEditedAgain() {
        clickOn("#nav-pledges");
        waitFor("#view-pledges");
        TableView<?> table = lookup("#pledgeTable").queryAs(TableView.class);
        waitUntil(() -> !table.getItems().isEmpty());
        interact(() -> table.getSelectionModel().select(0));
        waitUntil(() -> text("#pledgeHeading").contains("\u00b7"));
        savedThenEdited("#pledgeNotes", "#savePledge", "#pledgeMessage", "Pledge saved.");
    }

    @Test
    void theSettingsSavedLineGoesWhenASettingIsEditedAgain() {
        clickOn("#nav-settings");
        waitFor("#view-settings");
        savedThenEdited("#chamberName", "#saveSettings", "#settingsMessage", "Settings saved.");
    }

    private void savedThenEdited(String field, String save, String status, String saved) {
        Node input = lookup(field).query();
        interact(input::requestFocus);
        type(KeyCode.END);
        write("x");
        interact(() -> lookup(save).queryButton().fire());
        waitUntil(() -> text(status).equals(saved));
        // the form is filled again from the store after saving: that is no edit
        sleep(1000);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(status)).isEqualTo(saved);
        interact(input::requestFocus);
        write("y");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(status)).as("after typing again").isEmpty();
    }

    private String text(String query) {
        String t = lookup(query).queryAs(Label.class).getText();
        return t == null ? "" : t;
    }

    private void waitFor(String query) {
        waitUntil(() -> lookup(query).tryQuery().map(n -> n.isVisible() && n.getScene() != null).orElse(false));
    }

    private static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        } catch (Exception e) {
            throw new AssertionError("waited 60 s in vain", e);
        }
    }
}
