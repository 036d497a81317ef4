package org.oscc.chamberlain.pledges;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oscc.chamberlain.settings.ChamberSettings;

/** The fulfilment rules, each number worked out by hand in the comment beside it. */
class FulfilmentRulesTest {
    private static final ChamberSettings SETTINGS = ChamberSettings.DEFAULTS; // behind < 90 %, at risk < 75 %
    /** The rules without a grace period: every row of the status table judged from day one. */
    private static final ChamberSettings NO_GRACE = SETTINGS.withGraceDays(0);

    static Pledge percentPledge(int bp, int headcount, int weekly, String start, String end) {
        return new Pledge(1, 1, null, PledgeKind.PERCENT_OF_WORKFORCE, null, bp, headcount, weekly,
                LocalDate.parse(start), LocalDate.parse(end), PledgeStatus.ACTIVE, null, null, null, null, null);
    }

    static Pledge hoursPledge(long minutes, String start, String end) {
        return new Pledge(1, 1, null, PledgeKind.HOURS, minutes, null, null, null, LocalDate.parse(start),
                LocalDate.parse(end), PledgeStatus.ACTIVE, null, null, null, null, null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // 250 x 40 x 2250 x 366 = 8,235,000,000 / 70,000 = 117,642.857 -> 117,643
        "leap year 2024, 366 days         | 250   | 40  | 2250 | 2024-01-01 | 2024-12-31 | 117643",
        // 250 x 40 x 2250 x 365 = 8,212,500,000 / 70,000 = 117,321.43 -> 117,321
        "common year 2025, 365 days       | 250   | 40  | 2250 | 2025-01-01 | 2025-12-31 | 117321",
        // 100 x 100 x 2250 x 29 = 652,500,000 / 70,000 = 9,321.43 -> 9,321
        "February of a leap year, 29 days | 100   | 100 | 2250 | 2024-02-01 | 2024-02-29 | 9321",
        // 100 x 100 x 2250 x 28 = 630,000,000 / 70,000 = 9,000 exactly
        "February of 2023, 28 days        | 100   | 100 | 2250 | 2023-02-01 | 2023-02-28 | 9000",
        // 10 % of 7 people x 40 h/week for 1/7 week = 4 h: 1000 x 7 x 2400 x 1 / 70,000 = 240
        "a period of one day              | 1000  | 7   | 2400 | 2026-03-10 | 2026-03-10 | 240",
        // a partial week: 100 % of 1 x 2250 x 10 days / 7 = 3,214.29 -> 3,214
        "ten days, a partial second week  | 10000 | 1   | 2250 | 2026-03-01 | 2026-03-10 | 3214",
        // half a minute rounds up: 35 x 1 x 1000 x 1 = 35,000 / 70,000 = 0.5 -> 1
        "exactly half a minute rounds up  | 35    | 1   | 1000 | 2026-03-10 | 2026-03-10 | 1",
        // 34,000 / 70,000 = 0.486 -> 0
        "just under half rounds down      | 34    | 1   | 1000 | 2026-03-10 | 2026-03-10 | 0",
        "headcount zero pledges nothing   | 500   | 0   | 2250 | 2026-01-01 | 2026-12-31 | 0",
    })
    void percentOfWorkforceIsPercentTimesHeadcountTimesWeeklyMinutesTimesWeeks(String name, int bp, int headcount,
            int weekly, String start, String end, long expected) {
        assertThat(FulfilmentRules.pledgedMinutes(percentPledge(bp, headcount, weekly, start, end)))
                .isEqualTo(expected);
    }

    @Test
    void hoursPledgeIsItsStoredTotal() {
        assertThat(FulfilmentRules.pledgedMinutes(hoursPledge(6000, "2026-01-01", "2026-01-31"))).isEqualTo(6000);
    }

    @Test
    void percentPledgeUsesTheHeadcountKeptWithItNotTheMembersCurrentOne() {
        // signed with 40 people; the member now has 80, but the pledge row still says 40
        Pledge signed = percentPledge(250, 40, 2250, "2025-01-01", "2025-12-31");
        assertThat(FulfilmentRules.pledgedMinutes(signed)).isEqualTo(117321);
        assertThat(FulfilmentRules.pledgedMinutes(percentPledge(250, 80, 2250, "2025-01-01", "2025-12-31")))
                .isEqualTo(234643); // 16,425,000,000 / 70,000 = 234,642.86: what a re-based pledge would say
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "the day before the period         | 36500 | 2026-01-01 | 2026-12-31 | 2025-12-31 | 0     | 0",
        "the first day counts as elapsed   | 36500 | 2026-01-01 | 2026-12-31 | 2026-01-01 | 1     | 100",
        // 31 + 28 + 31 + 30 + 31 + 15 = 166 days
        "mid-June of a common year         | 36500 | 2026-01-01 | 2026-12-31 | 2026-06-15 | 166   | 16600",
        "the last day: all of it           | 36500 | 2026-01-01 | 2026-12-31 | 2026-12-31 | 365   | 36500",
        "after the period: clamped         | 36500 | 2026-01-01 | 2026-12-31 | 2027-03-01 | 365   | 36500",
        // 31 + 29 + 1 = 61 days into 2024
        "1 March of a leap year            | 36600 | 2024-01-01 | 2024-12-31 | 2024-03-01 | 61    | 6100",
        "a one-day period, on the day      | 240   | 2026-03-10 | 2026-03-10 | 2026-03-10 | 1     | 240",
        "a one-day period, the day before  | 240   | 2026-03-10 | 2026-03-10 | 2026-03-09 | 0     | 0",
        // 10 x 1 / 4 = 2.5 -> 3 (half-up)
        "a quarter of 10 minutes rounds up | 10    | 2026-03-01 | 2026-03-04 | 2026-03-01 | 1     | 3",
        "three quarters of 10: 7.5 -> 8    | 10    | 2026-03-01 | 2026-03-04 | 2026-03-03 | 3     | 8",
        // a partial week: 9 of 10 days of 3214 = 2892.6 -> 2893
        "nine of ten days                  | 3214  | 2026-03-01 | 2026-03-10 | 2026-03-09 | 9     | 2893",
    })
    void expectedToDateIsPledgedTimesTheShareOfWholeDaysElapsed(String name, long pledged, String start, String end,
            String today, long elapsedDays, long expected) {
        LocalDate s = LocalDate.parse(start);
        LocalDate e = LocalDate.parse(end);
        LocalDate t = LocalDate.parse(today);
        assertThat(FulfilmentRules.elapsedDays(s, e, t)).isEqualTo(elapsedDays);
        assertThat(FulfilmentRules.expectedToDate(pledged, s, e, t)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // pledge 2026: 36,500 min; on 2026-06-15 expected = 16,600
        "delivered all, mid-period             | 36500 | 36500 | 2026-06-15 | FULFILLED",
        "delivered more than pledged           | 36500 | 40000 | 2026-06-15 | FULFILLED",
        "delivered all, after the period       | 36500 | 36500 | 2027-01-05 | FULFILLED",
        "before the period starts              | 36500 | 0     | 2025-12-01 | NOT_STARTED",
        "after the period, 1 minute short      | 36500 | 36499 | 2027-01-05 | OVERDUE",
        "after the period, nothing given       | 36500 | 0     | 2027-01-01 | OVERDUE",
        "on the last day, short: not overdue   | 36500 | 36000 | 2026-12-31 | ON_TRACK",
        "exactly expected                      | 36500 | 16600 | 2026-06-15 | ON_TRACK",
        "exactly 90 % of expected is on track  | 36500 | 14940 | 2026-06-15 | ON_TRACK",
        "one minute below 90 % is behind       | 36500 | 14939 | 2026-06-15 | BEHIND",
        "exactly 75 % of expected is behind    | 36500 | 12450 | 2026-06-15 | BEHIND",
        "one minute below 75 % is at risk      | 36500 | 12449 | 2026-06-15 | AT_RISK",
        "nothing given, something expected     | 36500 | 0     | 2026-06-15 | AT_RISK",
        "nothing given on day one (100 due)    | 36500 | 0     | 2026-01-01 | AT_RISK",
        // 1 minute over 365 days: on day one expected = 1/365 -> 0
        "nothing due yet, nothing given        | 1     | 0     | 2026-01-01 | NOT_STARTED",
    })
    void statusFollowsTheRulesInOrder(String name, long pledged, long delivered, String today,
            FulfilmentStatus expected) {
        Pledge p = hoursPledge(pledged, "2026-01-01", "2026-12-31");
        LocalDate t = LocalDate.parse(today);
        assertThat(FulfilmentRules.fulfilment(p, delivered, t, NO_GRACE).status()).isEqualTo(expected);
    }

    /**
     * The grace period (default 30 days) at the boundaries. Pledge: 36,500 minutes, 2026-01-01 to 2026-12-31, so
     * 100 minutes a day are expected; day n is n days after 2026-01-01 (day 0 is the first day itself).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // name                                   | grace | delivered | today      | status      | short
        "day 0, nothing given: not yet judged     | 30    | 0         | 2026-01-01 | NOT_STARTED | 0",
        "day 0, something given                   | 30    | 10        | 2026-01-01 | ON_TRACK    | 0",
        "day 29, nothing given: still in grace    | 30    | 0         | 2026-01-30 | NOT_STARTED | 0",
        // day 29: 3000 expected; 100 delivered is 3.3 %, but grace
        "day 29, far below pace: still in grace   | 30    | 100       | 2026-01-30 | ON_TRACK    | 0",
        // day 30: 31 days elapsed, 3100 expected; nothing given is at risk, 3100 short
        "day 30, nothing given: judged, at risk   | 30    | 0         | 2026-01-31 | AT_RISK     | 3100",
        // day 30: 2700 of 3100 = 87.1 %: behind, 400 short
        "day 30, 87 % of expected: behind         | 30    | 2700      | 2026-01-31 | BEHIND      | 400",
        // day 30: 2790 of 3100 = 90 % exactly: on track, never shown as short
        "day 30, exactly 90 %: on track, 0 short  | 30    | 2790      | 2026-01-31 | ON_TRACK    | 0",
        // day 31: 3200 expected
        "day 31, nothing given: at risk           | 30    | 0         | 2026-02-01 | AT_RISK     | 3200",
        "day 31, 95 % on track: 0 short, not 160  | 30    | 3040      | 2026-02-01 | ON_TRACK    | 0",
        "grace 0: day 0 judged as before          | 0     | 0         | 2026-01-01 | AT_RISK     | 100",
        "grace 1: day 0 in grace, day 1 judged    | 1     | 0         | 2026-01-02 | AT_RISK     | 200",
        "a grace longer than the period: not last | 400   | 0         | 2026-12-30 | NOT_STARTED | 0",
        "the last day is judged, grace or not     | 400   | 0         | 2026-12-31 | AT_RISK     | 36500",
        "after the period: overdue, grace or not  | 400   | 100       | 2027-01-01 | OVERDUE     | 36400",
        "fulfilled in grace                       | 30    | 36500     | 2026-01-05 | FULFILLED   | 0",
        "before the period                        | 30    | 0         | 2025-12-31 | NOT_STARTED | 0",
    })
    void noPledgeIsBehindOrAtRiskDuringTheGracePeriod(String name, int grace, long delivered, String today,
            FulfilmentStatus status, long shortMinutes) {
        Pledge p = hoursPledge(36500, "2026-01-01", "2026-12-31");
        Fulfilment f = FulfilmentRules.fulfilment(p, delivered, LocalDate.parse(today), SETTINGS.withGraceDays(grace));
        assertThat(f.status()).isEqualTo(status);
        assertThat(f.shortMinutes()).isEqualTo(shortMinutes);
    }

    @ParameterizedTest(name = "grace {0}, today {1}: {2}")
    @CsvSource({
        // a 20-day pledge inside a 30-day grace: in grace to its second-last day, judged on its last, then overdue
        "30, 2026-02-28, NOT_STARTED", "30, 2026-03-01, NOT_STARTED", "30, 2026-03-19, NOT_STARTED",
        "30, 2026-03-20, AT_RISK", "30, 2026-03-21, OVERDUE", "0, 2026-03-01, AT_RISK",
    })
    void aShortPeriodIsStillJudgedOnItsLastDay(int grace, String today, FulfilmentStatus status) {
        Pledge p = hoursPledge(2000, "2026-03-01", "2026-03-20"); // 100 minutes a day, nothing delivered
        assertThat(FulfilmentRules.fulfilment(p, 0, LocalDate.parse(today), SETTINGS.withGraceDays(grace)).status())
                .isEqualTo(status);
    }

    @ParameterizedTest(name = "zero-hour pledge on {0}")
    @CsvSource({"2025-12-31", "2026-01-01", "2026-01-30", "2026-01-31", "2026-12-31", "2027-01-01"})
    void aZeroHourPledgeIsFulfilledAtAnyTimeAndNeverShort(String today) {
        Pledge nothing = percentPledge(500, 0, 2250, "2026-01-01", "2026-12-31"); // headcount 0: 0 minutes
        Fulfilment f = FulfilmentRules.fulfilment(nothing, 0, LocalDate.parse(today), SETTINGS);
        assertThat(f.pledgedMinutes()).isZero();
        assertThat(f.status()).isEqualTo(FulfilmentStatus.FULFILLED);
        assertThat(f.shortMinutes()).isZero();
    }

    @ParameterizedTest(name = "one-day period on {0}, {1} of 240 delivered: {2}")
    @CsvSource({
        "2026-03-09, 0, NOT_STARTED",
        "2026-03-10, 120, AT_RISK",
        "2026-03-10, 216, ON_TRACK",
        "2026-03-10, 215, BEHIND",
        "2026-03-10, 240, FULFILLED",
        "2026-03-11, 239, OVERDUE",
    })
    void oneDayPeriodIsDueInFullOnItsDay(String today, long delivered, FulfilmentStatus expected) {
        Pledge p = percentPledge(1000, 7, 2400, "2026-03-10", "2026-03-10"); // 240 minutes
        assertThat(FulfilmentRules.fulfilment(p, delivered, LocalDate.parse(today), SETTINGS).status())
                .isEqualTo(expected);
    }

    @Test
    void thresholdsComeFromTheSettings() {
        ChamberSettings strict = new ChamberSettings("c", "", "", SETTINGS.timeZone(), 2250, 1, 99, 95, "", 30);
        Pledge p = hoursPledge(36500, "2026-01-01", "2026-12-31");
        LocalDate june15 = LocalDate.parse("2026-06-15");
        // 16,000 of 16,600 expected = 96.4 %: on track with 90/75, behind with 99/95
        assertThat(FulfilmentRules.fulfilment(p, 16000, june15, SETTINGS).status())
                .isEqualTo(FulfilmentStatus.ON_TRACK);
        assertThat(FulfilmentRules.fulfilment(p, 16000, june15, strict).status()).isEqualTo(FulfilmentStatus.BEHIND);
        // 15,700 / 16,600 = 94.6 %: at risk under 95
        assertThat(FulfilmentRules.fulfilment(p, 15700, june15, strict).status()).isEqualTo(FulfilmentStatus.AT_RISK);
    }

    @Test
    void fulfilmentCarriesTheFiguresAndPercentsInBasisPoints() {
        Pledge p = hoursPledge(36500, "2026-01-01", "2026-12-31");
        Fulfilment f = FulfilmentRules.fulfilment(p, 12000, LocalDate.parse("2026-06-15"), SETTINGS);
        assertThat(f.pledgedMinutes()).isEqualTo(36500);
        assertThat(f.deliveredMinutes()).isEqualTo(12000);
        assertThat(f.expectedMinutes()).isEqualTo(16600);
        assertThat(f.percentOfPledgedBp()).isEqualTo(3288); // 12,000 / 36,500 = 32.876 % -> 3,288 bp
        assertThat(f.percentOfExpectedBp()).isEqualTo(7229); // 12,000 / 16,600 = 72.289 % -> 7,229 bp
        assertThat(f.status()).isEqualTo(FulfilmentStatus.AT_RISK);
    }

    @Test
    void percentOfExpectedIsAbsentBeforeAnythingIsExpected() {
        Pledge p = hoursPledge(36500, "2026-01-01", "2026-12-31");
        Fulfilment f = FulfilmentRules.fulfilment(p, 0, LocalDate.parse("2025-06-15"), SETTINGS);
        assertThat(f.expectedMinutes()).isZero();
        assertThat(f.percentOfExpectedBp()).isNull();
        assertThat(f.percentOfPledgedBp()).isZero();
    }

    @ParameterizedTest(name = "member totals {0}/{1} with {2} expected: {3}")
    @CsvSource({
        "1000, 1000, 500, FULFILLED",
        "1000, 500, 500, ON_TRACK",
        "1000, 440, 500, BEHIND",
        "1000, 370, 500, AT_RISK",
        "1000, 0, 0, NOT_STARTED",
    })
    void groupsOfPledgesUseThePaceRulesWithoutDates(long pledged, long delivered, long expected,
            FulfilmentStatus status) {
        assertThat(FulfilmentRules.ofTotals(pledged, delivered, expected, SETTINGS).status()).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0} minutes delivered on {1}: {2}")
    @CsvSource({
        "45000, 2026-06-15, BEHIND",
        "48100, 2026-06-15, ON_TRACK",
        "40018, 2026-06-15, BEHIND",
        "40017, 2026-06-15, AT_RISK",
        "117320, 2027-01-01, OVERDUE",
        "117321, 2026-06-15, FULFILLED",
    })
    void theWorkedExampleOfDocsFulfilmentRulesHolds(long delivered, String today, FulfilmentStatus status) {
        Pledge acme = percentPledge(250, 40, 2250, "2026-01-01", "2026-12-31");
        Fulfilment f = FulfilmentRules.fulfilment(acme, delivered, LocalDate.parse(today), SETTINGS);
        assertThat(f.pledgedMinutes()).isEqualTo(117321);
        assertThat(FulfilmentRules.expectedToDate(acme, LocalDate.of(2026, 6, 15))).isEqualTo(53357);
        assertThat(f.status()).isEqualTo(status);
    }

    @Test
    void hugeFiguresDoNotOverflow() {
        // 10,000 bp x 2,147,483,647 people x 10,080 min x 3,653 days overflows a long before dividing;
        // 100 % of a week of 10,080 min is 1,440 min a day, so the answer is 2,147,483,647 x 1,440 x 3,653
        assertThat(FulfilmentRules.percentPledgeMinutes(10_000, Integer.MAX_VALUE, 10_080, 3653))
                .isEqualTo(java.math.BigInteger.valueOf(11_296_451_177_987_040L));
    }
}
