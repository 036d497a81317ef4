package org.oscc.chamberlain.pledges;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
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
            assertThat(summary.members()).isEqualTo(service.fulfilmentByMember(from, to));
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
            assertThat(summary.members()).isEmpty();
            assertThat(summary.count(FulfilmentStatus.BEHIND)).isZero();
        }
    }
}
