package org.oscc.chamberlain.pledges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;

/** Pledges and contributions on a real SQLite store; every sum made in SQL checked against a hand count. */
class PledgeRepositoryTest {
    @TempDir
    Path dir;
    Store store;
    PledgeRepository repo;
    PledgeFixtures fx;
    long acme;
    long zeta;
    long kernel;
    long docs;

    @BeforeEach
    void open() {
        store = TestStores.fresh(dir, TestStores.FIXED_CLOCK);
        repo = new PledgeRepository(store);
        fx = new PledgeFixtures(store);
        acme = fx.member("Acme", 40);
        zeta = fx.member("Zeta", 10);
        kernel = fx.project("Kernel");
        docs = fx.project("Docs");
    }

    @AfterEach
    void close() {
        store.close();
    }

    static Pledge hours(long org, Long project, long minutes, String start, String end, PledgeStatus status) {
        return new Pledge(0, org, project, PledgeKind.HOURS, minutes, null, null, null, LocalDate.parse(start),
                LocalDate.parse(end), status, null, null, null, null, null);
    }

    static Pledge percent(long org, int bp, int headcount, int weekly, String start, String end) {
        return new Pledge(0, org, null, PledgeKind.PERCENT_OF_WORKFORCE, null, bp, headcount, weekly,
                LocalDate.parse(start), LocalDate.parse(end), PledgeStatus.ACTIVE, null, null, null, null, null);
    }

    static Contribution given(long pledge, Long project, String on, int minutes) {
        return new Contribution(0, pledge, project, LocalDate.parse(on), minutes, null, "Ada", null, null, null, null);
    }

    @Test
    void insertedPledgeReadsBackWithEveryColumn() {
        Pledge in = new Pledge(0, acme, kernel, PledgeKind.PERCENT_OF_WORKFORCE, null, 250, 40, 2250,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), PledgeStatus.ACTIVE, LocalDate.of(2025, 12, 3),
                null, "signed at the December pitch night", null, null);
        Pledge out = repo.insert(in);
        assertThat(out.id()).isPositive();
        assertThat(out).usingRecursiveComparison().ignoringFields("id", "createdAt", "updatedAt").isEqualTo(in);
        assertThat(out.createdAt()).isEqualTo(out.updatedAt()).isEqualTo("2026-06-15T16:00"); // UTC
        assertThat(repo.get(out.id())).contains(out);
    }

    @Test
    void updateRewritesTheColumnsButKeepsCreationTime() {
        Pledge p = repo.insert(hours(acme, null, 600, "2026-01-01", "2026-03-31", PledgeStatus.DRAFT));
        Pledge changed = new Pledge(p.id(), zeta, docs, PledgeKind.HOURS, 900L, null, null, null, p.periodStart(),
                p.periodEnd(), PledgeStatus.ACTIVE, LocalDate.of(2026, 1, 5), null, "moved", p.createdAt(), null);
        Pledge out = repo.update(changed);
        assertThat(out).usingRecursiveComparison().ignoringFields("updatedAt").isEqualTo(changed);
    }

    @Test
    void talliesSumDeliveredMinutesPerPledgeAndNameTheGeneralPool() {
        Pledge a = repo.insert(hours(acme, kernel, 6000, "2026-01-01", "2026-12-31", PledgeStatus.ACTIVE));
        Pledge b = repo.insert(hours(zeta, null, 3000, "2026-01-01", "2026-12-31", PledgeStatus.ACTIVE));
        repo.insertContributions(List.of(given(a.id(), kernel, "2026-02-01", 90), given(a.id(), kernel, "2026-02-02",
                45), given(a.id(), docs, "2026-03-01", 15)));
        List<PledgeTally> tallies = repo.tallies(PledgeFilter.ALL);
        assertThat(tallies).extracting(t -> t.pledge().id(), PledgeTally::memberName, PledgeTally::projectName,
                PledgeTally::deliveredMinutes).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(a.id(), "Acme", "Kernel", 150L),
                        org.assertj.core.groups.Tuple.tuple(b.id(), "Zeta", "General pool", 0L));
        assertThat(repo.deliveredMinutes(a.id())).isEqualTo(150);
    }

    @Test
    void talliesFilterByStatusMemberProjectPoolAndOverlappingPeriod() {
        Pledge q1 = repo.insert(hours(acme, kernel, 600, "2026-01-01", "2026-03-31", PledgeStatus.ACTIVE));
        Pledge q2 = repo.insert(hours(acme, null, 600, "2026-04-01", "2026-06-30", PledgeStatus.DRAFT));
        Pledge z = repo.insert(hours(zeta, docs, 600, "2026-03-31", "2026-04-01", PledgeStatus.CANCELLED));
        assertThat(ids(PledgeFilter.ALL.withStatuses(Set.of(PledgeStatus.ACTIVE, PledgeStatus.DRAFT))))
                .containsExactly(q1.id(), q2.id());
        assertThat(ids(PledgeFilter.ALL.withOrganization(zeta))).containsExactly(z.id());
        assertThat(ids(PledgeFilter.ALL.withProject(kernel))).containsExactly(q1.id());
        assertThat(ids(PledgeFilter.ALL.generalPool())).containsExactly(q2.id());
        // inclusive ends: a range ending on 1 April meets q2 and z, not after
        assertThat(ids(PledgeFilter.ALL.overlapping(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 31))))
                .containsExactly(q1.id(), z.id());
        assertThat(ids(PledgeFilter.ALL.overlapping(LocalDate.of(2026, 4, 1), null))).containsExactly(q2.id(), z.id());
        assertThat(ids(PledgeFilter.ALL.overlapping(null, LocalDate.of(2025, 12, 31)))).isEmpty();
        // a fulfilment filter keeps only counting pledges (the service then filters by computed status)
        assertThat(ids(PledgeFilter.ALL.withFulfilment(Set.of(FulfilmentStatus.OVERDUE)))).containsExactly(q1.id());
    }

    private List<Long> ids(PledgeFilter f) {
        return repo.tallies(f).stream().map(t -> t.pledge().id()).toList();
    }

    @Test
    void contributionsComeBackInDateOrderAndCanBeDeleted() {
        Pledge a = repo.insert(hours(acme, kernel, 6000, "2026-01-01", "2026-12-31", PledgeStatus.ACTIVE));
        assertThat(repo.insertContributions(List.of(given(a.id(), kernel, "2026-05-01", 30),
                given(a.id(), null, "2026-04-01", 60)))).isEqualTo(2);
        repo.insertContributions(List.of(new Contribution(0, a.id(), kernel, LocalDate.of(2026, 4, 15), 20, null,
                "Grace", "reviewed patches", "https://example.org/pr/1", null, null)));
        List<Contribution> all = repo.contributions(a.id());
        assertThat(all).extracting(Contribution::contributedOn).containsExactly(LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 15), LocalDate.of(2026, 5, 1));
        assertThat(all.get(0).projectId()).isNull();
        Contribution single = all.get(1);
        assertThat(single).extracting(Contribution::projectId, Contribution::minutes, Contribution::contributorName,
                Contribution::description, Contribution::link)
                .containsExactly(kernel, 20, "Grace", "reviewed patches", "https://example.org/pr/1");
        assertThat(single.createdAt()).isNotNull(); // read back from the batch's UTC text
        assertThat(repo.deleteContribution(single.id())).isTrue();
        assertThat(repo.deleteContribution(single.id())).isFalse();
        assertThat(repo.deliveredMinutes(a.id())).isEqualTo(90);
    }

    @Test
    void aBatchWithABadRowWritesNothing() {
        Pledge a = repo.insert(hours(acme, kernel, 6000, "2026-01-01", "2026-12-31", PledgeStatus.ACTIVE));
        // unchecked on purpose: the store's foreign key refuses the second row mid-batch
        assertThatThrownBy(() -> repo.insertContributions(List.of(given(a.id(), kernel, "2026-05-01", 30),
                given(a.id() + 99, kernel, "2026-05-02", 30)))).isInstanceOf(RuntimeException.class);
        assertThat(repo.contributions(a.id())).isEmpty();
    }

    @ParameterizedTest(name = "{0} bp x {1} x {2} min, {3}..{4}, on {5}")
    @CsvSource({
        "250, 40, 2250, 2024-01-01, 2024-12-31, 2024-03-01",
        "250, 40, 2250, 2025-01-01, 2025-12-31, 2025-06-15",
        "100, 100, 2250, 2024-02-01, 2024-02-29, 2024-02-29",
        "1000, 7, 2400, 2026-03-10, 2026-03-10, 2026-03-10",
        "1000, 7, 2400, 2026-03-10, 2026-03-10, 2026-03-09",
        "10000, 1, 2250, 2026-03-01, 2026-03-10, 2026-03-09",
        "35, 1, 1000, 2026-03-10, 2026-03-10, 2026-03-10",
        "333, 17, 2400, 2025-07-01, 2027-06-30, 2026-06-15",
        "10000, 5000, 10080, 2026-01-01, 2030-12-31, 2031-01-01",
    })
    void sqlFormulasGiveTheSameNumbersAsTheRules(int bp, int headcount, int weekly, String start, String end,
            String today) {
        Pledge p = repo.insert(percent(acme, bp, headcount, weekly, start, end));
        LocalDate t = LocalDate.parse(today);
        assertThat(repo.sqlFigures(p.id(), t)).containsExactly(FulfilmentRules.pledgedMinutes(p),
                FulfilmentRules.expectedToDate(p, t));
    }

    /** A: Acme, Kernel, 36,500 min in 2026. B: Zeta, pool, 7,300 min 2025-07-01..2026-06-30 (365 days). */
    private long[] dashboardData() {
        Pledge a = repo.insert(hours(acme, kernel, 36500, "2026-01-01", "2026-12-31", PledgeStatus.ACTIVE));
        Pledge b = repo.insert(hours(zeta, null, 7300, "2025-07-01", "2026-06-30", PledgeStatus.LAPSED));
        Pledge draft = repo.insert(hours(acme, null, 10000, "2026-01-01", "2026-12-31", PledgeStatus.DRAFT));
        Pledge cancelled = repo.insert(hours(zeta, docs, 10000, "2026-01-01", "2026-12-31", PledgeStatus.CANCELLED));
        repo.insertContributions(List.of(given(a.id(), kernel, "2026-02-10", 120), given(a.id(), kernel, "2026-03-05",
                60), given(a.id(), docs, "2026-04-01", 30), given(b.id(), null, "2025-12-15", 600),
                given(b.id(), null, "2026-01-20", 90), given(draft.id(), null, "2026-02-01", 30),
                given(cancelled.id(), docs, "2026-02-01", 45)));
        return new long[] {a.id(), b.id()};
    }

    @Test
    void rangeTotalsProrateEachPledgeByItsDaysInTheRange() {
        dashboardData();
        RangeTotals fy = repo.totals(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        // A whole: 36,500; B: 181 of its 365 days fall in 2026 -> 7,300 x 181 / 365 = 3,620; draft, cancelled: no
        assertThat(fy.pledgedMinutes()).isEqualTo(40120);
        // 120 + 60 + 30 (A) + 90 (B; its December 2025 entry is outside)
        assertThat(fy.deliveredMinutes()).isEqualTo(300);
        RangeTotals none = repo.totals(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31));
        assertThat(none.pledgedMinutes()).isZero();
        assertThat(none.deliveredMinutes()).isZero();
    }

    @Test
    void monthsCarryTheirScheduledShareAndWhatWasDelivered() {
        dashboardData();
        assertThat(repo.byMonth(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31))).containsExactly(
                new MonthFigures(YearMonth.of(2026, 1), 3100 + 620, 90), // 31 days: 36,500 x 31/365 + 7,300 x 31/365
                new MonthFigures(YearMonth.of(2026, 2), 2800 + 560, 120),
                new MonthFigures(YearMonth.of(2026, 3), 3100 + 620, 60));
        // partial months are cut to the range: 15-31 January is 17 days, 1-10 February 10 days
        assertThat(repo.byMonth(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 10))).containsExactly(
                new MonthFigures(YearMonth.of(2026, 1), 1700 + 340, 90),
                new MonthFigures(YearMonth.of(2026, 2), 1000 + 200, 120));
    }

    @Test
    void deliveredPerProjectCountsEachContributionsOwnProject() {
        dashboardData();
        assertThat(repo.deliveredByProject(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).containsExactly(
                new ProjectHours(kernel, "Kernel", 180), new ProjectHours(null, "General pool", 90),
                new ProjectHours(docs, "Docs", 30));
    }

    @Test
    void lookupsAnswerForMissingAndOutOfRangeIds() {
        fx.archive(zeta);
        assertThat(repo.member(acme)).contains(new MemberFacts(acme, "Acme", 40, false));
        assertThat(repo.member(zeta)).hasValueSatisfying(m -> assertThat(m.archived()).isTrue());
        assertThat(repo.member(999)).isEmpty();
        assertThat(repo.member(Long.MAX_VALUE)).isEmpty();
        assertThat(repo.projectExists(kernel)).isTrue();
        assertThat(repo.projectExists(5_000_000_000L)).isFalse();
        assertThat(repo.get(-1)).isEmpty();
    }
}
