package org.oscc.chamberlain.reports.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.app.ChamberlainApp;
import org.oscc.chamberlain.sample.SampleChamberRepository;
import org.oscc.chamberlain.sample.SampleChamberService;
import org.oscc.chamberlain.settings.SettingsRepository;
import org.oscc.chamberlain.settings.SettingsService;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Reports screen of the real app on the sample chamber: making a board report from the screen. */
class ReportsScreenTest extends FxRobot {
    @TempDir
    Path dir;
    private javafx.application.Application app;
    private Path report;
    private int activeMembers;

    @BeforeEach
    void startTheAppOnTheSampleChamber() throws Exception {
        Path db = dir.resolve("chamber.db");
        try (Store store = TestStores.open(db, java.time.Clock.systemUTC())) {
            new SampleChamberService(new SampleChamberRepository(store),
                    new SettingsService(new SettingsRepository(store)), store.clock()).load(false);
            activeMembers = store.dsl().fetchCount(org.oscc.chamberlain.store.jooq.Tables.ORGANIZATION,
                    org.oscc.chamberlain.store.jooq.Tables.ORGANIZATION.STATUS.eq("ACTIVE"));
        }
        report = dir.resolve("out").resolve("board.xlsx");
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(ChamberlainApp.class, "--db=" + db);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stopTheApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void makingABoardReportWritesAWorkbookAndListsIt() throws Exception {
        clickOn("#nav-reports");
        waitFor("#view-reports");
        Node view = lookup("#view-reports").query();
        ReportsController controller = (ReportsController) view.getUserData();
        controller.chooseFilesWith((owner, title, suggested, extensions) -> {
            assertThat(suggested).startsWith("Board report FY").endsWith(".xlsx");
            return Optional.of(report);
        });
        assertThat(lookup("#previousReports").queryAs(TableView.class).getItems()).isEmpty();
        waitUntil(() -> lookup("#periodText").queryAs(Label.class).getText().contains("The report covers"));

        clickOn("#makeReport");
        waitFor("#doneBox");
        assertThat(lookup("#doneText").queryAs(Label.class).getText()).contains("board.xlsx");
        assertThat(report).exists();
        // the headline block of the report just made, as the Summary prints it
        waitFor("#headlineBox");
        assertThat(lookup("#headline-activeMembers").queryAs(Label.class).getText())
                .isEqualTo(String.format("%,d", activeMembers));
        assertThat(lookup("#headlineWorst").queryAs(javafx.scene.layout.VBox.class).getChildren()).hasSize(4);
        assertThat(lookup("#headlineCompared").queryAs(Label.class).getText()).contains("No earlier board report");
        try (InputStream in = Files.newInputStream(report); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetName(0)).isEqualTo("Summary");
            assertThat(wb.getNumberOfSheets()).isEqualTo(8);
        }
        waitUntil(() -> lookup("#previousReports").queryAs(TableView.class).getItems().size() == 1);
    }

    @Test
    void theSeasonCalendarIsWrittenAsAnIcsFileACalendarReads() throws Exception {
        Path feed = dir.resolve("out").resolve("season.ics");
        clickOn("#nav-reports");
        waitFor("#view-reports");
        ReportsController controller = (ReportsController) lookup("#view-reports").query().getUserData();
        controller.chooseFilesWith((owner, title, suggested, extensions) -> {
            assertThat(suggested).endsWith(".ics");
            assertThat(extensions).containsExactly(".ics");
            return Optional.of(feed);
        });

        clickOn("#exportSeason");
        waitFor("#doneBox");

        // the sample chamber has three pitch nights that are scheduled or held, and a draft
        assertThat(lookup("#doneText").queryAs(Label.class).getText()).isEqualTo("Wrote season.ics (3 pitch nights).");
        org.oscc.chamberlain.calendar.LineEnds.assertCrlfOnly(feed);
        try (InputStream in = Files.newInputStream(feed)) {
            net.fortuna.ical4j.model.Calendar calendar = new net.fortuna.ical4j.data.CalendarBuilder().build(in);
            assertThat(calendar.getComponents(net.fortuna.ical4j.model.Component.VEVENT)).hasSize(3);
            assertThat(calendar.getProperty(net.fortuna.ical4j.model.Property.METHOD).orElseThrow().getValue())
                    .isEqualTo("PUBLISH");
        }
        assertThat(Files.readString(feed)).doesNotContain("ATTENDEE");
    }

    @Test
    void aFolderThatCannotBeWrittenInIsExplainedOnTheScreenWithoutAnErrorDialog() throws Exception {
        // a file where the folder should be: unwritable for everyone, root included
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        clickOn("#nav-reports");
        waitFor("#view-reports");
        ReportsController controller = (ReportsController) lookup("#view-reports").query().getUserData();
        controller.chooseFilesWith((owner, title, suggested, extensions) -> Optional.of(blocker.resolve("r.xlsx")));
        waitUntil(() -> lookup("#periodText").queryAs(Label.class).getText().contains("The report covers"));

        clickOn("#makeReport");
        waitUntil(() -> lookup("#reportsMessage").queryAs(Label.class).getText().contains("Cannot write in the folder"));
        String message = lookup("#reportsMessage").queryAs(Label.class).getText();
        assertThat(message).contains(blocker.toString()).contains("Choose another folder").doesNotContain(".partial");
        assertThat(lookup("#reportsMessage").query().getStyleClass()).contains("message-error");
        assertThat(listWindows()).as("no error dialog").hasSize(1);
        assertThat(lookup("#makeReport").query().isDisabled()).isFalse();
        assertThat(lookup("#doneBox").query().isVisible()).isFalse();
    }

    @Test
    void customDatesThatRunBackwardsAreRefusedBesideThePicker() {
        clickOn("#nav-reports");
        waitFor("#view-reports");
        waitUntil(() -> lookup("#periodText").queryAs(Label.class).getText().contains("The report covers"));
        interact(() -> {
            lookup("#periodFrom").queryAs(javafx.scene.control.DatePicker.class)
                    .setValue(java.time.LocalDate.of(2026, 5, 1));
            lookup("#periodTo").queryAs(javafx.scene.control.DatePicker.class)
                    .setValue(java.time.LocalDate.of(2026, 4, 1));
        });
        assertThat(lookup("#periodText").queryAs(Label.class).getText()).contains("comes before");
        assertThat(lookup("#periodFrom").queryAs(javafx.scene.control.DatePicker.class).getEditor().getText())
                .isEqualTo("2026-05-01");
        assertThat(lookup("#makeReport").query().isDisabled()).isTrue();
    }

    private void waitFor(String query) {
        waitUntil(() -> lookup(query).tryQuery().map(node -> node.isVisible() && node.getScene() != null)
                .orElse(false));
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        } catch (Exception e) {
            throw new AssertionError("the screen never got there", e);
        }
    }
}
