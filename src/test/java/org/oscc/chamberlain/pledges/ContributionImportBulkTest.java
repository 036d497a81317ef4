package org.oscc.chamberlain.pledges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.importing.ColumnMapping;
import org.oscc.chamberlain.importing.DryRun;
import org.oscc.chamberlain.importing.DuplicateChoice;
import org.oscc.chamberlain.importing.DuplicateChoices;
import org.oscc.chamberlain.importing.SpreadsheetReader;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.StoreSnapshot;
import org.oscc.chamberlain.store.TestStores;

/**
 * The timesheet import's bulk path (the totals trigger dropped for the write, the kept totals added in one statement
 * each) on two copies of the sample chamber: one imports the file, the other records the same entries row by row
 * through the trigger. The kept totals must come out identical, and an import that fails part-way must leave totals,
 * triggers and entries as they were.
 */
class ContributionImportBulkTest {
    private static final String TOTALS = "SELECT pledge_id, minutes, entries FROM contribution_total ORDER BY 1";
    private static final String MONTHS = "SELECT month, project_key, minutes, entries FROM contribution_project_month"
            + " ORDER BY 1, 2";

    @TempDir
    Path dir;
    private Store bulk;
    private Store rowByRow;

    @BeforeEach
    void twoSampleChambers() throws Exception {
        Path file = dir.resolve("a.db");
        TestStores.sampleChamber(file);
        Files.copy(file, dir.resolve("b.db"));
        bulk = TestStores.open(file, TestStores.FIXED_CLOCK);
        rowByRow = TestStores.open(dir.resolve("b.db"), TestStores.FIXED_CLOCK);
    }

    @AfterEach
    void close() {
        bulk.close();
        rowByRow.close();
    }

    private ContributionImporter importer(Store store) {
        return org.oscc.chamberlain.root.ChamberServices.on(store,
                new org.oscc.chamberlain.store.DataFolders(dir.resolve("home-" + System.identityHashCode(store))))
                .contributionImporter();
    }

    /** Entries for every pledge that is not cancelled, spread over its period and over months. */
    private List<ContributionDraft> entries() {
        List<ContributionDraft> drafts = new ArrayList<>();
        for (Pledge p : new PledgeRepository(bulk).all().values()) {
            if (p.status() == PledgeStatus.CANCELLED) {
                continue;
            }
            long days = p.periodEnd().toEpochDay() - p.periodStart().toEpochDay();
            for (int i = 0; i < 12; i++) {
                LocalDate on = p.periodStart().plusDays(days * i / 12);
                drafts.add(ContributionDraft.of(p.id(), on, 15 + (i * 37 + p.id()) % 400, "Bulk tester " + i));
            }
        }
        return drafts;
    }

    private Path timesheet(List<ContributionDraft> drafts) throws Exception {
        StringBuilder text = new StringBuilder("Pledge ID,Date,Hours,Contributor,Description\n");
        for (ContributionDraft d : drafts) {
            text.append(d.pledgeId()).append(',').append(d.contributedOn()).append(',')
                    .append(d.minutes() / 60).append(':').append(String.format("%02d", d.minutes() % 60)).append(',')
                    .append(d.contributorName()).append(",Reviewed pull requests\n");
        }
        Path file = dir.resolve("timesheet.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static DryRun<ContributionDraft> dryRun(ContributionImporter importer, Path file) throws Exception {
        ColumnMapping mapping = importer.mappingFor(SpreadsheetReader.preview(file, 1).headers());
        return importer.dryRun(file, mapping);
    }

    @Test
    void keptTotalsAfterABulkImportAreThoseTheRowByRowTriggerKeeps() throws Exception {
        List<ContributionDraft> drafts = entries();
        assertThat(drafts).hasSizeGreaterThan(100);
        List<String> schemaBefore = StoreSnapshot.schema(bulk);
        ContributionImporter importer = importer(bulk);
        DryRun<ContributionDraft> run = dryRun(importer, timesheet(drafts));
        assertThat(run.problems()).isEmpty();
        var outcome = importer.commit(run, "timesheet.csv", DuplicateChoices.all(DuplicateChoice.SKIP), false);
        assertThat(outcome.created()).isEqualTo(drafts.size());
        for (ContributionDraft d : drafts) {
            PledgeFixtures.service(rowByRow).addContributions(java.util.List.of(d));
        }

        assertThat(StoreSnapshot.rows(bulk, TOTALS)).isEqualTo(StoreSnapshot.rows(rowByRow, TOTALS));
        assertThat(StoreSnapshot.rows(bulk, MONTHS)).isEqualTo(StoreSnapshot.rows(rowByRow, MONTHS));
        assertThat(StoreSnapshot.rows(bulk, TOTALS)).isEqualTo(StoreSnapshot.rows(bulk, "SELECT pledge_id,"
                + " sum(minutes), count(*) FROM contribution GROUP BY pledge_id ORDER BY 1"));
        assertThat(StoreSnapshot.schema(bulk)).isEqualTo(schemaBefore);

        // undo goes back through the delete trigger to the sample's own totals
        importer.undo(outcome.batchId());
        assertThat(StoreSnapshot.rows(bulk, TOTALS)).isEqualTo(StoreSnapshot.rows(bulk, "SELECT pledge_id,"
                + " sum(minutes), count(*) FROM contribution GROUP BY pledge_id ORDER BY 1"));
    }

    @Test
    void importThatFailsPartWayLeavesTotalsTriggersAndEntriesAsTheyWere() throws Exception {
        List<ContributionDraft> drafts = entries();
        // the write fails at a row past the middle (as a full disk would): the store itself refuses that row
        ContributionDraft middle = drafts.get(drafts.size() * 2 / 3);
        drafts.set(drafts.size() * 2 / 3, ContributionDraft.of(middle.pledgeId(), middle.contributedOn(),
                middle.minutes(), "Refused tester"));
        ContributionImporter importer = importer(bulk);
        DryRun<ContributionDraft> run = dryRun(importer, timesheet(drafts));
        assertThat(run.problems()).isEmpty();
        StoreSnapshot.execute(bulk, "CREATE TRIGGER refuse_in_test BEFORE INSERT ON contribution"
                + " WHEN NEW.contributor_name = 'Refused tester' BEGIN SELECT RAISE(ABORT, 'refused'); END");
        List<String> schema = StoreSnapshot.schema(bulk);
        List<String> totals = StoreSnapshot.rows(bulk, TOTALS);
        List<String> months = StoreSnapshot.rows(bulk, MONTHS);
        List<String> entries = StoreSnapshot.rows(bulk, "SELECT * FROM contribution ORDER BY id");

        Throwable failure = catchThrowable(() -> importer.commit(run, "timesheet.csv",
                DuplicateChoices.all(DuplicateChoice.SKIP), false));

        assertThat(failure).hasStackTraceContaining("refused");
        assertThat(StoreSnapshot.schema(bulk)).isEqualTo(schema);
        assertThat(StoreSnapshot.rows(bulk, TOTALS)).isEqualTo(totals);
        assertThat(StoreSnapshot.rows(bulk, MONTHS)).isEqualTo(months);
        assertThat(StoreSnapshot.rows(bulk, "SELECT * FROM contribution ORDER BY id")).isEqualTo(entries);
        assertThat(StoreSnapshot.rows(bulk, "SELECT count(*) FROM import_batch")).containsExactly("0");
    }
}
