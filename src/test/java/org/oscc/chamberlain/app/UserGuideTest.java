package org.oscc.chamberlain.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.store.DataFolders;
import org.oscc.chamberlain.text.Messages;

class UserGuideTest {
    @TempDir
    Path home;

    @Test
    void theBundledGuideIsWrittenAsAnHtmlPageWithItsScreenshots() throws Exception {
        Path page = new UserGuide(new DataFolders(home)).export();
        String html = Files.readString(page);
        assertThat(html).contains("<h1>Chamberlain user guide</h1>", "<table>", "images/welcome.png");
        assertThat(home.resolve("guide/images/welcome.png")).exists().isNotEmptyFile();
    }

    @Test
    void frenchScreensGetTheFrenchGuideWithItsFrenchScreenshots() throws Exception {
        Messages.use(Messages.FRENCH);
        try {
            Path page = new UserGuide(new DataFolders(home)).export();
            assertThat(page.getFileName()).hasToString("user-guide.fr.html");
            String html = Files.readString(page);
            assertThat(html).contains("<html lang=\"fr\">", "<title>Guide d’utilisation de Chamberlain</title>",
                    "<h1>Guide d’utilisation de Chamberlain</h1>", "images/dashboard.fr.png",
                    "images/pledges.fr.png").doesNotContain("<h1>Chamberlain user guide</h1>");
            assertThat(home.resolve("guide/images/dashboard.fr.png")).exists().isNotEmptyFile();
            assertThat(home.resolve("guide/images/pledges.fr.png")).exists().isNotEmptyFile();
            assertThat(UserGuide.text()).startsWith("# Guide d’utilisation de Chamberlain");
        } finally {
            Messages.use(Messages.startLanguage());
        }
    }

    @Test
    void withoutXdgOpenOrABrowserOnThePathTheGuideIsShownInsideTheWindow() throws Exception {
        Path empty = Files.createDirectories(home.resolve("bin-empty"));
        Path desktop = Files.createDirectories(home.resolve("bin-desktop"));
        Path xdgOpen = Files.writeString(desktop.resolve("xdg-open"), "#!/bin/sh\n");
        xdgOpen.toFile().setExecutable(true);

        assertThat(UserGuide.browserAvailable("Linux", empty.toString())).isFalse();
        assertThat(UserGuide.browserAvailable("Linux", "")).isFalse();
        assertThat(UserGuide.browserAvailable("Linux", empty + java.io.File.pathSeparator + desktop)).isTrue();
        assertThat(UserGuide.browserAvailable("Windows 11", "")).isTrue();
        assertThat(UserGuide.browserAvailable("Mac OS X", "")).isTrue();
        assertThat(UserGuide.text()).startsWith("# Chamberlain user guide").contains("## When something goes wrong");
    }
}
