package org.oscc.chamberlain.reports.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.reports.ReportPeriod;
import org.oscc.chamberlain.reports.ui.ReportsModel.PeriodKind;
import org.oscc.chamberlain.root.ChamberServices;
import org.oscc.chamberlain.store.DataFolders;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;
import org.oscc.chamberlain.ui.SameThreadTasks;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The Reports screen's state on the sample chamber, its exports run at once on the JavaFX thread into real files. */
@ExtendWith(ApplicationExtension.class)
class ReportsModelTest {
    @TempDir
    Path dir;
    private Store store;
    private ChamberServices services;
    private ReportsModel model;

    @BeforeEach
    void sampleChamber() {
        Path db = dir.resolve("chamber.db");
        TestStores.sampleChamber(db);
        store = TestStores.open(db, Clock.systemDefaultZone());
        services = ChamberServices.on(store, new DataFolders(dir.resolve("home")));
        model = new ReportsModel(services.boardReports(), services.rosterExporter(), services.calendar()::seasonFeed,
                new SameThreadTasks());
        onFx(model::refresh);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void loadingOffersTheLastQuartersAndYearsWithTheCurrentFiscalYearChosen() {
        assertThat(model.quarters()).hasSize(8);
        assertThat(model.years()).hasSize(5).first().isEqualTo(services.boardReports().defaultPeriod());
        assertThat(model.kindProperty().get()).isEqualTo(PeriodKind.FISCAL_YEAR);
        assertThat(model.period()).contains(model.years().get(0));
        assertThat(model.periodTextProperty().get().wrong()).isFalse();
        assertThat(model.canMakeReportProperty().get()).isTrue();
    }

    @Test
    void aValueChosenChoosesItsKindAndBackwardDatesAreRefusedBeforeAnythingIsAsked() {
        ReportPeriod q = model.quarters().get(1);
        onFx(() -> model.quarterProperty().set(q));
        assertThat(model.kindProperty().get()).isEqualTo(PeriodKind.QUARTER);
        assertThat(model.period()).contains(q);
        assertThat(model.boardReportName()).isPresent();

        onFx(() -> model.fromProperty().set(model.toProperty().get().plusDays(1)));
        assertThat(model.kindProperty().get()).isEqualTo(PeriodKind.CUSTOM);
        assertThat(model.period()).isEmpty();
        assertThat(model.periodTextProperty().get().wrong()).isTrue();
        assertThat(model.canMakeReportProperty().get()).isFalse();
        assertThat(model.boardReportName()).isEmpty();
        Path target = dir.resolve("not made.xlsx");
        onFx(() -> model.makeReport(target));
        assertThat(target).doesNotExist();
        assertThat(model.doneProperty().get()).isNull();
    }

    @Test
    void theBoardReportIsWrittenSaidAndListedWithTheReportsMadeBefore() {
        int before = model.runsProperty().get().size();
        Path target = dir.resolve("board.xlsx");
        onFx(() -> model.makeReport(target));
        assertThat(target).isRegularFile();
        assertThat(model.runningProperty().get()).isNull();
        assertThat(model.doneProperty().get().headline()).isNotNull();
        assertThat(model.doneText()).contains("board.xlsx");
        assertThat(model.noteProperty().get()).isEqualTo(ReportsModel.Note.NONE);
        assertThat(model.runsProperty().get()).hasSize(before + 1);
        assertThat(model.canMakeReportProperty().get()).isTrue();
    }

    @Test
    void aRosterThatCannotBeWrittenIsSaidAndLeavesNoFileAndNoResult() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "a file, not a folder");
        Path target = notAFolder.resolve("roster.xlsx");
        onFx(() -> model.exportRoster(target));
        assertThat(model.noteProperty().get().error()).isTrue();
        assertThat(model.noteProperty().get().text()).isNotBlank();
        assertThat(model.doneProperty().get()).isNull();
        assertThat(notAFolder).isRegularFile().hasContent("a file, not a folder");

        Path written = dir.resolve("roster.csv");
        onFx(() -> model.exportRoster(written));
        assertThat(written).isRegularFile();
        assertThat(model.doneProperty().get().headline()).isNull();
        assertThat(model.noteProperty().get()).isEqualTo(ReportsModel.Note.NONE);
    }

    /** Runs {@code work} on the JavaFX thread and lets the handlers of the tasks it ran fire. */
    private static void onFx(Runnable work) {
        try {
            WaitForAsyncUtils.asyncFx((Callable<Void>) () -> {
                work.run();
                return null;
            }).get();
            WaitForAsyncUtils.waitForFxEvents();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
