package org.oscc.chamberlain.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.app.ChamberlainApp;
import org.oscc.chamberlain.pledges.ContributionDraft;
import org.oscc.chamberlain.pledges.PledgeDraft;
import org.oscc.chamberlain.pledges.PledgeFixtures;
import org.oscc.chamberlain.pledges.PledgeService;
import org.oscc.chamberlain.pledges.PledgeStatus;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dashboard's charts say what they show: months read "Dec 2026" and the current one is counted to today; the
 * members' bars are hours short, most at the top, coloured by status; a member on track or in its grace period has no
 * bar.
 */
class DashboardChartsScreenTest extends FxRobot {
    @TempDir
    Path dir;
    private javafx.application.Application app;
    private LocalDate today;
    /** The current month's expected minutes from its first day through today, as the rules give them. */
    private long expectedThisMonthToDate;
    private long expectedThisMonthWhole;

    @BeforeEach
    void startOnAChamberWithMembersBehindAheadAndJustStarted() throws Exception {
        Path db = dir.resolve("chamber.db");
        try (Store store = TestStores.open(db, Clock.systemDefaultZone())) {
            PledgeFixtures fx = new PledgeFixtures(store);
            PledgeService pledges = PledgeFixtures.service(store);
            today = pledges.today();
            assertThat(today).isEqualTo(LocalDate.now(ZoneId.of("America/Toronto"))); // the default zone
            // 100 minutes a day for 365 days, started 100 days ago: day 100, 10,100 minutes expected by today
            LocalDate start = today.minusDays(100);
            LocalDate end = start.plusDays(364);
            pledges.create(PledgeDraft.hours(fx.member("Far Behind", 10), null, 36500, start, end,
                    PledgeStatus.ACTIVE));
            long bit = pledges.create(PledgeDraft.hours(fx.member("Bit Behind", 10), null, 36500, start, end,
                    PledgeStatus.ACTIVE)).id();
            give(pledges, bit, start, 8585); // 85 % of 10,100: behind, 1,515 minutes (25.3 h) short
            long ahead = pledges.create(PledgeDraft.hours(fx.member("Nearly There", 10), null, 36500, start, end,
                    PledgeStatus.ACTIVE)).id();
            give(pledges, ahead, start, 9595); // 95 %: on track, 505 minutes below expected but not short
            pledges.create(PledgeDraft.hours(fx.member("Just Joined", 10), null, 36500, today,
                    today.plusDays(364), PledgeStatus.ACTIVE)); // day 0: in its grace period
            LocalDate first = today.withDayOfMonth(1);
            expectedThisMonthToDate = pledges.totals(first, today).pledgedMinutes();
            expectedThisMonthWhole = pledges.totals(first, YearMonth.from(today).atEndOfMonth()).pledgedMinutes();
        }
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(ChamberlainApp.class, "--db=" + db);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void give(PledgeService pledges, long pledge, LocalDate on, long minutes) throws Exception {
        List<ContributionDraft> entries = new ArrayList<>();
        for (long left = minutes; left > 0; left -= 1440) {
            entries.add(ContributionDraft.of(pledge, on, Math.min(1440, left), "Ann"));
        }
        pledges.addContributions(entries);
    }

    @AfterEach
    void stopTheApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    @SuppressWarnings("unchecked")
    void membersBarsAreHoursShortColouredByStatusAndMonthsReadAsMonths() {
        waitUntil(() -> lookup("#chart-members").tryQuery().isPresent());
        BarChart<Number, String> members = lookup("#chart-members").queryAs(BarChart.class);
        waitUntil(() -> !members.getData().isEmpty() && members.getData().get(0).getData().size() == 2);
        List<XYChart.Data<Number, String>> bars = new ArrayList<>(members.getData().get(0).getData());
        java.util.Collections.reverse(bars); // a category axis lists from the bottom up: the top bar first
        assertThat(bars).extracting(XYChart.Data::getYValue)
                .containsExactly("Far Behind (At risk)", "Bit Behind (Behind)");
        assertThat(bars).extracting(b -> b.getXValue().doubleValue()).containsExactly(168.3, 25.3);
        assertThat(bars.get(0).getNode().getStyleClass()).contains("fulfilment-at-risk");
        assertThat(bars.get(1).getNode().getStyleClass()).contains("fulfilment-behind");

        BarChart<String, Number> months = lookup("#chart-months").queryAs(BarChart.class);
        List<XYChart.Data<String, Number>> expected = months.getData().get(0).getData();
        assertThat(expected).hasSize(12);
        String thisMonth = org.oscc.chamberlain.text.DateTimeText.month(YearMonth.from(today));
        assertThat(expected).extracting(XYChart.Data::getXValue)
                .allMatch(label -> label.matches("[A-Z][a-z]{2} \\d{4}")).contains(thisMonth);
        // the title says the current month is counted to today
        assertThat(months.getTitle()).isEqualTo("Delivered vs expected by month (hours; " + thisMonth
                + " counted to " + today + ")");
        XYChart.Data<String, Number> current = expected.stream()
                .filter(d -> d.getXValue().equals(thisMonth)).findFirst().orElseThrow();
        assertThat(current.getYValue().longValue()).isEqualTo((expectedThisMonthToDate + 30) / 60);
        assertThat(expectedThisMonthToDate).isLessThanOrEqualTo(expectedThisMonthWhole);
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (Exception e) {
            throw new AssertionError("the screen never showed what was expected", e);
        }
    }
}
