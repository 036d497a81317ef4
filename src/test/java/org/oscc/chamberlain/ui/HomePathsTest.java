package org.oscc.chamberlain.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class HomePathsTest {
    private final Path home = Path.of(File.separator, "home", "ada");

    @Test
    void aFileInTheHomeFolderReadsFromTilde() {
        assertThat(HomePaths.shown(home.resolve(".local/share/chamberlain/chamberlain.db"), home))
                .isEqualTo("~" + File.separator + Path.of(".local", "share", "chamberlain", "chamberlain.db"));
    }

    @Test
    void aFileElsewhereKeepsItsFullPath() {
        Path elsewhere = Path.of(File.separator, "srv", "chambers", "toronto.db");
        assertThat(HomePaths.shown(elsewhere, home)).isEqualTo(elsewhere.toString());
        // a folder whose name only starts like the home folder is not inside it
        Path lookalike = Path.of(File.separator, "home", "adam", "x.db");
        assertThat(HomePaths.shown(lookalike, home)).isEqualTo(lookalike.toString());
    }
}
