package org.oscc.chamberlain.pledges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.importing.DryRun;
import org.oscc.chamberlain.importing.DuplicateChoice;
import org.oscc.chamberlain.importing.DuplicateChoices;
import org.oscc.chamberlain.importing.ImportOutcome;
import org.oscc.chamberlain.root.ChamberServices;
import org.oscc.chamberlain.store.DataFolders;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;
import org.oscc.chamberlain.text.Messages;
import org.oscc.chamberlain.validation.InvalidInputException;
import org.oscc.chamberlain.validation.Problem;

/** The pledge spreadsheet import on real SQLite files, from real CSV and .xlsx files. */
class PledgeImporterTest {
    private static final String HEADERS = "Member,Project,Kind,Hours,Percent of workforce,Headcount basis,Start,End,"
            + "Status,Signed on,Notes\n";
    @TempDir
    Path dir;
    Store store;
    ChamberServices services;
    PledgeImporter importer;
    PledgeFixtures fx;
    long acme;
    long beta;
    long tuque;

    @BeforeEach
    void chamber() {
        store = TestStores.fresh(dir, TestStores.FIXED_CLOCK);
        services = ChamberServices.on(store, new DataFolders(dir.resolve("home")));
        importer = services.pledgeImporter();
        fx = new PledgeFixtures(store);
        acme = fx.member("Acme Logistique Inc.", 40);
        beta = fx.member("Béta Conseil", null);
        tuque = fx.project("Tuque");
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Path csv(String rows) throws Exception {
        Path f = dir.resolve("pledges.csv");
        Files.writeString(f, HEADERS + rows, StandardCharsets.UTF_8);
        return f;
    }

    private DryRun<PledgeDraft> dryRun(Path f) throws Exception {
        return importer.dryRun(f, importer.mappingFor(importer.preview(f, 0).headers()));
    }

    private Pledge only(long member, Long project) {
        return services.pledges().list(PledgeFilter.ALL).stream()
                .filter(r -> r.organizationId() == member && java.util.Objects.equals(r.projectId(), project))
                .map(r -> services.pledges().get(r.pledgeId()).orElseThrow()).findFirst().orElseThrow();
    }

    @Test
    void hoursAndPercentPledgesAreImportedWithMembersAndProjectsFoundByName() throws Exception {
        Path f = csv("acme logistique inc,Tuque,hours,120,,,2026-01-01,2026-12-31,active,2026-01-05,first pledge\n"
                + "Acme Logistique Inc.,General pool,% of workforce,,\"2,5\",,2026-01-01,2026-06-30,,2026-01-05,\n"
                + "Beta Conseil,,percent,,5,12,2026-02-01,,draft,,\n");

        DryRun<PledgeDraft> run = dryRun(f);
        assertThat(run.problems()).isEmpty();
        ImportOutcome done = importer.commit(run, DuplicateChoices.all(DuplicateChoice.SKIP), false);

        assertThat(done.created()).isEqualTo(3);
        Pledge hours = only(acme, tuque);
        assertThat(hours.kind()).isEqualTo(PledgeKind.HOURS);
        assertThat(hours.pledgedMinutes()).isEqualTo(120 * 60L);
        assertThat(hours.status()).isEqualTo(PledgeStatus.ACTIVE);
        assertThat(hours.signedOn()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(hours.notes()).isEqualTo("first pledge");
        Pledge pool = only(acme, null);
        assertThat(pool.kind()).isEqualTo(PledgeKind.PERCENT_OF_WORKFORCE);
        assertThat(pool.percentBp()).isEqualTo(250);
        assertThat(pool.headcountBasis()).as("the member's IT headcount").isEqualTo(40);
        assertThat(pool.status()).as("signed, no status given").isEqualTo(PledgeStatus.ACTIVE);
        Pledge second = only(beta, null);
        assertThat(second.headcountBasis()).isEqualTo(12);
        assertThat(second.periodEnd()).as("a year from the start").isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(second.status()).isEqualTo(PledgeStatus.DRAFT);
        assertThat(services.importHistory().all().get(0).kind())
                .isEqualTo(org.oscc.chamberlain.importing.ImportKind.PLEDGES);
    }

    @Test
    void everyProblemNamesItsRowAndColumnAndNothingIsWrittenUnlessInvalidRowsAreSkipped() throws Exception {
        Path f = csv("Nobody Ltd,Tuque,hours,10,,,2026-01-01,,,,\n"
                + "Acme Logistique Inc.,Mitaine,hours,10,,,2026-01-01,,,,\n"
                + "Béta Conseil,,percent,,5,,2026-01-01,,,,\n"
                + "Acme Logistique Inc.,Tuque,hours,10,,,2026-05-01,2026-04-01,,,\n"
                + "Acme Logistique Inc.,Tuque,hours,0,,,2026-01-01,,,,\n"
                + "Acme Logistique Inc.,Tuque,hours,10,,,2026-02-30,,,,\n"
                + "Acme Logistique Inc.,,,,,,2026-01-01,,,,\n"
                + "Acme Logistique Inc.,Tuque,hours,25,,,2026-01-01,,active,,fine\n");
        String before = fx.pledgeData();

        DryRun<PledgeDraft> run = dryRun(f);

        assertThat(run.problems()).extracting(Problem::describe).anySatisfy(d -> assertThat(d)
                .startsWith("Row 2, column \"Member\"").contains("no member named \"Nobody Ltd\""))
                .anySatisfy(d -> assertThat(d).startsWith("Row 3, column \"Project\"").contains("Mitaine"))
                .anySatisfy(d -> assertThat(d).startsWith("Row 4, column \"Headcount basis\"")
                        .contains("no IT headcount"))
                .anySatisfy(d -> assertThat(d).startsWith("Row 5, column \"End\"").contains("before it starts"))
                .anySatisfy(d -> assertThat(d).startsWith("Row 6, column \"Hours\"").contains("more than 0"))
                .anySatisfy(d -> assertThat(d).startsWith("Row 7, column \"Start\""))
                .anySatisfy(d -> assertThat(d).startsWith("Row 8, column \"Kind\""));
        assertThat(run.valid()).hasSize(1);
        assertThatThrownBy(() -> importer.commit(run, DuplicateChoices.all(DuplicateChoice.SKIP), false))
                .isInstanceOf(InvalidInputException.class);
        assertThat(fx.pledgeData()).isEqualTo(before);

        ImportOutcome partial = importer.commit(run, DuplicateChoices.all(DuplicateChoice.SKIP), true);
        assertThat(partial.created()).isEqualTo(1);
        assertThat(partial.leftOut()).hasSize(7);
        assertThat(only(acme, tuque).pledgedMinutes()).isEqualTo(25 * 60L);
    }

    @Test
    void aFrenchFileWithTheGeneralPoolAndFrenchStatusesIsImportedAndItsProblemsReadInFrench() throws Exception {
        Path f = dir.resolve("engagements.csv");
        Files.writeString(f, "Membre;Projet;Type;Heures;Début;Fin;Statut;Signé le\n"
                + "Acme Logistique Inc.;Réserve générale;heures;80;2026-01-01;2026-12-31;réalisé;2026-01-05\n"
                + "Béta Conseil;Tuque;heures;10;2026-01-01;;Annulé;\n"
                + "Personne inc.;Tuque;heures;10;2026-01-01;;actif;2026-01-05\n", StandardCharsets.UTF_8);
        DryRun<PledgeDraft> run;
        String inFrench;
        Messages.use(Messages.FRENCH);
        try {
            run = dryRun(f);
            assertThat(run.problems()).singleElement().satisfies(p -> assertThat(p.describe()).isEqualTo(
                    "Ligne 4, colonne «\u00a0Membre\u00a0»\u00a0: aucun membre ne s’appelle «\u00a0Personne inc.\u00a0»"));
            importer.commit(run, DuplicateChoices.all(DuplicateChoice.SKIP), true);
            inFrench = services.pledges().list(PledgeFilter.ALL).stream()
                    .filter(r -> r.organizationId() == acme).findFirst().orElseThrow().shownProjectName();
        } finally {
            Messages.use(Messages.startLanguage());
        }

        Pledge pool = only(acme, null);
        assertThat(pool.status()).isEqualTo(PledgeStatus.FULFILLED);
        assertThat(pool.pledgedMinutes()).isEqualTo(80 * 60L);
        assertThat(only(beta, tuque).status()).isEqualTo(PledgeStatus.CANCELLED);
        assertThat(inFrench).isEqualTo("Réserve générale");
        assertThat(run.problems().get(0).describe()).as("the same problem on an English screen")
                .isEqualTo("Row 4, column \"Membre\": there is no member named \"Personne inc.\"");
    }

    @Test
    void anXlsxWithDateCellsNamesThePitchThePledgeFollowed() throws Exception {
        services.sample().load(true);
        acme = fx.member("Acme Logistique Inc.", 40);
        Record slot = store.dsl().fetchOne("SELECT s.id, n.starts_at, p.name FROM agenda_slot s "
                + "JOIN pitch_night n ON n.id = s.pitch_night_id JOIN project p ON p.id = s.project_id "
                + "WHERE s.kind = 'PITCH' ORDER BY n.starts_at, s.position LIMIT 1");
        String night = String.valueOf(slot.get(1)).substring(0, 10);
        Path f = dir.resolve("pledges.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            var sheet = wb.createSheet("Pledges");
            String[] headers = {"Organisation", "Projet", "Heures", "Début", "Fin", "Signé le", "Soirée pitch"};
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Acme Logistique Inc.");
            row.createCell(1).setCellValue(String.valueOf(slot.get(2)));
            row.createCell(2).setCellValue(40);
            for (int c = 3; c <= 5; c++) {
                row.createCell(c).setCellStyle(date);
            }
            row.getCell(3).setCellValue(LocalDate.of(2026, 3, 1));
            row.getCell(4).setCellValue(LocalDate.of(2026, 8, 31));
            row.getCell(5).setCellValue(LocalDate.of(2026, 3, 2));
            row.createCell(6).setCellValue(night);
            wb.write(out);
        }

        DryRun<PledgeDraft> run = dryRun(f);
        assertThat(run.problems()).isEmpty();
        importer.commit(run, DuplicateChoices.all(DuplicateChoice.SKIP), false);

        Long project = ((Number) store.dsl().fetchValue("SELECT project_id FROM agenda_slot WHERE id = "
                + slot.get(0))).longValue();
        Pledge p = only(acme, project);
        assertThat(p.pitchSlotId()).isEqualTo(((Number) slot.get(0)).longValue());
        assertThat(p.periodStart()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(p.periodEnd()).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(p.pledgedMinutes()).isEqualTo(40 * 60L);
        assertThat(p.status()).isEqualTo(PledgeStatus.ACTIVE);
    }

    @Test
    void aSecondImportFindsItsDuplicatesAndEachImportIsUndoneInOneStep() throws Exception {
        Path f = csv("Acme Logistique Inc.,Tuque,hours,120,,,2026-01-01,2026-12-31,active,,\n");
        ImportOutcome first = importer.commit(dryRun(f), DuplicateChoices.all(DuplicateChoice.SKIP), false);
        String afterFirst = fx.pledgeData();

        Path again = csv("Acme Logistique Inc.,Tuque,hours,150,,,2026-01-01,2026-12-31,active,,more\n");
        DryRun<PledgeDraft> run = dryRun(again);
        assertThat(run.duplicates()).hasSize(1);
        assertThat(run.duplicates().get(0).describe()).contains("pledge");
        assertThatThrownBy(() -> importer.commit(run, DuplicateChoices.all(DuplicateChoice.SKIP), false))
                .hasMessageContaining("Nothing to import");
        ImportOutcome update = importer.commit(run, DuplicateChoices.all(DuplicateChoice.UPDATE), false);
        assertThat(update.updated()).isEqualTo(1);
        assertThat(only(acme, tuque).pledgedMinutes()).isEqualTo(150 * 60L);

        importer.undo(update.batchId());
        assertThat(fx.pledgeData()).isEqualTo(afterFirst);

        long pledge = only(acme, tuque).id();
        services.pledges().addContributions(java.util.List.of(new ContributionDraft(pledge, null, LocalDate.of(2026, 2, 1), 60L, null,
                "Zoë", "docs", null, null)));
        assertThatThrownBy(() -> importer.undo(first.batchId())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cannot be undone");
        store.dsl().execute("DELETE FROM contribution");
        importer.undo(first.batchId());
        assertThat(services.pledges().list(PledgeFilter.ALL)).isEmpty();
        assertThat(services.importHistory().all()).extracting(b -> b.status().name())
                .containsOnly("UNDONE");
        assertThat(List.of(first.batchId(), update.batchId())).doesNotHaveDuplicates();
    }
}
