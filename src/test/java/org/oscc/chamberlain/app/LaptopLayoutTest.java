package org.oscc.chamberlain.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oscc.chamberlain.store.TestStores;
import org.oscc.chamberlain.ui.LayoutChecks;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen of the sample chamber at a laptop's sizes (issue 13): no button, label, heading or name cut to
 * "...", the main lists at least eight rows tall, and widths and dividers back where they were when the window grows.
 */
class LaptopLayoutTest extends FxRobot {
    @TempDir
    Path dir;
    private javafx.application.Application app;
    private Stage stage;

    @BeforeEach
    void startTheAppOnTheSampleChamber() throws Exception {
        Path db = dir.resolve("chamber.db");
        TestStores.sampleChamber(db);
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(ChamberlainApp.class, "--db=" + db);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stopTheApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1024, 700", "1280, 720", "1366, 768"})
    void everyScreenReadsWithoutCutWords(int width, int height) {
        resize(width, height);
        List<String> problems = new ArrayList<>();
        visit("#nav-dashboard", "#overview-tiles", null, problems);
        visit("#nav-members", "#view-members", "#membersTable", problems);
        rowsAtLeast("#membersTable", width, height, problems);
        clickOn(lookup("#membersTable .table-row-cell").nth(2).queryAs(Node.class));
        settle();
        check("member form", problems);
        visit("#nav-projects", "#view-projects", "#projectsTable", problems);
        rowsAtLeast("#projectsTable", width, height, problems);
        clickOn(lookup("#projectsTable .table-row-cell").nth(1).queryAs(Node.class));
        settle();
        check("project form", problems);
        visit("#nav-pledges", "#view-pledges", "#pledgeTable", problems);
        rowsAtLeast("#pledgeTable", width, height, problems);
        clickOn(lookup("#pledgeTable .table-row-cell").nth(0).queryAs(Node.class));
        settle();
        check("pledge form and hours log", problems);
        visit("#nav-pitch-nights", "#view-pitch-nights", null, problems);
        for (String tab : List.of("#tab-agenda", "#tab-invitees", "#tab-outcomes", "#tab-session")) {
            clickOn(tab);
            settle();
            check("pitch night " + tab, problems);
        }
        clickOn("#monthMode");
        settle();
        check("pitch nights by month", problems);
        clickOn("#listMode");
        visit("#nav-reports", "#view-reports", null, problems);
        visit("#nav-settings", "#view-settings", null, problems);
        assertThat(problems).as("at %dx%d", width, height).isEmpty();
    }

    @Test
    void columnWidthsAndDividersRecoverWhenTheWindowGrowsAgain() {
        resize(1366, 768);
        List<String> ignored = new ArrayList<>();
        for (String[] screen : new String[][] {{"#nav-members", "#view-members", "#membersTable"},
                {"#nav-projects", "#view-projects", "#projectsTable"},
                {"#nav-pledges", "#view-pledges", "#pledgeTable"}}) {
            visit(screen[0], screen[1], screen[2], ignored);
            TableView<?> table = lookup(screen[2]).queryTableView();
            SplitPane split = enclosingSplit(table);
            List<Double> widths = widths(table);
            double[] dividers = split.getDividerPositions();

            resize(1024, 700);
            assertThat(visibleColumns(table)).as("%s at 1024x700", screen[2]).isLessThanOrEqualTo(widths.size());
            resize(1366, 768);
            assertThat(split.getDividerPositions()).as("dividers beside %s", screen[2])
                    .containsExactly(dividers, org.assertj.core.data.Offset.offset(0.005));
            assertThat(widths(table)).as("column widths of %s after growing again", screen[2])
                    .hasSameSizeAs(widths).usingElementComparator((a, b) -> Math.abs(a - b) <= 1 ? 0 : 1)
                    .containsExactlyElementsOf(widths);
        }
    }

    @Test
    void theNarrowestWindowHidesSecondaryColumnsThatTheTableMenuShowsAgain() {
        resize(1024, 700);
        List<String> ignored = new ArrayList<>();
        visit("#nav-members", "#view-members", "#membersTable", ignored);
        TableView<?> table = lookup("#membersTable").queryTableView();
        List<TableColumn<?, ?>> hidden = new ArrayList<>();
        table.getColumns().stream().filter(c -> !c.isVisible()).forEach(hidden::add);
        assertThat(hidden).as("secondary columns hidden at 1024x700").isNotEmpty();
        assertThat(table.isTableMenuButtonVisible()).isTrue();
        assertThat(table.getColumns().get(0).isVisible()).as("the organization's name").isTrue();
        // the organizer shows one back from the table's menu (its check item is bound to the column's visibility):
        // it stays, even as the window changes
        TableColumn<?, ?> email = hidden.stream().filter(c -> c.getText().equals(org.oscc.chamberlain.text.Messages.get("members.col.email"))).findFirst().orElseThrow();
        assertThat(lookup("#membersTable .show-hide-columns-button").tryQuery()).isPresent();
        interact(() -> email.setVisible(true));
        settle();
        assertThat(email.isVisible()).isTrue();
        resize(1100, 700);
        assertThat(email.isVisible()).as("kept where the organizer asked for it").isTrue();
    }

    @Test
    void theMainDialogsFitASmallScreenWithoutCutWords() {
        resize(1024, 700);
        List<String> problems = new ArrayList<>();
        visit("#nav-members", "#view-members", "#membersTable", problems);
        clickOn(lookup("#membersTable .table-row-cell").nth(0).queryAs(Node.class));
        settle();
        openAndCheck("#addContact", "#contactName", "contact dialog", problems);
        openAndCheck("#importMembers", "#importFile", "member import wizard", problems);
        visit("#nav-pledges", "#view-pledges", "#pledgeTable", problems);
        openAndCheck("#importTimesheet", "#import-wizard", "timesheet import", problems);
        visit("#nav-pitch-nights", "#view-pitch-nights", null, problems);
        openAndCheck("#calendarInvite", "#invite-save-ics", "calendar invite", problems);
        clickOn("#tab-agenda");
        waitUntil(() -> !lookup("#agendaTable").queryTableView().getItems().isEmpty(), () -> "an empty agenda");
        clickOn(lookup("#agendaTable .table-row-cell").nth(0).queryAs(Node.class));
        settle();
        check("slot editor", problems);
        assertThat(problems).isEmpty();
    }

    /** Opens a dialog as its button does, reads it, and closes it; a dialog must fit a 1024x700 screen. */
    private void openAndCheck(String button, String inside, String what, List<String> problems) {
        javafx.scene.control.ButtonBase opener = lookup(button).queryAs(javafx.scene.control.ButtonBase.class);
        // fired, not clicked: the button may sit below the fold of a scrolled form
        javafx.application.Platform.runLater(opener::fire);
        waitUntil(() -> lookup(inside).tryQuery().map(n -> n.getScene() != null && n.isVisible()).orElse(false),
                () -> what + " never showed " + inside);
        settle();
        Node node = lookup(inside).query();
        javafx.stage.Window window = node.getScene().getWindow();
        onFx(() -> LayoutChecks.cutTexts(node.getScene().getRoot())).forEach(c -> problems.add(what + " — " + c));
        if (window.getWidth() > 1024 || window.getHeight() > 700) {
            problems.add(what + " is " + window.getWidth() + "x" + window.getHeight() + ", larger than 1024x700");
        }
        interact(window::hide);
        settle();
    }

    private void visit(String nav, String view, String table, List<String> problems) {
        clickOn(nav);
        waitUntil(() -> lookup(view).tryQuery().map(Node::isVisible).orElse(false), () -> "never saw " + view);
        if (table != null) {
            waitUntil(() -> !lookup(table).queryTableView().getItems().isEmpty(), () -> table + " stayed empty");
        }
        settle();
        check(view, problems);
    }

    private void check(String where, List<String> problems) {
        List<LayoutChecks.Cut> cuts = onFx(
                () -> LayoutChecks.cutTexts(stage.getScene().getRoot()));
        cuts.forEach(c -> problems.add(where + " — " + c));
        onFx(() -> LayoutChecks.beyondWindow(stage.getScene().getRoot()))
                .forEach(c -> problems.add(where + " — " + c));
        onFx(() -> LayoutChecks.scrollingSideways(stage.getScene().getRoot()))
                .forEach(c -> problems.add(where + " — " + c));
    }

    /** Eight rows at 1280x720 and up (the bar), all a 700-pixel-high window holds at the smallest. */
    private void rowsAtLeast(String table, int width, int height, List<String> problems) {
        int rows = onFx(() -> LayoutChecks.wholeRowsShown(lookup(table).queryTableView()));
        int wanted = height >= 720 ? 8 : 7;
        if (rows < wanted) {
            problems.add(table + " shows " + rows + " whole rows at " + width + "x" + height + ", wanted " + wanted);
        }
    }

    private void resize(int width, int height) {
        interact(() -> {
            stage.setMaximized(false);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        settle();
        Scene scene = stage.getScene();
        assertThat(scene.getWidth()).as("the scene follows the window").isLessThanOrEqualTo(width);
    }

    /** Lets the layout passes, the columns' own refits and the background loads finish. */
    private void settle() {
        for (int i = 0; i < 4; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            sleep(60);
        }
    }

    private static List<Double> widths(TableView<?> table) {
        return onFx(() -> table.getVisibleLeafColumns().stream()
                .map(TableColumn::getWidth).toList());
    }

    private static int visibleColumns(TableView<?> table) {
        return onFx(() -> table.getVisibleLeafColumns().size());
    }

    private static SplitPane enclosingSplit(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof SplitPane s) {
                return s;
            }
        }
        throw new AssertionError("no split pane around " + node.getId());
    }

    private static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static void waitUntil(Callable<Boolean> condition, java.util.function.Supplier<String> seen) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        } catch (Exception e) {
            throw new AssertionError("waited 60 s in vain: " + seen.get(), e);
        }
    }
}
