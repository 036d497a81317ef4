package org.oscc.chamberlain.app;

import org.oscc.chamberlain.root.ChamberServices;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.importing.DuplicateChoice;
import org.oscc.chamberlain.importing.DuplicateChoices;
import org.oscc.chamberlain.members.MemberImporter;
import org.oscc.chamberlain.pledges.PledgeRow;
import org.oscc.chamberlain.store.DataFolders;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every prompt before something that cannot be taken back at a click, in the real window on the sample chamber:
 * Enter and Esc leave the store as it was, only the action button goes ahead.
 */
class DestructivePromptsTest extends FxRobot {
    private static final String IMPORTED = "Delta Coop (imported)";
    @TempDir
    Path dir;
    private Path db;
    private javafx.application.Application app;

    @BeforeEach
    void startOnTheSampleChamberWithOneMemberImport() throws Exception {
        db = dir.resolve("chamber.db");
        Path csv = dir.resolve("new members.csv");
        Files.writeString(csv, "Organization name;City\n" + IMPORTED + ";Laval\n", StandardCharsets.UTF_8);
        try (ChamberServices services = ChamberServices.open(db, new DataFolders(dir.resolve("home")))) {
            services.sample().load(false);
            MemberImporter importer = services.memberImporter();
            var run = importer.dryRun(csv, importer.mappingFor(importer.preview(csv, 1).headers()));
            importer.commit(run, DuplicateChoices.all(DuplicateChoice.SKIP), false);
        }
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
    void replacingTheChamberWithTheSampleNeedsTheReplaceButton() {
        waitFor("#overview-tiles");
        loadSampleFromTheMenu();
        assertPromptRefusesWith(KeyCode.ENTER);
        assertThat(count("SELECT count(*) FROM organization WHERE name = '" + IMPORTED + "'")).isEqualTo(1);
        loadSampleFromTheMenu();
        assertPromptRefusesWith(KeyCode.ESCAPE);
        assertThat(count("SELECT count(*) FROM organization WHERE name = '" + IMPORTED + "'")).isEqualTo(1);
        loadSampleFromTheMenu();
        waitFor("#confirmDestructive");
        clickOn("#confirmDestructive");
        waitUntil(() -> count("SELECT count(*) FROM organization WHERE name = '" + IMPORTED + "'") == 0);
    }

    @Test
    void undoingAMemberImportFromTheHistoryNeedsTheUndoButton() {
        clickOn("#nav-members");
        waitFor("#view-members");
        clickOn("#importHistory");
        waitUntil(() -> !lookup("#importHistoryTable").queryAs(TableView.class).getItems().isEmpty());
        interact(() -> lookup("#importHistoryTable").queryAs(TableView.class).getSelectionModel().select(0));
        for (KeyCode key : List.of(KeyCode.ENTER, KeyCode.ESCAPE)) {
            clickOn("#undoSelectedImport");
            assertPromptRefusesWith(key);
            assertThat(count("SELECT count(*) FROM import_batch WHERE status = 'APPLIED'")).as(key.getName())
                    .isEqualTo(1);
            assertThat(lookup("#importHistoryTable").tryQuery()).as("the history stays open").isPresent();
        }
        clickOn("#undoSelectedImport");
        waitFor("#confirmDestructive");
        clickOn("#confirmDestructive");
        waitUntil(() -> count("SELECT count(*) FROM import_batch WHERE status = 'UNDONE'") == 1);
        assertThat(count("SELECT count(*) FROM organization WHERE name = '" + IMPORTED + "'")).isZero();
    }

    @Test
    void deletingAnHoursEntryNeedsTheDeleteButton() {
        long pledgeId = count("SELECT pledge_id FROM contribution GROUP BY pledge_id ORDER BY count(*) DESC LIMIT 1");
        int entries = count("SELECT count(*) FROM contribution WHERE pledge_id = " + pledgeId);
        clickOn("#nav-pledges");
        waitFor("#view-pledges");
        @SuppressWarnings("unchecked")
        TableView<PledgeRow> pledges = lookup("#pledgeTable").queryAs(TableView.class);
        waitUntil(() -> pledges.getItems().stream().anyMatch(r -> r.pledgeId() == pledgeId));
        interact(() -> pledges.getSelectionModel().select(pledges.getItems().stream()
                .filter(r -> r.pledgeId() == pledgeId).findFirst().orElseThrow()));
        TableView<?> log = lookup("#contributionTable").queryAs(TableView.class);
        waitUntil(() -> log.getItems().size() == entries);
        interact(() -> log.getSelectionModel().select(0));
        // the organizer scrolls the pledge's detail down to the button (a small window shows the list's eight rows)
        interact(() -> org.oscc.chamberlain.ui.ScrollTo.show(lookup("#deleteEntry").query()));
        for (KeyCode key : List.of(KeyCode.ENTER, KeyCode.ESCAPE)) {
            clickOn("#deleteEntry");
            assertPromptRefusesWith(key);
            assertThat(count("SELECT count(*) FROM contribution WHERE pledge_id = " + pledgeId)).as(key.getName())
                    .isEqualTo(entries);
        }
        clickOn("#deleteEntry");
        waitFor("#confirmDestructive");
        clickOn("#confirmDestructive");
        waitUntil(() -> count("SELECT count(*) FROM contribution WHERE pledge_id = " + pledgeId) == entries - 1);
        waitUntil(() -> log.getItems().size() == entries - 1);
    }

    private void loadSampleFromTheMenu() {
        MenuBar bar = lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menu-sample".equals(i.getId())).findFirst().orElseThrow();
        interact(item::fire);
    }

    /** The prompt is up with Cancel as the focused default; {@code key} closes it and nothing runs. */
    private void assertPromptRefusesWith(KeyCode key) {
        waitFor("#confirmDestructive");
        waitUntil(() -> lookup("#confirmCancel").queryButton().isFocused());
        assertThat(lookup("#confirmDestructive").queryButton().isDefaultButton()).isFalse();
        type(key);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#confirmDestructive").tryQuery()).as(key.getName() + " closes the prompt").isEmpty();
        // let any work that would have started reach the store before it is read
        sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private int count(String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private void waitFor(String query) {
        waitUntil(() -> lookup(query).tryQuery().map(n -> n.isVisible() && n.getScene() != null).orElse(false));
    }

    private static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        } catch (Exception e) {
            throw new AssertionError("waited 60 s in vain", e);
        }
    }
}
