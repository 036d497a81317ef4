package org.oscc.chamberlain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.pledges.PledgeFixtures;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;

/** {@code chamberlain import pledges FILE} with its options, on a real store. */
class ImportPledgesCommandTest {
    @TempDir
    Path dir;
    Path db;
    Path sheet;

    @BeforeEach
    void chamberAndSheet() throws Exception {
        db = dir.resolve("chamber.db");
        try (Store store = TestStores.open(db, Clock.systemDefaultZone())) {
            PledgeFixtures fx = new PledgeFixtures(store);
            fx.member("Acme", 40);
            fx.project("Tuque");
        }
        sheet = dir.resolve("pledges.csv");
        Files.writeString(sheet, "Member;Project;Hours;Start;End;Status\n"
                + "Acme;Tuque;120;03/02/2026;02/02/2027;active\n"
                + "Nobody;Tuque;10;01/03/2026;;\n", StandardCharsets.UTF_8);
    }

    private long storedPledges() {
        try (Store store = TestStores.open(db, Clock.systemDefaultZone())) {
            return ((Number) store.dsl().fetchValue("SELECT count(*) FROM pledge")).longValue();
        }
    }

    @Test
    void anInvalidRowRefusesTheWholeFileNamingRowAndColumn() {
        CliRunner.Result r = CliRunner.run("--db", db.toString(), "import", "pledges", sheet.toString(),
                "--date-order", "day-first");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(r.out()).contains("Row 3, column \"Member\": there is no member named \"Nobody\"");
        assertThat(r.err()).contains("nothing was written", "--skip-invalid");
        assertThat(storedPledges()).isZero();
    }

    @Test
    void dryRunWritesNothingAndSkipInvalidImportsTheRestUndoably() {
        CliRunner.Result dry = CliRunner.run("--db", db.toString(), "import", "pledges", sheet.toString(),
                "--date-order", "day-first", "--skip-invalid", "--dry-run");
        assertThat(dry.exitCode()).as(dry.err()).isEqualTo(ExitCodes.DONE);
        assertThat(dry.out()).contains("2 rows read: 1 can be imported, 1 cannot", "Hours -> Hours", "Dry run");
        assertThat(storedPledges()).isZero();

        CliRunner.Result done = CliRunner.run("--db", db.toString(), "import", "pledges", sheet.toString(),
                "--date-order", "day-first", "--skip-invalid");
        assertThat(done.exitCode()).as(done.err()).isEqualTo(ExitCodes.DONE);
        assertThat(done.out()).contains("1 pledge created", "1 invalid row left out", "chamberlain import undo");
        assertThat(storedPledges()).isEqualTo(1);
        try (Store store = TestStores.open(db, Clock.systemDefaultZone())) {
            assertThat(store.dsl().fetchValue("SELECT period_start || ' ' || pledged_minutes FROM pledge"))
                    .isEqualTo("2026-02-03 7200");
        }

        CliRunner.Result again = CliRunner.run("--db", db.toString(), "import", "pledges", sheet.toString(),
                "--date-order", "day-first", "--skip-invalid");
        assertThat(again.exitCode()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(again.err()).contains("--on-duplicate");

        CliRunner.Result history = CliRunner.run("--db", db.toString(), "import", "history");
        assertThat(history.out()).contains("pledges", "pledges.csv");
        String batch = done.out().replaceAll("(?s).*chamberlain import undo (\\d+).*", "$1");
        CliRunner.Result undo = CliRunner.run("--db", db.toString(), "import", "undo", batch);
        assertThat(undo.exitCode()).as(undo.err()).isEqualTo(ExitCodes.DONE);
        assertThat(storedPledges()).isZero();
    }
}
