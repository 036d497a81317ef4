package org.oscc.chamberlain.pledges;

import java.time.LocalDate;

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

    /** FulfilmentRules.status in SQL over the columns of {@code pp} and the thresholds of {@code a}. */
    private static final String STATUS = "CASE WHEN pp.delivered >= pp.pledged THEN 'FULFILLED'"
            + " WHEN a.d_today < pp.s THEN 'NOT_STARTED' WHEN a.d_today > pp.e THEN 'OVERDUE'"
            + " WHEN pp.expected = 0 THEN (CASE WHEN pp.delivered = 0 THEN 'NOT_STARTED' ELSE 'ON_TRACK' END)"
            + " WHEN pp.delivered * 100 < pp.expected * a.atrisk THEN 'AT_RISK'"
            + " WHEN pp.delivered * 100 < pp.expected * a.behind THEN 'BEHIND' ELSE 'ON_TRACK' END";

    /**
     * The dashboard's per-member pass, one read of contribution_pledge_date for every figure that needs a pledge's
     * delivered total: per member, pledged / delivered / expected of its counting pledges meeting [from, to] (as
     * BY_MEMBER), whether any meets it, and how many of all its counting pledges have each computed status.
     */
    static final String MEMBER_STATUS = "WITH a(d_today, d_from, d_to, behind, atrisk) AS (SELECT ?, ?, ?, ?, ?),"
            + " pp(org, s, e, in_range, pledged, expected, delivered) AS (SELECT p.organization_id, p.period_start,"
            + " p.period_end, (p.period_start <= a.d_to AND p.period_end >= a.d_from), " + PLEDGED + ", "
            + share(elapsed("a.d_today")) + ","
            + " (SELECT coalesce(sum(c.minutes), 0) FROM contribution c WHERE c.pledge_id = p.id)"
            + " FROM pledge p, a WHERE " + COUNTED + "),"
            + " ps(org, in_range, pledged, expected, delivered, st) AS (SELECT pp.org, pp.in_range, pp.pledged,"
            + " pp.expected, pp.delivered, " + STATUS + " FROM pp, a)"
            + " SELECT o.id, o.name, sum(CASE WHEN ps.in_range THEN ps.pledged ELSE 0 END),"
            + " sum(CASE WHEN ps.in_range THEN ps.delivered ELSE 0 END),"
            + " sum(CASE WHEN ps.in_range THEN ps.expected ELSE 0 END), max(ps.in_range),"
            + " sum(ps.st = 'NOT_STARTED'), sum(ps.st = 'ON_TRACK'), sum(ps.st = 'BEHIND'), sum(ps.st = 'AT_RISK'),"
            + " sum(ps.st = 'FULFILLED'), sum(ps.st = 'OVERDUE')"
            + " FROM ps JOIN organization o ON o.id = ps.org GROUP BY o.id, o.name ORDER BY o.name, o.id";

    /** Delivered minutes of counting pledges within [from, to] per month and project: one read of the range. */
    static final String DELIVERED_BY_MONTH_AND_PROJECT = "WITH a(d_from, d_to) AS (SELECT ?, ?)"
            + " SELECT substr(c.contributed_on, 1, 7), c.project_id, sum(c.minutes) FROM a, contribution c"
            + " JOIN pledge p ON p.id = c.pledge_id WHERE c.contributed_on BETWEEN a.d_from AND a.d_to AND "
            + COUNTED + " GROUP BY 1, 2";

    /** BY_MONTH without the delivered column (the pledge table alone), plus the whole range as its last row. */
    static final String SCHEDULED_BY_MONTH = "WITH RECURSIVE a(d_from, d_to) AS (SELECT ?, ?),"
            + " m(m_start) AS (SELECT date(d_from, 'start of month') FROM a"
            + "   UNION ALL SELECT date(m.m_start, '+1 month') FROM m, a WHERE date(m.m_start, '+1 month') <= a.d_to),"
            + " b(m_start, b_from, b_to) AS (SELECT m.m_start, max(m.m_start, a.d_from),"
            + "   min(date(m.m_start, '+1 month', '-1 day'), a.d_to) FROM m, a"
            + "   UNION ALL SELECT 'range', a.d_from, a.d_to FROM a)"
            + " SELECT b.m_start, " + scheduledWithin("b.b_from", "b.b_to") + " FROM b";

    static final String ONE_PLEDGE = "WITH a(d_today) AS (SELECT ?) SELECT " + PLEDGED + ", "
            + share(elapsed("a.d_today")) + " FROM pledge p, a WHERE p.id = ?";

    static Object[] rangeBindings(LocalDate from, LocalDate to) {
        return new Object[] {from.toString(), to.toString()};
    }
}
