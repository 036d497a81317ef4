package org.oscc.chamberlain.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.store.DataFolders;

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
}
