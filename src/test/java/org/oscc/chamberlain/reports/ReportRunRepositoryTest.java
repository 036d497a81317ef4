package org.oscc.chamberlain.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;

class ReportRunRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void theLatestRunOfAKindIsFoundWithItsPeriodAndUtcTime() {
        Path file = dir.resolve("chamber.db");
        try (Store store = TestStores.open(file, TestStores.FIXED_CLOCK)) {
            ReportRunRepository runs = new ReportRunRepository(store);
            assertThat(runs.latest("BOARD")).isEmpty();
            runs.record("BOARD", ReportPeriod.quarter(2026, 1), "board-2026-Q1.xlsx");
        }
        Clock later = Clock.fixed(Instant.parse("2026-07-02T14:30:00Z"), ZoneId.of("America/Toronto"));
        try (Store store = TestStores.open(file, later)) {
            ReportRunRepository runs = new ReportRunRepository(store);
            runs.record("BOARD", ReportPeriod.quarter(2026, 2), "board-2026-Q2.xlsx");
            runs.record("ROSTER", ReportPeriod.quarter(2026, 3), "roster.xlsx");
            ReportRun latest = runs.latest("BOARD").orElseThrow();
            assertThat(latest.periodFrom()).isEqualTo(ReportPeriod.quarter(2026, 2).from());
            assertThat(latest.periodTo()).isEqualTo(ReportPeriod.quarter(2026, 2).to());
            assertThat(latest.createdAt()).isEqualTo(LocalDateTime.of(2026, 7, 2, 14, 30));
            assertThat(latest.fileName()).isEqualTo("board-2026-Q2.xlsx");
        }
    }
}
