package org.oscc.chamberlain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chamberlain demo} through the real command line and a real store file. */
class DemoCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Cli.run(args, db -> 0, Map.of(), new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void loadsTheSampleIntoANewStoreAndSaysWhatItLoaded() {
        Path db = dir.resolve("chamber.db");

        assertThat(run("--db", db.toString(), "demo")).isEqualTo(ExitCodes.DONE);

        assertThat(out.toString()).contains("Loaded the sample chamber into").containsPattern("organizations +\\d\\d")
                .containsPattern("contributions +\\d\\d\\d").contains("pitch nights");
        assertThat(run("--db", db.toString(), "check")).isEqualTo(ExitCodes.DONE);
    }

    @Test
    void refusesAStoreThatHoldsDataWithoutForce() {
        Path db = dir.resolve("chamber.db");
        run("--db", db.toString(), "demo");

        assertThat(run("--db", db.toString(), "demo")).isEqualTo(ExitCodes.INPUT_REFUSED);

        assertThat(err.toString()).contains("nothing was written", "This chamber already holds data (", "--force")
                .doesNotContain("Store:", "organization:");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void forceReplacesTheContent() {
        Path db = dir.resolve("chamber.db");
        run("--db", db.toString(), "demo");

        assertThat(run("--db", db.toString(), "demo", "--force")).isEqualTo(ExitCodes.DONE);

        assertThat(out.toString()).contains("Replaced the content of");
    }
}
