package org.oscc.chamberlain.pledges.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.app.ChamberlainApp;
import org.oscc.chamberlain.pledges.MemberFacts;
import org.oscc.chamberlain.pledges.PledgeFixtures;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window: create a pledge, log hours in the quick-entry grid, and watch the pledge's progress bar and the
 * dashboard's delivered hours change without restarting.
 */
class PledgesScreenTest extends FxRobot {
    @TempDir
    Path dir;
    private javafx.application.Application app;

    @BeforeEach
    void startTheAppOnAChamberWithOneMember() throws Exception {
        Path db = dir.resolve("chamber.db");
        try (Store store = TestStores.open(db, Clock.systemDefaultZone())) {
            new PledgeFixtures(store).member("Acme Logistique", 40);
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
    void aPledgeWithHoursLoggedShowsItsProgressAndTheDashboardFollows() {
        waitUntil(() -> text("#tile-hours-delivered .tile-figure").equals("0.0"));
        assertThat(text("#tile-hours-pledged .tile-figure")).isEqualTo("0.0");

        clickOn("#nav-pledges");
        waitUntil(() -> lookup("#view-pledges").tryQuery().isPresent());
        clickOn("#newPledge");
        // a new pledge runs twelve months from today in the chamber's time zone (the default, Toronto), its period
        // near the top, before the project; a date field inside the split pane reads like the tables, whatever the locale
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("America/Toronto"));
        waitUntil(() -> lookup("#pledgeStart").queryAs(javafx.scene.control.DatePicker.class).getEditor().getText()
                .equals(today.toString()));
        assertThat(lookup("#pledgeEnd").queryAs(javafx.scene.control.DatePicker.class).getEditor().getText())
                .isEqualTo(today.minusDays(1).plusYears(1).toString());
        assertThat(lookup("#pledgeStart").query().localToScene(0, 0).getY())
                .isLessThan(lookup("#pledgeProject").query().localToScene(0, 0).getY())
                .isGreaterThan(lookup("#pledgeMember").query().localToScene(0, 0).getY());
        SearchableComboBox<MemberFacts> member = lookup("#pledgeMember").queryAs(SearchableComboBox.class);
        waitUntil(() -> !member.getItems().isEmpty());
        // the searchable picker's popup is ControlsFX's; choosing through its model is what a click there does
        interact(() -> member.setValue(member.getItems().get(0)));
        clickOn("#pledgeHours").write("100");
        clickOn("#savePledge");
        waitForText("#pledgeMessage", "Pledge saved.");
        TableView<?> table = lookup("#pledgeTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1 && table.getSelectionModel().getSelectedIndex() == 0);
        waitUntil(() -> progress() == 0.0);

        scrollDetailToBottom(); // the quick-entry grid is at the bottom of the detail pane
        Node hoursCell = lookup("#entryGrid .table-row-cell").nth(0).lookup(".table-cell").nth(1).query();
        doubleClickOn(hoursCell).write("10").type(KeyCode.ENTER);
        Node whoCell = lookup("#entryGrid .table-row-cell").nth(0).lookup(".table-cell").nth(2).query();
        doubleClickOn(whoCell).write("Zoe").type(KeyCode.ENTER);
        scrollIntoView("#saveEntries");
        clickOn("#saveEntries");
        waitForText("#entriesMessage", "1 entry saved.");
        waitUntil(() -> lookup("#contributionTable .table-row-cell").queryAll().stream()
                .anyMatch(r -> r.lookupAll(".table-cell").stream().anyMatch(c -> "10.0".equals(((javafx.scene.control
                        .Labeled) c).getText()))));
        waitUntil(() -> Math.abs(progress() - 0.1) < 1e-9); // 10 of 100 hours

        clickOn("#nav-dashboard");
        waitForText("#tile-hours-delivered .tile-figure", "10.0");
        // the tiles count this calendar (= fiscal) year: the pledge's share of its days up to 31 December,
        // 6000 minutes x days inside / days of the twelve months, half-up
        java.time.LocalDate end = today.minusDays(1).plusYears(1);
        long inside = org.oscc.chamberlain.pledges.FulfilmentRules.daysInclusive(today,
                java.time.LocalDate.of(today.getYear(), 12, 31));
        long days = org.oscc.chamberlain.pledges.FulfilmentRules.daysInclusive(today, end);
        long pledgedThisYear = (2 * 6000 * inside + days) / (2 * days);
        assertThat(text("#tile-hours-pledged .tile-figure")).isEqualTo(Figures.hours(pledgedThisYear));
        assertThat(text("#tile-fulfilment .tile-figure")).isEqualTo(Figures.percent(
                org.oscc.chamberlain.pledges.FulfilmentRules.percentBp(600, pledgedThisYear)));
    }

    /** Scrolls the detail pane so that the node's top is at the top of its viewport (as a user would scroll). */
    private void scrollIntoView(String query) {
        interact(() -> {
            javafx.scene.control.ScrollPane pane = lookup("#view-pledges .scroll-pane")
                    .queryAs(javafx.scene.control.ScrollPane.class);
            Node node = lookup(query).query();
            Node content = pane.getContent();
            double top = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double scrollable = content.getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
            pane.setVvalue(scrollable <= 0 ? 0 : Math.min(1, Math.max(0, top - 8) / scrollable));
        });
    }

    private void scrollDetailToBottom() {
        interact(() -> lookup("#view-pledges .scroll-pane").queryAs(javafx.scene.control.ScrollPane.class)
                .setVvalue(1.0));
    }

    private double progress() {
        return lookup("#pledgeTable .pledge-progress").tryQueryAs(ProgressBar.class).map(ProgressBar::getProgress)
                .orElse(-1.0);
    }

    private String text(String query) {
        return lookup(query).tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    private void waitForText(String query, String expected) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text(query).equals(expected));
        } catch (Exception e) {
            StringBuilder grid = new StringBuilder();
            lookup("#entryGrid").tryQueryAs(TableView.class).ifPresent(t -> t.getItems().forEach(r -> {
                EntryRow row = (EntryRow) r;
                grid.append('[').append(row.date.get()).append('|').append(row.hours.get()).append('|')
                        .append(row.contributor.get()).append(']');
            }));
            throw new AssertionError(query + " said \"" + text(query) + "\", not \"" + expected + "\"; grid " + grid,
                    e);
        }
    }

    private static void waitUntil(Supplier<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::get);
        } catch (Exception e) {
            throw new AssertionError("the screen never showed what was expected", e);
        }
    }
}
