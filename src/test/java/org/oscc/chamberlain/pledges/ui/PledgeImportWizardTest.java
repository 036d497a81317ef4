package org.oscc.chamberlain.pledges.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.app.ChamberlainApp;
import org.oscc.chamberlain.pledges.PledgeFixtures;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The pledge spreadsheet through the one import wizard, in the real window, as a new organizer would use it. */
class PledgeImportWizardTest extends FxRobot {
    @TempDir
    Path dir;
    private Path db;
    private javafx.application.Application app;

    @BeforeEach
    void startTheAppOnAChamberWithOneMemberAndProject() throws Exception {
        db = dir.resolve("chamber.db");
        try (Store store = TestStores.open(db, Clock.systemDefaultZone())) {
            PledgeFixtures fx = new PledgeFixtures(store);
            fx.member("Acme Logistique", 40);
            fx.project("Tuque");
        }
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(ChamberlainApp.class, "--db=" + db);
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#nav-pledges");
        waitFor("#view-pledges");
    }

    @AfterEach
    void stopTheApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void aWrongFileIsExplainedThenAWorkbookIsCheckedImportedWithoutItsBadRowAndUndone() throws Exception {
        Path notASheet = dir.resolve("photo.xlsx");
        Files.writeString(notASheet, "this is not a workbook", StandardCharsets.UTF_8);
        Path workbook = workbook();

        clickOn("#importPledges");
        waitFor("#importFile");
        setFile(dir.resolve("missing.xlsx"));
        clickOn("#wizardNext");
        waitUntil(() -> text("#wizardStatus").contains("existing file"));
        setFile(notASheet);
        clickOn("#wizardNext");
        waitUntil(() -> !text("#wizardStatus").isBlank() && lookup("#wizardNext").queryAs(Button.class).isVisible()
                && !text("#wizardStatus").contains("existing file"));
        assertThat(lookup("#map-member").tryQuery()).as("still on the first step").isEmpty();

        setFile(workbook);
        clickOn("#wizardNext");
        waitFor("#map-member");
        assertThat(lookup("#map-member").queryAs(ComboBox.class).getValue()).isEqualTo("Organisation");
        assertThat(lookup("#map-percent").queryAs(ComboBox.class).getValue()).isEqualTo("% of workforce");
        clickOn("#wizardNext");
        waitFor("#dryRunSummary");
        assertThat(text("#dryRunSummary")).contains("3 rows read: 2 can be imported, 1 cannot");
        assertThat(lookup("#importProblems").queryAs(ListView.class).getItems())
                .anySatisfy(p -> assertThat(p.toString()).contains("Row 4", "Organisation", "Nobody Ltd"));
        assertThat(lookup("#wizardImport").queryAs(Button.class).isDisabled()).isTrue();
        clickOn("#skipInvalid");
        clickOn("#wizardImport");
        waitFor("#importResult");
        assertThat(text("#importResult")).contains("2 pledges created", "1 row with problems left out");
        waitUntil(() -> pledgeRows() == 2);

        clickOn("#undoImport");
        waitFor("#confirmDestructive");
        clickOn("#confirmDestructive");
        waitUntil(() -> text("#importResult").contains("undone") && pledgeRows() == 0);
        clickOn("#wizardClose");
    }

    private Path workbook() throws Exception {
        Path f = dir.resolve("pledges 2026.xlsx");
        Object[][] rows = {
            {"Organisation", "Project", "Hours", "% of workforce", "Start", "End"},
            {"Acme Logistique", "Tuque", 120, null, "2026-01-01", "2026-12-31"},
            {"Acme Logistique", "General pool", null, 2.5, "2026-01-01", "2026-06-30"},
            {"Nobody Ltd", "Tuque", 10, null, "2026-01-01", ""}};
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            var sheet = wb.createSheet("Pledges");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
        }
        return f;
    }

    private void setFile(Path file) {
        interact(() -> lookup("#importFile").queryAs(TextField.class).setText(file.toString()));
    }

    private int pledgeRows() {
        return lookup("#pledgeTable").queryAs(TableView.class).getItems().size();
    }

    private String text(String query) {
        return lookup(query).tryQuery().map(n -> n instanceof Label l ? l.getText()
                : ((javafx.scene.control.Labeled) n).getText()).orElse("");
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (Exception e) {
            throw new AssertionError("the screen never got there", e);
        }
    }

    private void waitFor(String query) {
        waitUntil(() -> lookup(query).tryQuery().map(node -> node.isVisible() && node.getScene() != null)
                .orElse(false));
    }
}
