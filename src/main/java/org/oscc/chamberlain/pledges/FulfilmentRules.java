package org.oscc.chamberlain.pledges;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.oscc.chamberlain.settings.ChamberSettings;

/**
 * The one place where pledged, expected-to-date and fulfilment status are decided (docs/fulfilment-rules.md
 * states the same rules in words). Pure: no store, no clock; "today" is always passed in. All arithmetic is exact
 * integer arithmetic; every division rounds half-up to a whole minute or basis point, once, at the end.
 * {@link PledgeSql} repeats {@link #pledgedMinutes}, {@link #expectedToDate}, {@link #status} and
 * {@link Fulfilment#shortMinutes} in SQL for the dashboard; PledgeRepositoryTest and PledgeSummaryTest check that both
 * give the same numbers and statuses.
 */
public final class FulfilmentRules {
    /** 10000 basis points per unit times 7 days per week: the divisor of a percent-of-workforce pledge. */
    static final long PERCENT_DIVISOR = 10_000L * 7L;

    private FulfilmentRules() {
    }

    /** Days in an inclusive period: 1 Jan to 1 Jan is 1 day; 2024 has 366. */
    public static long daysInclusive(LocalDate start, LocalDate end) {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /**
     * Minutes pledged for a percent-of-workforce pledge: percentBp / 10000 x headcount x weeklyMinutes x days / 7,
     * rounded half-up to a whole minute. Exact for any inputs (no overflow), so validation can see oversized ones.
     */
    public static BigInteger percentPledgeMinutes(long percentBp, long headcount, long weeklyMinutes, long days) {
        BigInteger numerator = BigInteger.valueOf(percentBp).multiply(BigInteger.valueOf(headcount))
                .multiply(BigInteger.valueOf(weeklyMinutes)).multiply(BigInteger.valueOf(days));
        return roundHalfUp(numerator, BigInteger.valueOf(PERCENT_DIVISOR));
    }

    /** Minutes pledged: the stored total for HOURS; the formula above, on the figures kept with the pledge, else. */
    public static long pledgedMinutes(Pledge pledge) {
        if (pledge.kind() == PledgeKind.HOURS) {
            return pledge.pledgedMinutes();
        }
        return percentPledgeMinutes(pledge.percentBp(), pledge.headcountBasis(), pledge.weeklyMinutesBasis(),
                daysInclusive(pledge.periodStart(), pledge.periodEnd())).longValueExact();
    }

    /**
     * Days of the period elapsed on {@code today}, counting today: 0 before the start, 1 on the first day, the
     * whole period from the last day on.
     */
    public static long elapsedDays(LocalDate start, LocalDate end, LocalDate today) {
        if (today.isBefore(start)) {
            return 0;
        }
        return Math.min(daysInclusive(start, today), daysInclusive(start, end));
    }

    /** Minutes expected by the end of {@code today}: pledged x elapsed days / days in period, rounded half-up. */
    public static long expectedToDate(long pledgedMinutes, LocalDate start, LocalDate end, LocalDate today) {
        long elapsed = elapsedDays(start, end, today);
        return roundHalfUp(BigInteger.valueOf(pledgedMinutes).multiply(BigInteger.valueOf(elapsed)),
                BigInteger.valueOf(daysInclusive(start, end))).longValueExact();
    }

    public static long expectedToDate(Pledge pledge, LocalDate today) {
        return expectedToDate(pledgedMinutes(pledge), pledge.periodStart(), pledge.periodEnd(), today);
    }

    /**
     * Whether {@code today} falls in the grace period at the start of the period: from the first day (day 0) while
     * fewer than {@code graceDays} days have passed since it (days 0 to graceDays - 1), never on the last day. With
     * 30 days, a period starting 1 March is in grace up to 30 March and judged from 31 March (day 30).
     */
    public static boolean inGrace(LocalDate start, LocalDate end, LocalDate today, int graceDays) {
        return !today.isBefore(start) && today.isBefore(end) && daysInclusive(start, today) <= graceDays;
    }

    /**
     * The status of one pledge, first rule that applies:
     * <ol>
     * <li>delivered >= pledged: FULFILLED (at any time);</li>
     * <li>today before the period: NOT_STARTED;</li>
     * <li>today after the period: OVERDUE;</li>
     * <li>in the grace period ({@link #inGrace}) or nothing expected yet (expected rounds to 0): NOT_STARTED if
     * nothing delivered, else ON_TRACK;</li>
     * <li>delivered below atRisk % of expected: AT_RISK; below behind %: BEHIND; otherwise ON_TRACK.</li>
     * </ol>
     * Threshold comparisons are exact (delivered x 100 < expected x threshold), not on rounded percents. Nothing
     * delivered inside the period is therefore AT_RISK as soon as the grace period is over.
     */
    public static FulfilmentStatus status(long pledged, long delivered, long expected, LocalDate start,
            LocalDate end, LocalDate today, int behindPercent, int atRiskPercent, int graceDays) {
        if (delivered >= pledged) {
            return FulfilmentStatus.FULFILLED;
        }
        if (today.isBefore(start)) {
            return FulfilmentStatus.NOT_STARTED;
        }
        if (today.isAfter(end)) {
            return FulfilmentStatus.OVERDUE;
        }
        if (inGrace(start, end, today, graceDays)) {
            return delivered == 0 ? FulfilmentStatus.NOT_STARTED : FulfilmentStatus.ON_TRACK;
        }
        return pace(delivered, expected, behindPercent, atRiskPercent);
    }

    /** Rules 4 and 5 alone: how delivered compares with expected. */
    public static FulfilmentStatus pace(long delivered, long expected, int behindPercent, int atRiskPercent) {
        if (expected == 0) {
            return delivered == 0 ? FulfilmentStatus.NOT_STARTED : FulfilmentStatus.ON_TRACK;
        }
        BigInteger hundredths = BigInteger.valueOf(delivered).multiply(BigInteger.valueOf(100));
        BigInteger exp = BigInteger.valueOf(expected);
        if (hundredths.compareTo(exp.multiply(BigInteger.valueOf(atRiskPercent))) < 0) {
            return FulfilmentStatus.AT_RISK;
        }
        if (hundredths.compareTo(exp.multiply(BigInteger.valueOf(behindPercent))) < 0) {
            return FulfilmentStatus.BEHIND;
        }
        return FulfilmentStatus.ON_TRACK;
    }

    /** Everything about one pledge as of {@code today}, with the thresholds of {@code settings}. */
    public static Fulfilment fulfilment(Pledge pledge, long deliveredMinutes, LocalDate today,
            ChamberSettings settings) {
        long pledged = pledgedMinutes(pledge);
        long expected = expectedToDate(pledged, pledge.periodStart(), pledge.periodEnd(), today);
        FulfilmentStatus status = status(pledged, deliveredMinutes, expected, pledge.periodStart(),
                pledge.periodEnd(), today, settings.behindThresholdPercent(), settings.atRiskThresholdPercent(),
                settings.graceDays());
        return new Fulfilment(pledged, deliveredMinutes, expected, percentBp(deliveredMinutes, pledged),
                percentBp(deliveredMinutes, expected), status);
    }

    /**
     * Fulfilment of a group of pledges (a member's, the chamber's) from summed figures: FULFILLED when delivered
     * reaches pledged, otherwise {@link #pace}. Dates do not apply to a group.
     */
    public static Fulfilment ofTotals(long pledged, long delivered, long expected, ChamberSettings settings) {
        FulfilmentStatus status = delivered >= pledged ? FulfilmentStatus.FULFILLED
                : pace(delivered, expected, settings.behindThresholdPercent(), settings.atRiskThresholdPercent());
        return new Fulfilment(pledged, delivered, expected, percentBp(delivered, pledged),
                percentBp(delivered, expected), status);
    }

    /**
     * Fulfilment of the pledges of one member or of one project, as a detail pane's total line shows it: FULFILLED
     * when delivered reaches pledged; otherwise {@link #pace} over the pledges being judged ({@link #judged}: started
     * and past their grace period), so that the total never alarms about pledges that each read Not started; when
     * none is judged yet, NOT_STARTED if nothing was delivered, else ON_TRACK (as a single pledge in its grace period).
     */
    public static Fulfilment ofGroup(long pledged, long delivered, long expected, long judgedDelivered,
            long judgedExpected, ChamberSettings settings) {
        FulfilmentStatus status;
        if (delivered >= pledged) {
            status = FulfilmentStatus.FULFILLED;
        } else if (judgedExpected == 0) {
            status = delivered == 0 ? FulfilmentStatus.NOT_STARTED : FulfilmentStatus.ON_TRACK;
        } else {
            status = pace(judgedDelivered, judgedExpected, settings.behindThresholdPercent(),
                    settings.atRiskThresholdPercent());
        }
        return new Fulfilment(pledged, delivered, expected, percentBp(delivered, pledged),
                percentBp(delivered, expected), status);
    }

    /** Whether a pledge is judged on its pace today: its period has started and its grace period is over. */
    public static boolean judged(LocalDate start, LocalDate end, LocalDate today, int graceDays) {
        return !today.isBefore(start) && !inGrace(start, end, today, graceDays);
    }

    /** part / whole in basis points, rounded half-up; null when whole is 0. May exceed 10000. */
    public static Integer percentBp(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        BigInteger bp = roundHalfUp(BigInteger.valueOf(part).multiply(BigInteger.valueOf(10_000)),
                BigInteger.valueOf(whole));
        return bp.min(BigInteger.valueOf(Integer.MAX_VALUE)).intValue();
    }

    /** a / b rounded half-up, for a >= 0 and b > 0. */
    static BigInteger roundHalfUp(BigInteger a, BigInteger b) {
        return a.shiftLeft(1).add(b).divide(b.shiftLeft(1));
    }
}
