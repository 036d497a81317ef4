package org.oscc.chamberlain.pledges.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.app.ChamberlainApp;
import org.oscc.chamberlain.pledges.FulfilmentStatus;
import org.oscc.chamberlain.pledges.PledgeDraft;
import org.oscc.chamberlain.pledges.PledgeFixtures;
import org.oscc.chamberlain.pledges.PledgeRow;
import org.oscc.chamberlain.pledges.PledgeService;
import org.oscc.chamberlain.pledges.PledgeStatus;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The dashboard's overdue tile opens the Pledges list filtered to exactly the overdue pledges. */
class DashboardDrillDownTest extends FxRobot {
    @TempDir
    Path dir;
    private javafx.application.Application app;

    @BeforeEach
    void startOnAChamberWithAnOverduePledgeAndAFulfilledOne() throws Exception {
        Path db = dir.resolve("chamber.db");
        try (Store store = TestStores.open(db, Clock.systemDefaultZone())) {
            PledgeFixtures fx = new PledgeFixtures(store);
            PledgeService pledges = PledgeFixtures.service(store);
            // periods long over, whatever day the test runs: nothing delivered is overdue
            LocalDate start = LocalDate.of(2020, 1, 1);
            LocalDate end = LocalDate.of(2020, 12, 31);
            pledges.create(PledgeDraft.hours(fx.member("Late Ltd", 10), null, 600, start, end, PledgeStatus.ACTIVE));
            pledges.create(PledgeDraft.hours(fx.member("Also Late Inc", 10), null, 900, start, end,
                    PledgeStatus.ACTIVE));
            long done = pledges.create(PledgeDraft.hours(fx.member("Done Co", 10), null, 60, start, end,
                    PledgeStatus.ACTIVE)).id();
            pledges.addContributions(java.util.List.of(org.oscc.chamberlain.pledges.ContributionDraft.of(done, start, 60, "Ann")));
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
    void theOverdueTileOpensTheListOfOverduePledges() {
        waitUntil(() -> "2".equals(text("#tile-overdue .tile-figure")));

        clickOn("#tile-overdue");

        waitUntil(() -> lookup("#view-pledges").tryQuery().map(n -> n.isVisible()).orElse(false));
        TableView<PledgeRow> table = lookup("#pledgeTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 2);
        assertThat(table.getItems()).extracting(PledgeRow::memberName)
                .containsExactlyInAnyOrder("Late Ltd", "Also Late Inc");
        assertThat(table.getItems()).allSatisfy(r -> assertThat(r.fulfilment().status())
                .isEqualTo(FulfilmentStatus.OVERDUE));
        @SuppressWarnings("unchecked")
        ComboBox<FulfilmentStatus> filter = lookup("#fulfilmentFilter").queryAs(ComboBox.class);
        assertThat(filter.getValue()).isEqualTo(FulfilmentStatus.OVERDUE);

        clickOn("#clearFilters");
        waitUntil(() -> table.getItems().size() == 3);
    }

    private String text(String query) {
        return lookup(query).tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (Exception e) {
            throw new AssertionError("the screen never showed what was expected", e);
        }
    }
}
