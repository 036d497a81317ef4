package org.oscc.chamberlain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportMembersCommandTest {
    static final String GOOD = """
            Organization;E-mail;Primary contact;Member since
            Acme Inc.;ann@acme.example;Ann;2024-01-15
            Beta Labs;bob@beta.example;Bob;
            """;
    static final String WITH_BAD_ROW = GOOD + "Gamma;not-an-address;Gus;\n";

    @TempDir
    Path dir;

    private Path file(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private CliRunner.Result run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = dir.resolve("chamber.db").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRunner.run(all);
    }

    private String roster() {
        return run("list", "members", "--format", "csv").out();
    }

    @Test
    void aCleanFileIsImportedAndCanBeUndoneInOneStep() throws Exception {
        CliRunner.Result imported = run("import", "members", file("roster.csv", GOOD).toString());
        assertThat(imported.exitCode()).as(imported.err()).isEqualTo(ExitCodes.DONE);
        assertThat(imported.out()).contains("Import 1: 2 organizations created").contains("import undo 1");
        assertThat(roster()).contains("Acme Inc.", "Beta Labs");

        assertThat(run("import", "history").out()).contains("roster.csv").contains("applied");
        assertThat(run("import", "undo", "1").exitCode()).isEqualTo(ExitCodes.DONE);
        assertThat(roster()).doesNotContain("Acme");
        CliRunner.Result again = run("import", "undo", "1");
        assertThat(again.exitCode()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(again.err()).contains("already undone");
    }

    @Test
    void invalidRowsRefuseTheWholeFileUnlessSkipInvalidIsGiven() throws Exception {
        Path f = file("roster.csv", WITH_BAD_ROW);
        CliRunner.Result refused = run("import", "members", f.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(refused.out()).contains("Row 4, column \"E-mail\": \"not-an-address\" is not an e-mail address");
        assertThat(refused.err()).contains("nothing was written");
        assertThat(roster()).doesNotContain("Acme");

        CliRunner.Result skipped = run("import", "members", "--skip-invalid", f.toString());
        assertThat(skipped.exitCode()).as(skipped.err()).isEqualTo(ExitCodes.DONE);
        assertThat(skipped.out()).contains("2 organizations created").contains("1 invalid row left out");
        assertThat(roster()).contains("Acme Inc.").doesNotContain("Gamma");
    }

    @Test
    void aDryRunWritesNothing() throws Exception {
        CliRunner.Result dry = run("import", "members", "--dry-run", file("roster.csv", GOOD).toString());
        assertThat(dry.exitCode()).isEqualTo(ExitCodes.DONE);
        assertThat(dry.out()).contains("2 can be imported").contains("nothing was written");
        assertThat(roster()).doesNotContain("Acme");
    }

    @Test
    void duplicatesNeedAChoiceAndUpdateChangesTheStoredMember() throws Exception {
        run("import", "members", file("roster.csv", GOOD).toString());
        Path next = file("next.csv", "Organization;City\nACME inc;Toronto\nDelta;Laval\n");
        CliRunner.Result asked = run("import", "members", next.toString());
        assertThat(asked.exitCode()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(asked.out()).contains("Row 2: same name as Acme Inc. (already stored)");
        assertThat(asked.err()).contains("--on-duplicate");

        CliRunner.Result updated = run("import", "members", "--on-duplicate", "update", next.toString());
        assertThat(updated.exitCode()).as(updated.err()).isEqualTo(ExitCodes.DONE);
        assertThat(updated.out()).contains("1 organization created, 1 updated");
        assertThat(roster()).contains("ACME inc").contains("Toronto").contains("Delta");
    }

    @Test
    void ambiguousDatesAreReadWithTheChosenOrder() throws Exception {
        Path f = file("dates.csv", "Organization,Member since\nAcme,03/04/2024\n");
        assertThat(run("import", "members", f.toString()).exitCode()).isEqualTo(ExitCodes.INPUT_REFUSED);
        CliRunner.Result ok = run("import", "members", "--date-order", "day-first", f.toString());
        assertThat(ok.exitCode()).as(ok.out() + ok.err()).isEqualTo(ExitCodes.DONE);
        assertThat(roster()).contains("2024-04-03");
    }

    @Test
    void aFileThatIsNotASpreadsheetIsRefusedByName() throws Exception {
        Path f = dir.resolve("photo.csv");
        Files.write(f, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 1, 2, 3});
        CliRunner.Result r = run("import", "members", f.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(r.err()).contains("photo.csv");
    }
}
