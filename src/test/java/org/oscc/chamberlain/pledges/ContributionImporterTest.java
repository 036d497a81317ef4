package org.oscc.chamberlain.pledges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.importing.ColumnMapping;
import org.oscc.chamberlain.importing.DryRun;
import org.oscc.chamberlain.importing.DuplicateChoice;
import org.oscc.chamberlain.importing.DuplicateChoices;
import org.oscc.chamberlain.importing.SpreadsheetReader;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;
import org.oscc.chamberlain.validation.InvalidInputException;

/** Timesheet imports into a real store: naming pledges, problems by row, duplicates, all-or-nothing, undo. */
class ContributionImporterTest {
    @TempDir
    Path dir;
    private Store store;
    private PledgeService pledges;
    private ContributionImporter importer;
    private PledgeFixtures fx;
    private long acmePool;
    private long acmeTuque;

    @BeforeEach
    void chamber() throws Exception {
        store = TestStores.fresh(dir, TestStores.FIXED_CLOCK);
        pledges = PledgeFixtures.service(store);
        fx = new PledgeFixtures(store);
        long acme = fx.member("Acme Logistique Inc.", 40);
        long tuque = fx.project("Tuque");
        LocalDate jan = LocalDate.of(2026, 1, 1);
        LocalDate dec = LocalDate.of(2026, 12, 31);
        acmePool = pledges.create(PledgeDraft.hours(acme, null, 6000, jan, dec, PledgeStatus.ACTIVE)).id();
        acmeTuque = pledges.create(PledgeDraft.hours(acme, tuque, 3000, jan, dec, PledgeStatus.ACTIVE)).id();
        importer = org.oscc.chamberlain.root.ChamberServices.on(store,
                new org.oscc.chamberlain.store.DataFolders(dir.resolve("home"))).contributionImporter();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Path file(String text) throws Exception {
        Path f = dir.resolve("timesheet.csv");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private DryRun<ContributionDraft> dryRun(Path f) throws Exception {
        ColumnMapping mapping = importer.mappingFor(SpreadsheetReader.preview(f, 1).headers());
        return importer.dryRun(f, mapping);
    }

    @Test
    void rowsNameTheirPledgeByMemberAndProjectOrById() throws Exception {
        Path f = file("Membre;Projet;Date;Heures;Contributeur;Tâche;Lien\n"
                + "ACME logistique inc;Tuque;2026-03-02;1,5;Zoë;Reviewed PRs;github.com/tuque/pull/1\n"
                + "Acme Logistique Inc.;;2026-03-03;2h;Mei;Docs;\n"
                + "Acme Logistique Inc.;General pool;2026-03-04;0:45;Mei;Triage;\n"
                + "Acme Logistique Inc.;Réserve générale;2026-03-05;0:30;Mei;Triage;\n");
        DryRun<ContributionDraft> run = dryRun(f);
        assertThat(run.problems()).isEmpty();
        assertThat(run.valid()).extracting(org.oscc.chamberlain.importing.ValidRow::record)
                .extracting(ContributionDraft::pledgeId, ContributionDraft::minutes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(acmeTuque, 90L),
                        org.assertj.core.groups.Tuple.tuple(acmePool, 120L),
                        org.assertj.core.groups.Tuple.tuple(acmePool, 45L),
                        org.assertj.core.groups.Tuple.tuple(acmePool, 30L));

        org.oscc.chamberlain.importing.ImportResult done = importer.commit(run, "timesheet.csv",
                DuplicateChoices.all(DuplicateChoice.SKIP), false);

        assertThat(done.created()).isEqualTo(4);
        assertThat(pledges.contributions(acmeTuque)).singleElement().satisfies(c -> {
            assertThat(c.link()).isEqualTo("https://github.com/tuque/pull/1");
            assertThat(c.contributorName()).isEqualTo("Zoë");
            assertThat(c.importBatchId()).isEqualTo(done.batchId());
        });
        assertThat(pledges.fulfilment(acmePool).orElseThrow().deliveredMinutes()).isEqualTo(195);
    }

    @Test
    void everyBadRowIsNamedAndNothingIsWritten() throws Exception {
        String before = fx.pledgeData();
        Path f = file("Pledge ID,Date,Hours,Contributor\n"
                + acmePool + ",2026-03-02,1.5,Zoë\n"
                + "999,2026-03-02,1,Zoë\n"
                + acmePool + ",2027-01-05,1,Zoë\n"
                + acmePool + ",2026-03-02,25,Zoë\n"
                + acmePool + ",2026-03-02,lots,Zoë\n");
        DryRun<ContributionDraft> run = dryRun(f);

        assertThat(run.invalid()).extracting(r -> r.row()).containsExactly(3, 4, 5, 6);
        assertThat(run.problems()).extracting(p -> p.describe()).anySatisfy(d -> assertThat(d)
                .contains("Row 3", "no pledge with id 999")).anySatisfy(d -> assertThat(d)
                .contains("Row 4", "outside pledge")).anySatisfy(d -> assertThat(d)
                .contains("Row 5", "more than 24 hours")).anySatisfy(d -> assertThat(d)
                .contains("Row 6", "Hours", "not a duration"));
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> importer.commit(run, "t.csv", DuplicateChoices.all(DuplicateChoice.SKIP), false));
        assertThat(refused.problems()).hasSize(4);
        assertThat(fx.pledgeData()).isEqualTo(before);

        org.oscc.chamberlain.importing.ImportResult partial = importer.commit(run, "t.csv",
                DuplicateChoices.all(DuplicateChoice.SKIP), true);
        assertThat(partial.created()).isEqualTo(1);
        assertThat(partial.leftOut()).hasSize(4);
    }

    @Test
    void aRowNamingACancelledPledgeByItsIdIsRefusedByRow() throws Exception {
        long acme = fx.member("Cancelled Co", 10);
        long cancelled = pledges.create(PledgeDraft.hours(acme, null, 600, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), PledgeStatus.CANCELLED)).id();
        String before = fx.pledgeData();
        Path f = file("Pledge ID,Date,Hours,Contributor\n"
                + acmePool + ",2026-03-02,1.5,Zoë\n"
                + cancelled + ",2026-03-02,2,Zoë\n");

        DryRun<ContributionDraft> run = dryRun(f);

        assertThat(run.invalid()).extracting(r -> r.row()).containsExactly(3);
        assertThat(run.problems()).extracting(p -> p.describe()).singleElement().asString()
                .contains("Row 3", "pledge " + cancelled + " is cancelled: hours cannot be recorded against it");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> importer.commit(run, "t.csv", DuplicateChoices.all(DuplicateChoice.SKIP), false))).isNotNull();
        assertThat(fx.pledgeData()).isEqualTo(before);
    }

    @Test
    void aMemberWithoutAPledgeForTheDateIsAProblemOfThatRow() throws Exception {
        fx.member("Beta Co", 5);
        Path f = file("Member,Project,Date,Hours\nBeta Co,,2026-03-02,1\nNobody Inc,,2026-03-02,1\n"
                + "Acme Logistique Inc.,Unknown,2026-03-02,1\n");
        DryRun<ContributionDraft> run = dryRun(f);
        assertThat(run.problems()).extracting(p -> p.describe()).containsExactly(
                "Row 2, column \"Member\": Beta Co has no pledge to General pool whose period includes 2026-03-02",
                "Row 3, column \"Member\": there is no member named \"Nobody Inc\"",
                "Row 4, column \"Project\": there is no project named \"Unknown\"");
    }

    @Test
    void duplicatesOfStoredEntriesAreSkippedUpdatedOrCreatedAsChosen() throws Exception {
        pledges.addContributions(java.util.List.of(new ContributionDraft(acmePool, null, LocalDate.of(2026, 3, 2), 90L, null, "Zoë",
                "old text", null, null)));
        Path f = file("Pledge ID,Date,Hours,Contributor,Description\n"
                + acmePool + ",2026-03-02,1:30,zoe,new text\n"
                + acmePool + ",2026-03-03,1,Zoë,other day\n");
        DryRun<ContributionDraft> run = dryRun(f);
        assertThat(run.duplicates()).singleElement().satisfies(d -> {
            assertThat(d.row()).isEqualTo(2);
            assertThat(d.describe()).contains("already stored");
        });

        org.oscc.chamberlain.importing.ImportResult skipped = importer.commit(run, "t.csv",
                DuplicateChoices.all(DuplicateChoice.SKIP), false);
        assertThat(skipped.created()).isEqualTo(1);
        assertThat(skipped.skipped()).isEqualTo(1);
        importer.undo(skipped.batchId());

        org.oscc.chamberlain.importing.ImportResult updated = importer.commit(dryRun(f), "t.csv",
                DuplicateChoices.all(DuplicateChoice.UPDATE), false);
        assertThat(updated.updated()).isEqualTo(1);
        assertThat(pledges.contributions(acmePool)).extracting(Contribution::description)
                .containsExactly("new text", "other day");

        importer.undo(updated.batchId());
        assertThat(pledges.contributions(acmePool)).extracting(Contribution::description)
                .containsExactly("old text");
    }

    @Test
    void undoRemovesEveryImportedEntry() throws Exception {
        String before = fx.pledgeData();
        Path f = file("Pledge ID,Date,Hours\n" + acmePool + ",2026-03-02,1\n" + acmeTuque + ",2026-03-02,2\n");
        org.oscc.chamberlain.importing.ImportResult done = importer.commit(dryRun(f), "t.csv",
                DuplicateChoices.all(DuplicateChoice.SKIP), false);
        assertThat(pledges.contributions(acmeTuque)).hasSize(1);

        importer.undo(done.batchId());

        assertThat(fx.pledgeData()).isEqualTo(before);
    }

    @Test
    void aFileThatNamesNoPledgeIsRefusedBeforeReading() throws Exception {
        Path f = file("Date,Hours\n2026-03-02,1\n");
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> dryRun(f));
        assertThat(refused.getMessage()).contains("Pledge ID", "Member");
    }
}
