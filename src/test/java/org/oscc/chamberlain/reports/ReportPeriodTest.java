package org.oscc.chamberlain.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oscc.chamberlain.validation.InvalidInputException;

class ReportPeriodTest {

    @ParameterizedTest(name = "\"{0}\" with the fiscal year starting in month {1}")
    @CsvSource(delimiter = '|', value = {
        "2026-Q1               | 1 | QUARTER     | 2026-01-01 | 2026-03-31 | 2026-Q1",
        "2026-q3               | 4 | QUARTER     | 2026-07-01 | 2026-09-30 | 2026-Q3",
        "2026 Q4               | 1 | QUARTER     | 2026-10-01 | 2026-12-31 | 2026-Q4",
        "FY2026                | 1 | FISCAL_YEAR | 2026-01-01 | 2026-12-31 | FY2026",
        "fy 2026               | 4 | FISCAL_YEAR | 2026-04-01 | 2027-03-31 | FY2026",
        "Fiscal year 2025      | 7 | FISCAL_YEAR | 2025-07-01 | 2026-06-30 | FY2025",
        "2024-02               | 1 | MONTH       | 2024-02-01 | 2024-02-29 | 2024-02",
        "2026-01-15/2026-03-31 | 1 | CUSTOM      | 2026-01-15 | 2026-03-31 | 2026-01-15 to 2026-03-31",
        "2026-01-15 .. 2026-01-15 | 1 | CUSTOM   | 2026-01-15 | 2026-01-15 | 2026-01-15 to 2026-01-15"})
    void periodsAreReadAsPeopleWriteThem(String text, int fiscalStart, ReportPeriod.Kind kind, LocalDate from,
            LocalDate to, String label) throws Exception {
        ReportPeriod period = ReportPeriod.parse(text, fiscalStart);
        assertThat(period.kind()).isEqualTo(kind);
        assertThat(period.from()).isEqualTo(from);
        assertThat(period.to()).isEqualTo(to);
        assertThat(period.label()).isEqualTo(label);
    }

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', value = {
        "''                    | is required",
        "2026-Q5               | is not a period",
        "next quarter          | is not a period",
        "2026                  | is not a period",
        "2026-13               | has no month 13",
        "2026-02-30/2026-03-31 | the start \"2026-02-30\" is not a date",
        "2026-03-01/31.03.2026 | the end \"31.03.2026\" is not a date",
        "2026-03-31/2026-03-01 | ends (2026-03-01) before it starts (2026-03-31)"})
    void badPeriodsAreRefusedWithWhatToWrite(String text, String message) {
        assertThatThrownBy(() -> ReportPeriod.parse(text, 1)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Period").hasMessageContaining(message);
    }

    @Test
    void theRefusalShowsTheFormsThatWork() {
        assertThatThrownBy(() -> ReportPeriod.parse("soon", 1)).hasMessageContaining("2026-Q3")
                .hasMessageContaining("FY2026").hasMessageContaining("2026-01-15/2026-03-31");
    }

    @ParameterizedTest
    @CsvSource({"2026-03-31, 4, FY2025", "2026-04-01, 4, FY2026", "2026-12-31, 1, FY2026", "2027-01-01, 1, FY2027"})
    void aDayFallsInTheFiscalYearThatStartedBeforeIt(LocalDate day, int startMonth, String label) {
        ReportPeriod fy = ReportPeriod.fiscalYearOf(day, startMonth);
        assertThat(fy.label()).isEqualTo(label);
        assertThat(fy.contains(day)).isTrue();
    }

    @Test
    void previousPeriodsFollowTheKind() throws Exception {
        assertThat(ReportPeriod.parse("2026-Q1", 1).previous().label()).isEqualTo("2025-Q4");
        assertThat(ReportPeriod.parse("FY2026", 4).previous().from()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(ReportPeriod.parse("2026-03", 1).previous().to()).isEqualTo(LocalDate.of(2026, 2, 28));
        ReportPeriod custom = ReportPeriod.parse("2026-01-11/2026-01-20", 1).previous();
        assertThat(custom.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(custom.to()).isEqualTo(LocalDate.of(2026, 1, 10));
    }

    @Test
    void containsIncludesBothEnds() {
        ReportPeriod q = ReportPeriod.quarter(2026, 3);
        assertThat(q.contains(LocalDate.of(2026, 7, 1))).isTrue();
        assertThat(q.contains(LocalDate.of(2026, 9, 30))).isTrue();
        assertThat(q.contains(LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(q.days()).isEqualTo(92);
        assertThat(q).hasToString("2026-Q3 (2026-07-01 to 2026-09-30)");
    }
}
