package org.oscc.chamberlain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.AppInfo;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;

class CliTest {
    @TempDir
    Path dir;

    @Test
    void helpListsTheCommandsAndExitCodes() {
        CliRunner.Result r = CliRunner.run("--help");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.DONE);
        assertThat(r.out()).contains("--db", "check", "backup", "restore", "Exit codes", "store unusable");
        assertThat(r.windowRequested()).isFalse();
    }

    @Test
    void versionNamesTheBuild() {
        CliRunner.Result r = CliRunner.run("--version");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Chamberlain " + AppInfo.version());
    }

    @Test
    void versionAnsweredBeforeAnySetUpSaysWhatTheCommandTreeSays() {
        java.io.StringWriter early = new java.io.StringWriter();
        VersionAnswer.print(new java.io.PrintWriter(early));
        assertThat(VersionAnswer.asked(new String[] {"--version"})).isTrue();
        assertThat(VersionAnswer.asked(new String[] {"-V"})).isTrue();
        assertThat(VersionAnswer.asked(new String[] {"--version", "check"})).isFalse();
        assertThat(VersionAnswer.asked(new String[] {"check"})).isFalse();
        assertThat(early.toString()).isEqualTo(CliRunner.run("--version").out());
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CliRunner.Result r = CliRunner.run("--frobnicate");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("Unknown option");
    }

    @Test
    void noCommandOpensTheWindow() {
        CliRunner.Result r = CliRunner.run("--db", dir.resolve("x.db").toString());
        assertThat(r.windowRequested()).isTrue();
        assertThat(r.exitCode()).isZero();
    }

    @Test
    void checkReportsAHealthyFreshStore() {
        Path db = dir.resolve("chamber.db");
        CliRunner.Result r = CliRunner.run("check", "--db", db.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.DONE);
        assertThat(r.out()).contains("Data version: " + org.oscc.chamberlain.store.MigrationSet.APP.latestVersion(),
                "Integrity:    ok", "Healthy.");
        assertThat(db).exists();
    }

    @Test
    void theStoreVariableIsHonouredWhenNoDbOptionIsGiven() {
        Path db = dir.resolve("from-env.db");
        CliRunner.Result r = CliRunner.run(Map.of("CHAMBERLAIN_DB", db.toString()), "check");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains(db.toString());
    }

    @Test
    void checkRefusesAFileThatIsNotAStoreWithExitThree() throws Exception {
        Path notDb = dir.resolve("notes.db");
        Files.writeString(notDb, "just some notes, not a database at all".repeat(5), StandardCharsets.UTF_8);
        CliRunner.Result r = CliRunner.run("check", "--db", notDb.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.STORE_UNUSABLE);
        assertThat(r.err()).contains("not a Chamberlain store");
    }

    @Test
    void backupThenRestoreThroughTheCommandLine() throws Exception {
        Path db = dir.resolve("chamber.db");
        Path backup = dir.resolve("copy.db");
        try (Store store = TestStores.open(db, Clock.systemDefaultZone())) {
            store.dsl().execute("INSERT INTO setting (key, value) VALUES ('chamber.name', 'Saved')");
        }
        assertThat(CliRunner.run("backup", backup.toString(), "--db", db.toString()).exitCode()).isZero();
        assertThat(backup).exists();
        try (Store store = TestStores.open(db, Clock.systemDefaultZone())) {
            store.dsl().execute("UPDATE setting SET value = 'Overwritten'");
        }
        CliRunner.Result r = CliRunner.run("restore", backup.toString(), "--db", db.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("kept as");
        try (Store store = TestStores.open(db, Clock.systemDefaultZone())) {
            assertThat(store.dsl().fetchValue("SELECT value FROM setting")).isEqualTo("Saved");
        }
    }

    @Test
    void restoreRefusesABadBackupWithExitOneAndChangesNothing() throws Exception {
        Path db = dir.resolve("chamber.db");
        try (Store store = TestStores.open(db, Clock.systemDefaultZone())) {
            store.dsl().execute("INSERT INTO setting (key, value) VALUES ('chamber.name', 'Keep')");
        }
        Path junk = dir.resolve("junk.db");
        Files.writeString(junk, "garbage".repeat(40));
        CliRunner.Result r = CliRunner.run("restore", junk.toString(), "--db", db.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(r.err()).contains("FILE", "not a Chamberlain store");
        try (Store store = TestStores.open(db, Clock.systemDefaultZone())) {
            assertThat(store.dsl().fetchValue("SELECT value FROM setting")).isEqualTo("Keep");
        }
    }

    @Test
    void aSecondProcessIsRefusedWithExitThreeWhileTheFirstKeepsTheStore() throws Exception {
        Path db = dir.resolve("chamber.db");
        try (Store first = TestStores.open(db, Clock.systemDefaultZone())) {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"),
                    "-Dchamberlain.home=" + dir.resolve("home"),
                    "org.oscc.chamberlain.app.Launcher", "check", "--db", db.toString()));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(output).isEqualTo(ExitCodes.STORE_UNUSABLE);
            assertThat(output).contains("already open");
            first.dsl().execute("INSERT INTO setting (key, value) VALUES ('first', 'still works')");
            assertThat(first.dsl().fetchValue("SELECT value FROM setting WHERE key = 'first'"))
                    .isEqualTo("still works");
        }
    }
}
