package org.oscc.chamberlain.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oscc.chamberlain.pitches.PitchNightRepository;
import org.oscc.chamberlain.pitches.PitchNightService;
import org.oscc.chamberlain.pledges.ContributionDraft;
import org.oscc.chamberlain.pledges.FulfilmentStatus;
import org.oscc.chamberlain.pledges.MemberShortfall;
import org.oscc.chamberlain.pledges.PledgeDraft;
import org.oscc.chamberlain.pledges.PledgeFixtures;
import org.oscc.chamberlain.pledges.PledgeService;
import org.oscc.chamberlain.pledges.PledgeStatus;
import org.oscc.chamberlain.settings.SettingsRepository;
import org.oscc.chamberlain.settings.SettingsService;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;

/** The dashboard's figures: the fiscal year, the hand-checkable totals, and that an edit shows on the next call. */
class DashboardServiceTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"2026-06-15, 1, 2026-01-01", "2026-06-15, 4, 2026-04-01", "2026-03-31, 4, 2025-04-01",
        "2026-04-01, 4, 2026-04-01", "2026-01-01, 12, 2025-12-01", "2026-12-31, 12, 2026-12-01"})
    void fiscalYearStartsInTheConfiguredMonthOnOrBeforeToday(LocalDate today, int startMonth, LocalDate start) {
        assertThat(DashboardService.fiscalYearStart(today, startMonth)).isEqualTo(start);
    }

    @Test
    void figuresMatchAHandCalculationAndFollowEdits() throws Exception {
        try (Store store = TestStores.fresh(dir, TestStores.FIXED_CLOCK)) {
            SettingsService settings = new SettingsService(new SettingsRepository(store));
            PledgeService pledges = PledgeFixtures.service(store);
            DashboardService dashboard = new DashboardService(pledges, settings,
                    new PitchNightService(new PitchNightRepository(store), settings, store.clock()),
                    new ChamberOverviewService(store, settings), new DashboardRepository(store), store.clock());
            LocalDate today = pledges.today();
            LocalDate start = LocalDate.of(today.getYear(), 1, 1);
            LocalDate end = LocalDate.of(today.getYear(), 12, 31);
            PledgeFixtures fx = new PledgeFixtures(store);
            long acme = fx.member("Acme", 10);
            // 100 hours over the whole calendar (= fiscal) year
            long pledge = pledges.create(PledgeDraft.hours(acme, null, 6000, start, end, PledgeStatus.ACTIVE)).id();

            DashboardFigures before = dashboard.figures();
            assertThat(before.fiscalFrom()).isEqualTo(start);
            assertThat(before.fiscalTo()).isEqualTo(end);
            assertThat(before.activeMembers()).isEqualTo(1);
            assertThat(before.pledgedMinutes()).isEqualTo(6000);
            assertThat(before.deliveredMinutes()).isZero();
            // 15 June 2026 is day 166 of 365: 6000 x 166 / 365 = 2728.77, rounded to 2729 minutes
            long expected = 2729;
            assertThat(before.mostBehind()).singleElement().satisfies(m -> {
                assertThat(m.memberName()).isEqualTo("Acme");
                assertThat(m.shortMinutes()).isEqualTo(expected); // nothing delivered: all of it short
                assertThat(m.status()).isEqualTo(FulfilmentStatus.AT_RISK);
            });
            // June, the current month, counted to today: 6000 x 15 / 365 = 246.58 -> 247 minutes, not a month's 493
            assertThat(before.months()).hasSize(12);
            assertThat(before.months().get(5)).isEqualTo(new MonthBar(java.time.YearMonth.of(2026, 6), 247, 0,
                    today));
            assertThat(before.months().get(4)).isEqualTo(new MonthBar(java.time.YearMonth.of(2026, 5), 510, 0,
                    null)); // May whole: 6000 x 31 / 365 = 509.59 -> 510
            assertThat(before.months().stream().filter(MonthBar::toDate)).singleElement()
                    .extracting(MonthBar::through).isEqualTo(today);
            assertThat(before.count(FulfilmentStatus.AT_RISK)).isEqualTo(1);

            pledges.addContributions(java.util.List.of(ContributionDraft.of(pledge, today, 600, "Bob")));

            DashboardFigures after = dashboard.figures();
            assertThat(after.deliveredMinutes()).isEqualTo(600);
            assertThat(after.fulfilmentBp()).isEqualTo(1000); // 10 of 100 hours
            assertThat(after.months().stream().mapToLong(m -> m.deliveredMinutes()).sum()).isEqualTo(600);
            assertThat(after.topProjects()).singleElement().satisfies(p -> assertThat(p.deliveredMinutes())
                    .isEqualTo(600));
        }
    }

    @Test
    void mostBehindRanksByHoursShortOfExpectedAndLeavesOutThoseAhead() throws Exception {
        try (Store store = TestStores.fresh(dir, TestStores.FIXED_CLOCK)) {
            PledgeService pledges = PledgeFixtures.service(store);
            LocalDate today = pledges.today();
            // a period of 100 days ending today: everything pledged is expected by now
            LocalDate start = today.minusDays(99);
            PledgeFixtures fx = new PledgeFixtures(store);
            long ahead = fx.member("Ahead", 10);
            long little = fx.member("Little", 10);
            long far = fx.member("Far", 10);
            long aheadPledge = pledges.create(PledgeDraft.hours(ahead, null, 600, start, today,
                    PledgeStatus.ACTIVE)).id();
            long littlePledge = pledges.create(PledgeDraft.hours(little, null, 600, start, today,
                    PledgeStatus.ACTIVE)).id();
            pledges.create(PledgeDraft.hours(far, null, 6000, start, today, PledgeStatus.ACTIVE));
            pledges.addContributions(java.util.List.of(ContributionDraft.of(aheadPledge, today, 600, "Ann")));
            pledges.addContributions(java.util.List.of(ContributionDraft.of(littlePledge, today, 500, "Bo")));

            List<MemberShortfall> ranked = pledges.summary(LocalDate.of(start.getYear(), start.getMonthValue(), 1),
                    LocalDate.of(today.getYear(), 12, 31)).mostBehind();

            // Far is 6000 minutes short, Little 100; Ahead delivered everything and is left out
            assertThat(ranked).extracting(MemberShortfall::memberName).containsExactly("Far", "Little");
            assertThat(ranked).extracting(MemberShortfall::shortMinutes).containsExactly(6000L, 100L);
            // on the last day: nothing of 6000 is below 75 % (at risk), 500 of 600 below 90 % (behind)
            assertThat(ranked).extracting(MemberShortfall::status).containsExactly(FulfilmentStatus.AT_RISK,
                    FulfilmentStatus.BEHIND);
        }
    }
}
