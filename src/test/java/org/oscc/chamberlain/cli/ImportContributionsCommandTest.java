package org.oscc.chamberlain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.pledges.PledgeDraft;
import org.oscc.chamberlain.pledges.PledgeFixtures;
import org.oscc.chamberlain.pledges.PledgeStatus;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;

/** {@code chamberlain import contributions FILE} with its options, on a real store. */
class ImportContributionsCommandTest {
    @TempDir
    Path dir;
    Path db;
    Path sheet;

    @BeforeEach
    void chamberAndTimesheet() throws Exception {
        db = dir.resolve("chamber.db");
        try (Store store = TestStores.open(db, Clock.systemDefaultZone())) {
            long acme = new PledgeFixtures(store).member("Acme", 40);
            PledgeFixtures.service(store).create(PledgeDraft.hours(acme, null, 6000, LocalDate.of(2020, 1, 1),
                    LocalDate.of(2020, 12, 31), PledgeStatus.ACTIVE));
        }
        sheet = dir.resolve("hours.csv");
        Files.writeString(sheet, "Member,Date,Hours,Contributor\n"
                + "Acme,2020-03-02,1.5,Zoë\n"
                + "Acme,2021-03-02,2,Zoë\n"
                + "Acme,2020-03-03,2,Mei\n", StandardCharsets.UTF_8);
    }

    private long storedMinutes() throws Exception {
        try (Store store = TestStores.open(db, Clock.systemDefaultZone())) {
            Number n = (Number) store.dsl().fetchValue("SELECT coalesce(sum(minutes), 0) FROM contribution");
            return n.longValue();
        }
    }

    @Test
    void invalidRowsWithoutSkipInvalidExitOneListingThemAndWriteNothing() throws Exception {
        CliRunner.Result r = CliRunner.run("--db", db.toString(), "import", "contributions", sheet.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(r.err()).contains("nothing was written", "Row 3", "no pledge to General pool");
        assertThat(storedMinutes()).isZero();
    }

    @Test
    void skipInvalidImportsTheGoodRowsAndListsTheRest() throws Exception {
        CliRunner.Result r = CliRunner.run("--db", db.toString(), "import", "contributions", sheet.toString(),
                "--skip-invalid");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.DONE);
        assertThat(r.out()).contains("Rows left out:", "Row 3", "2 entries created");
        assertThat(storedMinutes()).isEqualTo(90 + 120);
    }

    @Test
    void dryRunSaysWhatWouldHappenAndWritesNothing() throws Exception {
        CliRunner.Result r = CliRunner.run("--db", db.toString(), "import", "contributions", sheet.toString(),
                "--skip-invalid", "--dry-run");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.DONE);
        assertThat(r.out()).contains("3 rows read: 2 valid, 1 invalid", "Member -> Member", "Dry run");
        assertThat(storedMinutes()).isZero();
    }

    @Test
    void aSecondImportOfTheSameFileSkipsOrCreatesDuplicatesAsAsked() throws Exception {
        CliRunner.run("--db", db.toString(), "import", "contributions", sheet.toString(), "--skip-invalid");
        CliRunner.Result skip = CliRunner.run("--db", db.toString(), "import", "contributions", sheet.toString(),
                "--skip-invalid");
        assertThat(skip.exitCode()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(skip.err()).contains("Nothing to import");
        assertThat(storedMinutes()).isEqualTo(210);

        CliRunner.Result create = CliRunner.run("--db", db.toString(), "import", "contributions", sheet.toString(),
                "--skip-invalid", "--on-duplicate", "create");
        assertThat(create.exitCode()).isEqualTo(ExitCodes.DONE);
        assertThat(storedMinutes()).isEqualTo(420);
    }
}
