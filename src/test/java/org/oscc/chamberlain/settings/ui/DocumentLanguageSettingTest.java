package org.oscc.chamberlain.settings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.app.ChamberlainApp;
import org.oscc.chamberlain.root.ChamberServices;
import org.oscc.chamberlain.store.DataFolders;
import org.oscc.chamberlain.text.Messages;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Settings › "Workbooks and invites in": the sample chamber's is English; the organizer picks French, saves, and the
 * chamber keeps it while the screens go on speaking English.
 */
class DocumentLanguageSettingTest extends FxRobot {
    @TempDir
    Path dir;
    private Path db;
    private javafx.application.Application app;

    @BeforeEach
    void startOnTheSampleChamber() throws Exception {
        db = dir.resolve("chamber.db");
        try (ChamberServices services = ChamberServices.open(db, new DataFolders(dir.resolve("home")))) {
            services.sample().load(false);
        }
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(ChamberlainApp.class, "--db=" + db);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stopTheApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void theOrganizerChoosesFrenchForWhatLeavesTheMachineAndTheScreensStayEnglish() throws Exception {
        clickOn("#nav-settings");
        waitUntil(() -> lookup("#view-settings").tryQuery().map(n -> n.getScene() != null).orElse(false));
        ComboBox<?> language = lookup("#documentLanguage").queryComboBox();
        waitUntil(() -> Messages.ENGLISH.equals(language.getValue()));
        // what the organizer sees in the closed box
        waitUntil(() -> from(language).lookup(".list-cell").queryAll().stream()
                .anyMatch(c -> "English".equals(((javafx.scene.control.Labeled) c).getText())));

        clickOn(language);
        clickOn("French");
        assertThat(language.getValue()).isEqualTo(Messages.FRENCH);
        interact(() -> lookup("#saveSettings").queryButton().fire());
        waitUntil(() -> "Settings saved.".equals(lookup("#settingsMessage").queryAs(Label.class).getText()));
        assertThat(lookup("#nav-settings").queryLabeled().getText()).isEqualTo("Settings");

        FxToolkit.cleanupApplication(app);
        app = null;
        try (ChamberServices services = ChamberServices.open(db, new DataFolders(dir.resolve("home")))) {
            Locale kept = services.settings().current().documentLanguage();
            assertThat(kept).isEqualTo(Messages.FRENCH);
        }
    }

    private static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        } catch (Exception e) {
            throw new AssertionError("waited 60 s in vain", e);
        }
    }
}
