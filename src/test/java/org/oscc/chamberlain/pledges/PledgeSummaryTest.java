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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
            assertThat(summary.mostBehind()).isEqualTo(mostBehind(service, from, to)).isNotEmpty();
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

    /**
     * The grace period on both paths: the statuses FulfilmentRules gives the pledge list (Java) and the dashboard's
     * one-statement pass counts (SQL), and the minutes short both report, for one pledge at the boundaries. Today is
     * 2026-06-15 (the fixed clock); a pledge of {@code perDay} x {@code days} minutes starts {@code day} days before.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // name                                 | grace | day | days | perDay | delivered | status      | short
        "day 0, nothing given                   | 30    | 0   | 365  | 100    | 0         | NOT_STARTED | 0",
        "day 0, something given                 | 30    | 0   | 365  | 100    | 10        | ON_TRACK    | 0",
        "day 29, nothing given                  | 30    | 29  | 365  | 100    | 0         | NOT_STARTED | 0",
        "day 29, far below pace                 | 30    | 29  | 365  | 100    | 100       | ON_TRACK    | 0",
        "day 30, nothing given                  | 30    | 30  | 365  | 100    | 0         | AT_RISK     | 3100",
        "day 30, 87 % of expected               | 30    | 30  | 365  | 100    | 2700      | BEHIND      | 400",
        "day 30, exactly 90 %                   | 30    | 30  | 365  | 100    | 2790      | ON_TRACK    | 0",
        "day 31, nothing given                  | 30    | 31  | 365  | 100    | 0         | AT_RISK     | 3200",
        "day 31, 95 %: on track, never short    | 30    | 31  | 365  | 100    | 3040      | ON_TRACK    | 0",
        "no grace: day 0 judged                 | 0     | 0   | 365  | 100    | 0         | AT_RISK     | 100",
        "a 20-day pledge on its last day        | 30    | 19  | 20   | 100    | 0         | AT_RISK     | 2000",
        "a 20-day pledge ended yesterday        | 30    | 20  | 20   | 100    | 100       | OVERDUE     | 1900",
        "overdue a long while                   | 30    | 400 | 365  | 100    | 5000      | OVERDUE     | 31500",
        "a zero-hour pledge in grace            | 30    | 3   | 365  | 0      | 0         | FULFILLED   | 0",
        "a zero-hour pledge after grace         | 30    | 40  | 365  | 0      | 0         | FULFILLED   | 0",
    })
    void theGracePeriodIsTheSameInJavaAndInTheDashboardsSql(String name, int grace, int day, int days, int perDay,
            long delivered, FulfilmentStatus status, long shortMinutes) throws Exception {
        try (Store store = TestStores.fresh(dir, TestStores.FIXED_CLOCK)) {
            SettingsService settings = new SettingsService(new SettingsRepository(store));
            settings.save(settings.current().withGraceDays(grace));
            PledgeService service = PledgeFixtures.service(store);
            PledgeFixtures fx = new PledgeFixtures(store);
            LocalDate today = service.today();
            LocalDate start = today.minusDays(day);
            LocalDate end = start.plusDays(days - 1L);
            long pledge;
            if (perDay == 0) {
                // a percent of a headcount kept as 0: the service now refuses it, the store may hold one from before
                pledge = service.create(PledgeDraft.percent(fx.member("Nobody", 10), null, 500, start, end,
                        PledgeStatus.ACTIVE)).id();
                store.dsl().execute("UPDATE pledge SET headcount_basis = 0 WHERE id = ?", pledge);
            } else {
                pledge = service.create(PledgeDraft.hours(fx.member("Acme", 10), null, (long) perDay * days, start,
                        end, PledgeStatus.ACTIVE)).id();
            }
            List<ContributionDraft> entries = new java.util.ArrayList<>();
            for (long left = delivered; left > 0; left -= 1440) { // at most a day's 1440 minutes an entry
                entries.add(ContributionDraft.of(pledge, start, Math.min(1440, left), "Bo"));
            }
            service.addContributions(entries);

            PledgeRow row = service.list(PledgeFilter.ALL).get(0);
            assertThat(row.fulfilment().status()).as("Java").isEqualTo(status);
            assertThat(row.fulfilment().shortMinutes()).as("Java short").isEqualTo(shortMinutes);
            PledgeSummary summary = service.summary(LocalDate.of(start.getYear(), start.getMonth(), 1),
                    java.time.YearMonth.from(end).atEndOfMonth());
            assertThat(summary.count(status)).as("SQL").isEqualTo(1);
            if (shortMinutes == 0) {
                assertThat(summary.mostBehind()).as("SQL short").isEmpty();
            } else {
                assertThat(summary.mostBehind()).as("SQL short").singleElement().satisfies(m -> {
                    assertThat(m.shortMinutes()).isEqualTo(shortMinutes);
                    assertThat(m.status()).isEqualTo(status);
                });
            }
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
        assertThat(summary.mostBehind()).isEqualTo(mostBehind(service, from, to));
        assertThat(service.list(PledgeFilter.ALL)).allSatisfy(r -> assertThat(r.deliveredMinutes())
                .isEqualTo(service.contributions(r.pledgeId()).stream().mapToLong(Contribution::minutes).sum()));
    }

    /**
     * The dashboard's ranking, computed here in Java from every pledge's fulfilment as the pledge list shows it (the
     * reference): per member, over its counting pledges meeting [from, to], the minutes short summed and the most
     * serious status; members short at all, most short first, equal ones by member id.
     */
    private static List<MemberShortfall> mostBehind(PledgeService service, LocalDate from, LocalDate to) {
        Map<Long, long[]> byMember = new java.util.TreeMap<>();
        Map<Long, String> names = new java.util.HashMap<>();
        for (PledgeRow r : service.list(PledgeFilter.ALL)) {
            if (!r.status().counts() || r.periodStart().isAfter(to) || r.periodEnd().isBefore(from)) {
                continue;
            }
            long[] m = byMember.computeIfAbsent(r.organizationId(), k -> new long[2]);
            m[0] += r.fulfilment().shortMinutes();
            m[1] = Math.max(m[1], r.fulfilment().status().severity());
            names.put(r.organizationId(), r.memberName());
        }
        return byMember.entrySet().stream().filter(e -> e.getValue()[0] > 0)
                .map(e -> new MemberShortfall(e.getKey(), names.get(e.getKey()), e.getValue()[0],
                        MemberShortfall.ofSeverity((int) e.getValue()[1])))
                .sorted(Comparator.comparingLong(MemberShortfall::shortMinutes).reversed()
                        .thenComparingLong(MemberShortfall::organizationId))
                .limit(PledgeService.MOST_BEHIND).toList();
    }
}
