package org.oscc.chamberlain.pledges.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.app.ChamberlainApp;
import org.oscc.chamberlain.pledges.PledgeRow;
import org.oscc.chamberlain.store.TestStores;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The quick-entry grid on the real Pledges screen with the sample chamber, driven from the keyboard as in a
 * spreadsheet: typing on a selected cell, Tab, Shift+Tab, Enter, Esc, a space, a pasted timesheet with a bad cell;
 * then the store holds exactly the rows typed.
 */
class QuickEntryKeyboardTest extends FxRobot {
    private static final int DATE = 0;
    private static final int HOURS = 1;
    private static final int WHO = 2;
    private static final int WHAT = 3;
    private static final int LINK = 4;

    @TempDir
    Path dir;
    private Path db;
    private javafx.application.Application app;
    private TableView<EntryRow> grid;
    private PledgeRow pledge;
    private final List<KeyEvent> escaped = new ArrayList<>();
    private final String today = LocalDate.now().toString();

    @BeforeEach
    void openThePledgesScreenOnTheSampleChamber() throws Exception {
        db = dir.resolve("chamber.db");
        TestStores.sampleChamber(db);
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(ChamberlainApp.class, "--db=" + db);
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#nav-pledges");
        waitUntil(() -> lookup("#view-pledges").tryQuery().isPresent());
        TableView<PledgeRow> pledges = lookup("#pledgeTable").queryTableView();
        waitUntil(() -> !pledges.getItems().isEmpty());
        LocalDate now = LocalDate.now();
        pledge = pledges.getItems().stream()
                .filter(p -> !p.periodStart().isAfter(now) && !p.periodEnd().isBefore(now)).findFirst().orElseThrow();
        interact(() -> {
            pledges.getSelectionModel().select(pledge);
            pledges.scrollTo(pledge);
        });
        grid = lookup("#entryGrid").queryTableView();
        waitUntil(() -> !grid.isDisabled() && grid.getItems().size() == 1);
        // the organizer scrolls the pledge's detail down to the grid (a small window shows the list's eight rows)
        interact(() -> org.oscc.chamberlain.ui.ScrollTo.show(grid));
        // every key that leaves the grid would reach the screen's root on its way to a button or the window
        Node screen = lookup("#view-pledges").query();
        screen.addEventHandler(KeyEvent.ANY, e -> {
            if (!e.isShortcutDown()) {
                escaped.add(e);
            }
        });
    }

    @AfterEach
    void stopTheApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void typingTabEnterEscAndAPastedTimesheetFillTheGridAndSaveExactlyWhatWasTyped() {
        int before = contributions();
        long lastId = query(c -> c.createStatement().executeQuery("select coalesce(max(id), 0) from contribution")
                .getLong(1));

        String firstDate = row(0).date.get(); // a new row's date is filled in: kept as shown
        clickOn(cell(0, HOURS)); // one click selects: nothing is edited yet
        assertThat(grid.getEditingCell()).isNull();
        write("2.5"); // the first key starts editing with itself
        assertThat(grid.getEditingCell()).isNotNull();
        type(KeyCode.TAB);
        assertThat(row(0).hours.get()).isEqualTo("2.5");
        assertFocus(0, WHO);
        assertThat(grid.getEditingCell()).as("Tab commits and selects, as a spreadsheet does").isNull();
        write("Zoe");
        type(KeyCode.SPACE); // a space inside the grid is text, not a press of "New pledge" behind it
        write("Tremblay");
        type(KeyCode.TAB);
        write("Docs review").type(KeyCode.TAB);
        assertFocus(0, LINK);
        type(KeyCode.TAB); // past the last column: the next row, a new one at the end
        assertThat(grid.getItems()).hasSize(2);
        assertFocus(1, DATE);
        press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT); // back to the end of the row above
        assertFocus(0, LINK);
        press(KeyCode.SHIFT).type(KeyCode.TAB).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertFocus(0, WHO);
        write("Someone else").type(KeyCode.ESCAPE); // Esc puts the old value back
        assertThat(row(0).contributor.get()).isEqualTo("Zoe Tremblay");
        assertThat(grid.getEditingCell()).isNull();
        type(KeyCode.TAB);
        assertFocus(0, WHAT);
        type(KeyCode.SPACE); // a typed space replaces the text, as any other character does; Esc puts it back
        assertThat(lookup("#entryGrid .entry-editor").queryTextInputControl().getText()).isEqualTo(" ");
        type(KeyCode.ESCAPE);
        assertThat(row(0).what.get()).isEqualTo("Docs review");
        press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        type(KeyCode.F2).write(" Jr").type(KeyCode.ENTER); // F2 edits what is there; Enter moves down
        assertThat(row(0).contributor.get()).isEqualTo("Zoe Tremblay Jr");
        assertFocus(1, WHO);
        type(KeyCode.SPACE).type(KeyCode.ESCAPE).type(KeyCode.ENTER).type(KeyCode.ESCAPE);

        // the form behind the grid is untouched and no key got past the grid
        TableView<PledgeRow> pledges = lookup("#pledgeTable").queryTableView();
        assertThat(pledges.getSelectionModel().getSelectedItem()).isEqualTo(pledge);
        assertThat(escaped).as("keys that left the grid").isEmpty();
        assertThat(row(1).isBlank()).isTrue();

        // a timesheet copied from a spreadsheet: a header row in its own words, Windows line ends, a bad cell
        String spelled = LocalDate.now().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
        String sheet = "Jour\tHeures\tWho\tTask\r\n" + spelled + "\t1:30\tAna\tTriage\r\n" + today
                + "\tlots\tBo\tTests\r\n";
        interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(sheet);
            Clipboard.getSystemClipboard().setContent(content);
        });
        type(KeyCode.UP, KeyCode.LEFT, KeyCode.LEFT); // the arrows move as the table always did
        assertFocus(0, DATE);
        press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        assertThat(grid.getItems()).hasSize(3); // the blank row made room for the two pasted
        assertThat(row(1).date.get()).as("a spelled-out date, read as the import reads it").isEqualTo(today);
        assertThat(row(1).hours.get()).isEqualTo("1:30");
        assertThat(row(1).contributor.get()).isEqualTo("Ana");
        assertThat(row(1).what.get()).isEqualTo("Triage");
        assertThat(row(2).hours.get()).isEqualTo("lots");
        assertThat(text("#entriesMessage")).contains("Row 3, column \"Hours\": \"lots\" is not a duration");
        assertThat(row(2).problem.get()).isTrue();
        assertThat(row(1).problem.get()).isFalse();
        waitUntil(() -> cell(2, HOURS).getStyleClass().contains(EditingCell.PROBLEM));
        assertThat(cell(2, WHO).getStyleClass()).doesNotContain(EditingCell.PROBLEM);
        assertThat(lookup("#entryGrid .entry-problem").queryAll()).hasSize(1);

        saveAll(); // refused: nothing is written
        waitUntil(() -> text("#entriesMessage").startsWith("Nothing was saved"));
        assertThat(contributions()).isEqualTo(before);

        clickOn(cell(2, HOURS));
        write("45 min").type(KeyCode.ENTER);
        press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL); // out of the grid, onto "Save all"
        assertThat(lookup("#saveEntries").query().isFocused()).isTrue();
        saveAll();
        waitUntil(() -> text("#entriesMessage").equals("3 entries saved."));
        waitUntil(() -> contributions() == before + 3);
        assertThat(savedAfter(lastId)).containsExactly(
                firstDate + "|150|Zoe Tremblay Jr|Docs review|null",
                today + "|90|Ana|Triage|null",
                today + "|45|Bo|Tests|null");
        assertThat(grid.getItems()).hasSize(1);
        assertThat(row(0).isBlank()).isTrue();
    }

    @Test
    void enterAndEscInTheGridDoNotFireTheScreensDefaultOrCancelButton() {
        List<String> fired = new ArrayList<>();
        interact(() -> {
            // as a form of the screen would have them (the pledge form's Save, a Revert)
            javafx.scene.control.Button save = new javafx.scene.control.Button("default");
            save.setDefaultButton(true);
            save.setOnAction(e -> fired.add("default"));
            javafx.scene.control.Button revert = new javafx.scene.control.Button("cancel");
            revert.setCancelButton(true);
            revert.setOnAction(e -> fired.add("cancel"));
            ((javafx.scene.layout.Pane) lookup("#view-pledges").query()).getChildren().addAll(save, revert);
        });
        clickOn(cell(0, WHO));
        write("Zoe").type(KeyCode.ENTER); // Enter commits the edit
        press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        write("Ana").type(KeyCode.ESCAPE); // Esc undoes the edit
        type(KeyCode.ENTER, KeyCode.ESCAPE); // and between edits
        assertThat(row(0).contributor.get()).isEqualTo("Zoe");
        assertThat(fired).isEmpty();
        assertThat(escaped).isEmpty();
    }

    @Test
    void aRefusalOfTheStoreNamesTheColumnAsItsHeaderReadsAndMarksTheCell() {
        int before = contributions();
        clickOn(cell(0, HOURS));
        write("25").type(KeyCode.ENTER); // read fine, but more than a day: the service refuses it
        saveAll();
        String header = grid.getVisibleLeafColumn(HOURS).getText();
        waitUntil(() -> text("#entriesMessage").contains("Row 1, column \"" + header + "\": is more than 24 hours"));
        assertThat(text("#entriesMessage")).doesNotContain("Duration");
        waitUntil(() -> cell(0, HOURS).getStyleClass().contains(EditingCell.PROBLEM));
        assertThat(row(0).hours.get()).isEqualTo("25");
        assertThat(contributions()).isEqualTo(before);
    }

    /** Scrolls "Save all" into view, as a user would, and presses it. */
    private void saveAll() {
        interact(() -> {
            ScrollPane pane = lookup("#view-pledges .scroll-pane").queryAs(ScrollPane.class);
            Node button = lookup("#saveEntries").query();
            Node content = pane.getContent();
            double top = content.sceneToLocal(button.localToScene(button.getBoundsInLocal())).getMinY();
            double scrollable = content.getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
            pane.setVvalue(scrollable <= 0 ? 0 : Math.min(1, Math.max(0, top - 8) / scrollable));
        });
        clickOn("#saveEntries");
    }

    private EntryRow row(int index) {
        return grid.getItems().get(index);
    }

    /** The grid's cell, scrolled into view first as the organizer would before clicking it. */
    private TableCell<?, ?> cell(int row, int column) {
        TableCell<?, ?> cell = lookup("#entryGrid .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getIndex() == row && c.getTableColumn() == grid.getVisibleLeafColumn(column)
                        && c.isVisible())
                .findFirst().orElseThrow(() -> new AssertionError("no cell at row " + row + ", column " + column));
        interact(() -> org.oscc.chamberlain.ui.ScrollTo.show(cell));
        return cell;
    }

    private void assertFocus(int row, int column) {
        TablePosition<EntryRow, ?> at = grid.getFocusModel().getFocusedCell();
        assertThat(at.getRow() + ":" + at.getColumn()).as("selected cell").isEqualTo(row + ":" + column);
        assertThat(grid.getSelectionModel().isSelected(row, grid.getVisibleLeafColumn(column))).isTrue();
    }

    private String text(String query) {
        return lookup(query).tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    private int contributions() {
        return query(c -> {
            try (var s = c.prepareStatement("select count(*) from contribution where pledge_id = ?")) {
                s.setLong(1, pledge.pledgeId());
                var r = s.executeQuery();
                r.next();
                return r.getInt(1);
            }
        });
    }

    /** The contributions stored after this id, as date|minutes|contributor|description|link, in the order saved. */
    private List<String> savedAfter(long lastId) {
        return query(c -> {
            try (var s = c.prepareStatement("select contributed_on, minutes, contributor_name, description, link"
                    + " from contribution where pledge_id = ? and id > ? order by id")) {
                s.setLong(1, pledge.pledgeId());
                s.setLong(2, lastId);
                var r = s.executeQuery();
                List<String> rows = new ArrayList<>();
                while (r.next()) {
                    rows.add(r.getString(1) + "|" + r.getInt(2) + "|" + r.getString(3) + "|" + r.getString(4) + "|"
                            + r.getString(5));
                }
                return rows;
            }
        });
    }

    private interface Query<T> {
        T run(Connection c) throws SQLException;
    }

    /** Reads the store through a plain second connection while the app holds it (WAL lets readers in). */
    private <T> T query(Query<T> query) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            return query.run(c);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private void waitUntil(Supplier<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::get);
        } catch (Exception e) {
            throw new AssertionError("the screen never showed what was expected; under the grid: "
                    + text("#entriesMessage"), e);
        }
    }
}
