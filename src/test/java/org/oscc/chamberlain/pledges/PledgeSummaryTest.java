package org.oscc.chamberlain.pledges;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.sample.SampleChamberRepository;
import org.oscc.chamberlain.sample.SampleChamberService;
import org.oscc.chamberlain.settings.SettingsRepository;
import org.oscc.chamberlain.settings.SettingsService;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;

/** The dashboard's three-pass summary gives exactly the numbers of the one-figure-at-a-time service methods. */
class PledgeSummaryTest {
    @TempDir
    Path dir;

    @Test
    void summaryOfTheSampleChamberMatchesTheSeparateQueriesAndTheListFilters() throws Exception {
        try (Store store = TestStores.fresh(dir, TestStores.FIXED_CLOCK)) {
            new SampleChamberService(new SampleChamberRepository(store),
                    new SettingsService(new SettingsRepository(store)), store.clock()).load(false);
            PledgeService service = PledgeFixtures.service(store);
            LocalDate today = service.today();
            LocalDate from = LocalDate.of(today.getYear(), 1, 1);
            LocalDate to = LocalDate.of(today.getYear(), 12, 31);

            PledgeSummary summary = service.summary(from, to);

            RangeTotals totals = service.totals(from, to);
            assertThat(summary.pledgedMinutes()).isEqualTo(totals.pledgedMinutes());
            assertThat(summary.deliveredMinutes()).isEqualTo(totals.deliveredMinutes()).isPositive();
            assertThat(summary.months()).isEqualTo(service.byMonth(from, to));
            assertThat(summary.projects()).isEqualTo(service.deliveredByProject(from, to));
            assertThat(summary.mostBehind()).isEqualTo(mostBehind(service.fulfilmentByMember(from, to)))
                    .isNotEmpty();
            Map<FulfilmentStatus, Integer> listed = new EnumMap<>(FulfilmentStatus.class);
            for (FulfilmentStatus status : FulfilmentStatus.values()) {
                int n = service.list(PledgeFilter.ALL.withFulfilment(Set.of(status))).size();
                listed.put(status, n);
                assertThat(summary.count(status)).as(status.name()).isEqualTo(n);
            }
            // the sample shows every case the dashboard counts
            assertThat(listed.get(FulfilmentStatus.BEHIND)).isPositive();
            assertThat(listed.get(FulfilmentStatus.AT_RISK)).isPositive();
            assertThat(listed.get(FulfilmentStatus.OVERDUE)).isPositive();
        }
    }

    @Test
    void anEmptyStoreSumsToZeroWithoutAFulfilmentPercent() throws Exception {
        try (Store store = TestStores.fresh(dir, TestStores.FIXED_CLOCK)) {
            PledgeSummary summary = PledgeFixtures.service(store).summary(LocalDate.of(2026, 4, 1),
                    LocalDate.of(2027, 3, 31));
            assertThat(summary.pledgedMinutes()).isZero();
            assertThat(summary.deliveredMinutes()).isZero();
            assertThat(summary.fulfilmentBp()).isNull();
            assertThat(summary.months()).hasSize(12).allMatch(m -> m.scheduledMinutes() == 0);
            assertThat(summary.mostBehind()).isEmpty();
            assertThat(summary.count(FulfilmentStatus.BEHIND)).isZero();
        }
    }

    @Test
    void theSumsKeptByTriggersFollowEveryKindOfChange() throws Exception {
        try (Store store = TestStores.fresh(dir, TestStores.FIXED_CLOCK)) {
            PledgeService service = PledgeFixtures.service(store);
            PledgeFixtures fx = new PledgeFixtures(store);
            long acme = fx.member("Acme", 40);
            long tuque = fx.project("Tuque");
            LocalDate jan = LocalDate.of(2026, 1, 1);
            LocalDate dec = LocalDate.of(2026, 12, 31);
            long pool = service.create(PledgeDraft.hours(acme, null, 6000, jan, dec, PledgeStatus.ACTIVE)).id();
            long pct = service.create(PledgeDraft.percent(acme, tuque, 250, LocalDate.of(2026, 3, 10), dec,
                    PledgeStatus.ACTIVE)).id();
            service.addContributions(java.util.List.of(ContributionDraft.of(pool, LocalDate.of(2026, 2, 3), 90, "A"),
                    ContributionDraft.of(pool, LocalDate.of(2026, 2, 4), 30, "B"),
                    ContributionDraft.of(pct, LocalDate.of(2026, 4, 1), 600, "C")));
            assertSameAsSeparateQueries(service, jan, dec);

            store.dsl().execute("UPDATE contribution SET contributed_on = '2026-05-05', project_id = ?"
                    + " WHERE minutes = 90", tuque);
            store.dsl().execute("UPDATE contribution SET pledge_id = ? WHERE minutes = 30", pct);
            assertSameAsSeparateQueries(service, jan, dec);

            service.deleteContribution(service.contributions(pct).get(0).id());
            service.update(pct, PledgeDraft.percent(acme, tuque, 500, LocalDate.of(2026, 2, 1), dec,
                    PledgeStatus.ACTIVE));
            assertSameAsSeparateQueries(service, jan, dec);

            service.update(pool, PledgeDraft.hours(acme, null, 6000, jan, dec, PledgeStatus.CANCELLED));
            assertSameAsSeparateQueries(service, jan, dec);
            assertThat(service.summary(jan, dec).deliveredMinutes()).isEqualTo(service.totals(jan, dec)
                    .deliveredMinutes()).isEqualTo(600); // the pool pledge no longer counts
        }
    }

    private static void assertSameAsSeparateQueries(PledgeService service, LocalDate from, LocalDate to) {
        PledgeSummary summary = service.summary(from, to);
        RangeTotals totals = service.totals(from, to);
        assertThat(summary.pledgedMinutes()).isEqualTo(totals.pledgedMinutes());
        assertThat(summary.deliveredMinutes()).isEqualTo(totals.deliveredMinutes());
        assertThat(summary.months()).isEqualTo(service.byMonth(from, to));
        assertThat(summary.projects()).isEqualTo(service.deliveredByProject(from, to));
        assertThat(summary.mostBehind()).isEqualTo(mostBehind(service.fulfilmentByMember(from, to)));
        assertThat(service.list(PledgeFilter.ALL)).allSatisfy(r -> assertThat(r.deliveredMinutes())
                .isEqualTo(service.contributions(r.pledgeId()).stream().mapToLong(Contribution::minutes).sum()));
    }

    /** The dashboard's ranking, computed here in Java from every member's fulfilment (the reference). */
    private static List<MemberFulfilment> mostBehind(List<MemberFulfilment> members) {
        return members.stream().filter(m -> m.fulfilment().expectedMinutes() > m.fulfilment().deliveredMinutes())
                .sorted(Comparator.comparingLong((MemberFulfilment m) -> m.fulfilment().deliveredMinutes()
                        - m.fulfilment().expectedMinutes()).thenComparingLong(MemberFulfilment::organizationId))
                .limit(PledgeService.MOST_BEHIND).toList();
    }
}
