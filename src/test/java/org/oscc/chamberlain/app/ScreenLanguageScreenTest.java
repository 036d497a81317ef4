package org.oscc.chamberlain.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.settings.ScreenLanguage;
import org.oscc.chamberlain.root.ChamberServices;
import org.oscc.chamberlain.store.DataFolders;
import org.oscc.chamberlain.text.Messages;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Français chosen in Settings is kept, and the next start speaks it on every screen it shows. */
class ScreenLanguageScreenTest extends FxRobot {
    @TempDir
    Path dir;
    private javafx.application.Application app;
    private Path db;

    @BeforeEach
    void startOnTheSampleChamber() throws Exception {
        db = dir.resolve("chamber.db");
        try (ChamberServices services = ChamberServices.open(db, new DataFolders(dir.resolve("home")))) {
            services.sample().load(false);
        }
        new ScreenLanguage().choose(ScreenLanguage.Choice.SYSTEM);
        start();
    }

    @AfterEach
    void stopTheAppAndSpeakEnglishAgain() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        new ScreenLanguage().choose(ScreenLanguage.Choice.SYSTEM);
        Messages.use(Messages.startLanguage());
    }

    @Test
    void frenchChosenInSettingsIsSpokenFromTheNextStart() throws Exception {
        assertThat(lookup("#nav-pledges").queryAs(Labeled.class).getText()).isEqualTo("Pledges");
        clickOn("#nav-settings");
        waitFor("#screenLanguage");
        @SuppressWarnings("unchecked")
        ComboBox<ScreenLanguage.Choice> choice = lookup("#screenLanguage").queryAs(ComboBox.class);
        assertThat(choice.getValue()).isEqualTo(ScreenLanguage.Choice.SYSTEM);
        assertThat(choice.getConverter().toString(ScreenLanguage.Choice.SYSTEM)).isEqualTo("System language (English)");
        interact(() -> choice.setValue(ScreenLanguage.Choice.FRENCH));
        assertThat(lookup("#languageMessage").queryAs(Label.class).getText())
                .isEqualTo("Chamberlain sera en français dès son prochain démarrage.");
        assertThat(new ScreenLanguage().chosen()).isEqualTo(ScreenLanguage.Choice.FRENCH);

        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        start();
        assertThat(lookup("#nav-pledges").queryAs(Labeled.class).getText()).isEqualTo("Engagements");
        assertThat(lookup("#nav-pitch-nights").queryAs(Labeled.class).getText()).isEqualTo("Soirées de présentations");
        clickOn("#nav-settings");
        waitFor("#screenLanguage");
        assertThat(lookup("Paramètres").tryQuery()).isPresent();
        @SuppressWarnings("unchecked")
        ComboBox<ScreenLanguage.Choice> again = lookup("#screenLanguage").queryAs(ComboBox.class);
        assertThat(again.getValue()).isEqualTo(ScreenLanguage.Choice.FRENCH);
        assertThat(again.getConverter().toString(ScreenLanguage.Choice.SYSTEM)).isEqualTo("Langue du système (English)");
    }

    private void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(ChamberlainApp.class, "--db=" + db);
        WaitForAsyncUtils.waitForFxEvents();
        waitFor("#nav-pledges");
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
