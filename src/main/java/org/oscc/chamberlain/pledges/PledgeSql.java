package org.oscc.chamberlain.pledges;

import java.time.LocalDate;
import java.util.List;

/**
 * The SQL text of {@link PledgeRepository}'s dashboard aggregates. Pledged and expected minutes are the formulas of
 * {@link FulfilmentRules} written as SQLite integer arithmetic (half-up rounding as (2a + b) / 2b), so that
 * 100k members and 1M contributions are summed without loading rows; PledgeRepositoryTest checks both agree.
 * Products stay within 64 bits because the service refuses pledges above {@link PledgeService#MAX_PLEDGED_MINUTES}.
 * Each query binds its dates once, in a first CTE {@code a}, as ISO text (the form the columns hold).
 */
final class PledgeSql {
    static final java.util.List<String> COUNTED_STATUSES = java.util.List.of("ACTIVE", "FULFILLED", "LAPSED");
    private static final String COUNTED = "p.status IN ('ACTIVE', 'FULFILLED', 'LAPSED')";

    /** Days in the pledge's inclusive period. */
    private static final String DAYS = "(CAST(julianday(p.period_end) - julianday(p.period_start) AS INTEGER) + 1)";

    /** FulfilmentRules.pledgedMinutes: bp x headcount x weekly minutes x days / 70000, rounded half-up. */
    static final String PLEDGED = "(CASE WHEN p.kind = 'HOURS' THEN p.pledged_minutes ELSE"
            + " (2 * p.percent_bp * p.headcount_basis * p.weekly_minutes_basis * " + DAYS + " + 70000) / 140000 END)";

    private PledgeSql() {
    }

    /** Days of the period elapsed by the end of {@code today} (FulfilmentRules.elapsedDays). */
    private static String elapsed(String today) {
        return "max(0, min(" + DAYS + ", CAST(julianday(" + today + ") - julianday(p.period_start) AS INTEGER) + 1))";
    }

    /** pledged x part / days, rounded half-up: expected-to-date, or a range's share of the pledge. */
    private static String share(String partDays) {
        return "((2 * " + PLEDGED + " * " + partDays + " + " + DAYS + ") / (2 * " + DAYS + "))";
    }

    /** Days of the period inside [from, to] (0 when they do not meet). */
    private static String overlap(String from, String to) {
        return "max(0, CAST(julianday(min(p.period_end, " + to + ")) - julianday(max(p.period_start, " + from
                + ")) AS INTEGER) + 1)";
    }

    private static String scheduledWithin(String from, String to) {
        return "(SELECT coalesce(sum(" + share(overlap(from, to)) + "), 0) FROM pledge p WHERE " + COUNTED
                + " AND p.period_start <= " + to + " AND p.period_end >= " + from + ")";
    }

    private static String deliveredWithin(String from, String to) {
        return "(SELECT coalesce(sum(c.minutes), 0) FROM contribution c JOIN pledge p ON p.id = c.pledge_id"
                + " WHERE c.contributed_on BETWEEN " + from + " AND " + to + " AND " + COUNTED + ")";
    }

    static final String RANGE_TOTALS = "WITH a(d_from, d_to) AS (SELECT ?, ?) SELECT "
            + scheduledWithin("a.d_from", "a.d_to") + ", " + deliveredWithin("a.d_from", "a.d_to") + " FROM a";

    static final String BY_MONTH = "WITH RECURSIVE a(d_from, d_to) AS (SELECT ?, ?),"
            + " m(m_start) AS (SELECT date(d_from, 'start of month') FROM a"
            + "   UNION ALL SELECT date(m.m_start, '+1 month') FROM m, a WHERE date(m.m_start, '+1 month') <= a.d_to),"
            + " b(m_start, b_from, b_to) AS (SELECT m.m_start, max(m.m_start, a.d_from),"
            + "   min(date(m.m_start, '+1 month', '-1 day'), a.d_to) FROM m, a)"
            + " SELECT b.m_start, " + scheduledWithin("b.b_from", "b.b_to") + ", "
            + deliveredWithin("b.b_from", "b.b_to") + " FROM b ORDER BY b.m_start";

    static final String BY_PROJECT = "WITH a(d_from, d_to) AS (SELECT ?, ?)"
            + " SELECT c.project_id, pr.name, sum(c.minutes) FROM a, contribution c"
            + " JOIN pledge p ON p.id = c.pledge_id LEFT JOIN project pr ON pr.id = c.project_id"
            + " WHERE c.contributed_on BETWEEN a.d_from AND a.d_to AND " + COUNTED
            + " GROUP BY c.project_id ORDER BY 3 DESC, pr.name";

    static final String BY_MEMBER = "WITH a(d_today, d_from, d_to) AS (SELECT ?, ?, ?),"
            + " pp(org, pledged, expected, delivered) AS (SELECT p.organization_id, " + PLEDGED + ", "
            + share(elapsed("a.d_today")) + ","
            + " (SELECT coalesce(sum(c.minutes), 0) FROM contribution c WHERE c.pledge_id = p.id)"
            + " FROM pledge p, a WHERE " + COUNTED + " AND p.period_start <= a.d_to AND p.period_end >= a.d_from)"
            + " SELECT o.id, o.name, sum(pp.pledged), sum(pp.delivered), sum(pp.expected)"
            + " FROM pp JOIN organization o ON o.id = pp.org GROUP BY o.id, o.name ORDER BY o.name, o.id";

    /**
     * FulfilmentRules.status in SQL over the columns of {@code pp} (el: days from the start through today, counting
     * both) and the thresholds and grace days of {@code a}.
     */
    private static final String STATUS = "CASE WHEN pp.delivered >= pp.pledged THEN 'FULFILLED'"
            + " WHEN a.d_today < pp.s THEN 'NOT_STARTED' WHEN a.d_today > pp.e THEN 'OVERDUE'"
            // the grace period (FulfilmentRules.inGrace) and nothing expected yet give the same answer
            + " WHEN (a.d_today < pp.e AND pp.el <= a.grace) OR pp.expected = 0"
            + " THEN (CASE WHEN pp.delivered = 0 THEN 'NOT_STARTED' ELSE 'ON_TRACK' END)"
            + " WHEN pp.delivered * 100 < pp.expected * a.atrisk THEN 'AT_RISK'"
            + " WHEN pp.delivered * 100 < pp.expected * a.behind THEN 'BEHIND' ELSE 'ON_TRACK' END";

    /** FulfilmentStatus.severity of {@code st.status}: 0 none, 1 behind, 2 at risk, 3 overdue. */
    private static final String SEVERITY = "(CASE st.status WHEN 'BEHIND' THEN 1 WHEN 'AT_RISK' THEN 2"
            + " WHEN 'OVERDUE' THEN 3 ELSE 0 END)";

    /**
     * The dashboard's pass over the counting pledges, in one statement. Per pledge: its member, whether its period
     * meets [from, to], pledged, expected-to-date, delivered (read from contribution_total, kept by triggers, rather
     * than summed from every contribution), its pro-rata share of [from, to] (as RANGE_TOTALS), its computed status
     * and the minutes it is short (Fulfilment.shortMinutes: expected - delivered when Behind, At risk or Overdue).
     * From those rows, the chamber's totals ({@code t}: the range's share, and how many pledges have each status)
     * and, per member over its pledges meeting the range, the {@code limit} members with the most minutes short
     * ({@code m}: largest first, equal ones by member id; only members short at all) with the most serious status
     * among their pledges, so that only a handful of rows leave SQLite. Columns: org, name, pledged, delivered,
     * expected, minutes short, severity (all null on the single row returned when no member is short), the share
     * total, then the counts of FULFILLED, NOT_STARTED, ON_TRACK, BEHIND, AT_RISK, OVERDUE. The CTEs are
     * MATERIALIZED so that julianday(), the contribution_total lookup and the status rules run once per pledge
     * rather than once per use.
     */
    static final String DASHBOARD_PASS = "WITH a(d_today, d_from, d_to, behind, atrisk, grace) AS"
            + " (SELECT ?, ?, ?, ?, ?, ?),"
            + " j(jt, jf, jto) AS (SELECT julianday(a.d_today), julianday(a.d_from), julianday(a.d_to) FROM a),"
            + " b(id, org, s, e, js, days, pledged) AS MATERIALIZED (SELECT p.id, p.organization_id, p.period_start,"
            + " p.period_end, julianday(p.period_start), " + DAYS + ", " + PLEDGED + " FROM pledge p WHERE " + COUNTED
            + "),"
            + " pp(org, s, e, el, in_range, pledged, expected, delivered, in_range_share) AS MATERIALIZED"
            + " (SELECT b.org, b.s, b.e, CAST(j.jt - b.js AS INTEGER) + 1, (b.s <= a.d_to AND b.e >= a.d_from),"
            + " b.pledged,"
            // expected: pledged x elapsed days (clamped to 0..days) / days, half-up
            + " (2 * b.pledged * max(0, min(b.days, CAST(j.jt - b.js AS INTEGER) + 1)) + b.days) / (2 * b.days),"
            + " coalesce((SELECT ct.minutes FROM contribution_total ct WHERE ct.pledge_id = b.id), 0),"
            // the range's share: pledged x days of the period inside [from, to] / days, half-up
            + " (2 * b.pledged * max(0, CAST(min(b.js + b.days - 1, j.jto) - max(b.js, j.jf) AS INTEGER) + 1)"
            + " + b.days) / (2 * b.days) FROM b, a, j),"
            + " st(org, in_range, pledged, expected, delivered, share, status) AS MATERIALIZED (SELECT pp.org,"
            + " pp.in_range, pp.pledged, pp.expected, pp.delivered, pp.in_range_share, " + STATUS + " FROM pp, a),"
            + " t AS (SELECT sum(share), sum(status = 'FULFILLED'), sum(status = 'NOT_STARTED'),"
            + " sum(status = 'ON_TRACK'), sum(status = 'BEHIND'), sum(status = 'AT_RISK'), sum(status = 'OVERDUE')"
            + " FROM st),"
            + " m AS (SELECT org, sum(pledged) AS pledged, sum(delivered) AS delivered, sum(expected) AS expected,"
            + " sum(CASE WHEN " + SEVERITY + " > 0 THEN max(0, expected - delivered) ELSE 0 END) AS gap,"
            + " max(" + SEVERITY + ") AS sev FROM st WHERE in_range GROUP BY org HAVING gap > 0"
            + " ORDER BY gap DESC, org LIMIT ?)"
            + " SELECT m.org, o.name, m.pledged, m.delivered, m.expected, m.gap, m.sev, t.* FROM t LEFT JOIN m"
            + " LEFT JOIN organization o ON o.id = m.org ORDER BY m.gap DESC, m.org";

    /** The status columns of DASHBOARD_PASS, in their order from column 9. */
    static final List<FulfilmentStatus> DASHBOARD_STATUS_COLUMNS = List.of(FulfilmentStatus.FULFILLED,
            FulfilmentStatus.NOT_STARTED, FulfilmentStatus.ON_TRACK, FulfilmentStatus.BEHIND,
            FulfilmentStatus.AT_RISK, FulfilmentStatus.OVERDUE);

    /**
     * Delivered minutes of counting pledges per month ("yyyy-MM") and project key (0: none) for the whole months
     * from the month of {@code from} to the month of {@code to}: contribution_project_month (every pledge) minus the
     * contributions of pledges that do not count (drafts and cancelled pledges, normally few).
     */
    static final String DELIVERED_BY_MONTH_AND_PROJECT = "WITH a(m_from, m_to) AS (SELECT substr(?, 1, 7),"
            + " substr(?, 1, 7)) SELECT x.month, x.project_key, sum(x.minutes) FROM ("
            + " SELECT cpm.month, cpm.project_key, cpm.minutes FROM a, contribution_project_month cpm"
            + "  WHERE cpm.month BETWEEN a.m_from AND a.m_to"
            + " UNION ALL SELECT substr(c.contributed_on, 1, 7), coalesce(c.project_id, 0), -c.minutes"
            // from the few pledges that do not count to their contributions, never the other way round
            + "  FROM a, pledge p CROSS JOIN contribution c ON c.pledge_id = p.id"
            + "  WHERE p.status IN ('DRAFT', 'CANCELLED')"
            + "  AND c.contributed_on BETWEEN a.m_from || '-01' AND a.m_to || '-31') x GROUP BY 1, 2";

    /**
     * BY_MONTH's scheduled column for whole months, read from schedule_month (kept by triggers on pledge with the
     * same formula and rounding, one row per month) for the months from the month of {@code from} to that of
     * {@code to}, each named by its first day.
     */
    static final String SCHEDULED_BY_MONTH = "SELECT cm.first_day, coalesce(sm.minutes, 0) FROM calendar_month cm"
            + " LEFT JOIN schedule_month sm ON sm.month = cm.month"
            + " WHERE cm.month BETWEEN substr(?, 1, 7) AND substr(?, 1, 7) ORDER BY cm.month";

    static final String ONE_PLEDGE = "WITH a(d_today) AS (SELECT ?) SELECT " + PLEDGED + ", "
            + share(elapsed("a.d_today")) + " FROM pledge p, a WHERE p.id = ?";

    static Object[] rangeBindings(LocalDate from, LocalDate to) {
        return new Object[] {from.toString(), to.toString()};
    }
}
