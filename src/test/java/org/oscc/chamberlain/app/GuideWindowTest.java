package org.oscc.chamberlain.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.store.DataFolders;
import org.oscc.chamberlain.text.Messages;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Help › User guide on a computer without a browser: the guide's window speaks the screens' language. */
@ExtendWith(ApplicationExtension.class)
class GuideWindowTest extends FxRobot {
    @TempDir
    Path home;
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 1024, 700));
        stage.show();
    }

    @AfterEach
    void speakTheStartLanguageAgain() throws Exception {
        FxToolkit.cleanupStages();
        Messages.use(Messages.startLanguage());
    }

    @Test
    void frenchScreensShowTheFrenchGuide() throws Exception {
        Stage guide = show(Messages.FRENCH);
        assertThat(guide.getTitle()).isEqualTo("Guide d’utilisation de Chamberlain");
        assertThat(lookup("#guide-text").queryAs(TextArea.class).getText())
                .startsWith("# Guide d’utilisation de Chamberlain")
                .contains("## Quand quelque chose ne va pas", "(images/pledges.fr.png)")
                .doesNotContain("## When something goes wrong");
        assertThat(lookup(".button").queryAs(Button.class).getText()).isEqualTo("Fermer");
    }

    @Test
    void englishScreensShowTheEnglishGuide() throws Exception {
        Stage guide = show(Messages.ENGLISH);
        assertThat(guide.getTitle()).isEqualTo("Chamberlain user guide");
        assertThat(lookup("#guide-text").queryAs(TextArea.class).getText())
                .startsWith("# Chamberlain user guide")
                .contains("## When something goes wrong")
                .doesNotContain("## Quand quelque chose ne va pas");
        assertThat(lookup(".button").queryAs(Button.class).getText()).isEqualTo("Close");
    }

    /** What the Help menu does without a browser: the guide written out, then shown in a window of its own. */
    private Stage show(Locale screens) throws Exception {
        Messages.use(screens);
        Path page = new UserGuide(new DataFolders(home)).export();
        String text = UserGuide.text();
        interact(() -> GuideWindow.show(owner, text, page));
        return (Stage) Window.getWindows().stream().filter(w -> w != owner).findFirst().orElseThrow();
    }
}
