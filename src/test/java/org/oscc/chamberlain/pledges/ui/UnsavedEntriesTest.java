package org.oscc.chamberlain.pledges.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.pledges.PledgeDraft;
import org.oscc.chamberlain.pledges.PledgeFilter;
import org.oscc.chamberlain.pledges.PledgeFixtures;
import org.oscc.chamberlain.pledges.PledgeService;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;
import org.oscc.chamberlain.ui.SameThreadTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * What the main window's unsaved-edits check asks of the hours log: whether rows are typed and not saved, to save them
 * (told whether that worked) and to discard them; on a real store.
 */
@ExtendWith(ApplicationExtension.class)
class UnsavedEntriesTest {
    @TempDir
    static Path dir;
    private Store store;
    private PledgeFixtures fixtures;
    private ContributionLog log;
    private TableView<EntryRow> grid;

    @Start
    void start(Stage stage) throws Exception {
        store = TestStores.open(dir.resolve("chamber-" + System.nanoTime() + ".db"), Clock.systemDefaultZone());
        fixtures = new PledgeFixtures(store);
        PledgeService pledges = PledgeFixtures.service(store);
        long member = fixtures.member("Acme Logistique", 40);
        LocalDate today = pledges.today();
        pledges.create(PledgeDraft.hours(member, null, 6000, today.withDayOfYear(1),
                today.withDayOfYear(today.lengthOfYear()), null));
        log = new ContributionLog(pledges, new SameThreadTasks(), () -> { });
        log.show(pledges.list(PledgeFilter.ALL).get(0));
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(log.node()), 900, 600));
        stage.show();
        grid = (TableView<EntryRow>) log.node().lookup("#entryGrid");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void typedRowsAreUnsavedUntilSavedAndSavingSaysWhetherItWorked(FxRobot robot) {
        assertThat(log.hasUnsavedEntries()).as("a fresh row with only its date").isFalse();
        String before = fixtures.pledgeData();
        robot.clickOn(cell(robot, 0, 1)).write("30 h").type(KeyCode.ENTER); // readable, but over a day
        assertThat(log.hasUnsavedEntries()).isTrue();

        List<Boolean> answers = new ArrayList<>();
        robot.interact(() -> log.saveEntries(answers::add));
        assertThat(answers).containsExactly(false);
        assertThat(log.hasUnsavedEntries()).isTrue();
        assertThat(fixtures.pledgeData()).isEqualTo(before);

        robot.clickOn(cell(robot, 0, 1)).write("3").type(KeyCode.ENTER);
        robot.interact(() -> log.saveEntries(answers::add));
        assertThat(answers).containsExactly(false, true);
        assertThat(log.hasUnsavedEntries()).isFalse();
        assertThat(fixtures.pledgeData()).isNotEqualTo(before).contains(",180,");
    }

    @Test
    void discardingForgetsTheTypedRowsAndWritesNothing(FxRobot robot) {
        String before = fixtures.pledgeData();
        robot.clickOn(cell(robot, 0, 2)).write("Zoe").type(KeyCode.TAB).write("Docs");
        assertThat(log.hasUnsavedEntries()).isTrue();
        robot.interact(log::discardEntries);
        assertThat(log.hasUnsavedEntries()).isFalse();
        assertThat(grid.getItems()).hasSize(1);
        assertThat(grid.getItems().get(0).contributor.get()).isEmpty();
        List<Boolean> answers = new ArrayList<>();
        robot.interact(() -> log.saveEntries(answers::add));
        assertThat(answers).as("nothing to save is no failure").containsExactly(true);
        assertThat(fixtures.pledgeData()).isEqualTo(before);
    }

    private TableCell<?, ?> cell(FxRobot robot, int row, int column) {
        return robot.lookup("#entryGrid .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getIndex() == row && c.getTableColumn() == grid.getVisibleLeafColumn(column))
                .findFirst().orElseThrow();
    }
}
