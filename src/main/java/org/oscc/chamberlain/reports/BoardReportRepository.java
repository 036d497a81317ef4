package org.oscc.chamberlain.reports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.tools.jdbc.MockConnection;
import org.jooq.tools.jdbc.MockDataProvider;
import org.jooq.tools.jdbc.MockResult;
import org.oscc.chamberlain.pledges.Pledge;
import org.oscc.chamberlain.pledges.PledgeKind;
import org.oscc.chamberlain.pledges.PledgeRow;
import org.oscc.chamberlain.pledges.PledgeStatus;
import org.oscc.chamberlain.store.Store;

/**
 * Reads what a board report shows. Long results (contributions, pledges) are lazy streams over an open cursor, so
 * a million contributions never sit in memory: close every stream (try-with-resources). Only pledges that count
 * (active, fulfilled, lapsed: docs/fulfilment-rules.md) and their contributions enter the figures.
 */
public class BoardReportRepository {
    private static final int FETCH_SIZE = 1_000;
    private static final String COUNTED = "p.status IN ('ACTIVE', 'FULFILLED', 'LAPSED')";
    private static final String OVERLAPS = "p.period_start <= ? AND p.period_end >= ?";

    private static final String PLEDGES = "SELECT p.id, p.organization_id, p.project_id, p.kind, p.pledged_minutes,"
            + " p.percent_bp, p.headcount_basis, p.weekly_minutes_basis, p.period_start, p.period_end, p.status,"
            + " p.signed_on, o.name, pr.name,"
            + " (SELECT coalesce(sum(c.minutes), 0) FROM contribution c WHERE c.pledge_id = p.id"
            + "   AND c.contributed_on BETWEEN ? AND ?),"
            + " (SELECT coalesce(sum(c.minutes), 0) FROM contribution c WHERE c.pledge_id = p.id)"
            + " FROM pledge p JOIN organization o ON o.id = p.organization_id LEFT JOIN project pr ON pr.id = p.project_id"
            + " WHERE " + COUNTED + " AND " + OVERLAPS
            + " ORDER BY o.name COLLATE NOCASE, p.period_start, p.id";

    private static final String CONTRIBUTIONS = "SELECT c.contributed_on, o.name, pr.name, c.pledge_id, c.minutes,"
            + " coalesce(ct.full_name, c.contributor_name), c.description"
            + " FROM contribution c JOIN pledge p ON p.id = c.pledge_id JOIN organization o ON o.id = p.organization_id"
            + " LEFT JOIN project pr ON pr.id = c.project_id LEFT JOIN contact ct ON ct.id = c.contributor_id"
            + " WHERE c.contributed_on BETWEEN ? AND ? AND " + COUNTED
            + " ORDER BY c.contributed_on, c.id";

    private static final String PROJECTS = "WITH d(pid, minutes) AS (SELECT c.project_id, sum(c.minutes)"
            + "   FROM contribution c JOIN pledge p ON p.id = c.pledge_id"
            + "   WHERE c.contributed_on BETWEEN ? AND ? AND " + COUNTED + " GROUP BY c.project_id),"
            + " m(pid, members) AS (SELECT p.project_id, count(DISTINCT p.organization_id) FROM pledge p"
            + "   WHERE " + COUNTED + " AND " + OVERLAPS + " GROUP BY p.project_id),"
            + " k(pid) AS (SELECT pid FROM d UNION SELECT pid FROM m)"
            + " SELECT pr.name, coalesce(d.minutes, 0), coalesce(m.members, 0) FROM k"
            + " LEFT JOIN d ON d.pid IS k.pid LEFT JOIN m ON m.pid IS k.pid LEFT JOIN project pr ON pr.id = k.pid"
            + " ORDER BY 2 DESC, 3 DESC, pr.name COLLATE NOCASE";

    private static final String PITCH_NIGHTS = "SELECT n.starts_at, n.title, n.status,"
            + " (SELECT count(*) FROM agenda_slot s WHERE s.pitch_night_id = n.id AND s.kind = 'PITCH'),"
            + " (SELECT count(*) FROM invitation i WHERE i.pitch_night_id = n.id),"
            + " (SELECT count(*) FROM invitation i WHERE i.pitch_night_id = n.id AND i.rsvp = 'ACCEPTED'),"
            + " (SELECT count(*) FROM invitation i WHERE i.pitch_night_id = n.id AND i.attendance = 'ATTENDED'),"
            + " (SELECT count(*) FROM pledge p JOIN agenda_slot s ON s.id = p.pitch_slot_id"
            + "   WHERE s.pitch_night_id = n.id AND p.status NOT IN ('DRAFT', 'CANCELLED'))"
            + " FROM pitch_night n WHERE n.status <> 'DRAFT' AND n.starts_at >= ? AND n.starts_at < ?"
            + " ORDER BY n.starts_at, n.id";

    private static final String CHANGES = "SELECT h.changed_on, h.status, o.name, o.tier FROM organization_status_change h"
            + " JOIN organization o ON o.id = h.organization_id"
            + " WHERE h.changed_on >= ? AND h.status IN ('ACTIVE', 'LAPSED', 'WITHDRAWN')"
            + " UNION ALL SELECT p.signed_on, 'PLEDGE', o.name, coalesce(pr.name, '" + PledgeRow.GENERAL_POOL + "')"
            + " FROM pledge p JOIN organization o ON o.id = p.organization_id LEFT JOIN project pr ON pr.id = p.project_id"
            + " WHERE p.signed_on >= ? AND p.status <> 'CANCELLED'"
            + " ORDER BY 1, 3 COLLATE NOCASE";

    private final DSLContext dsl;

    public BoardReportRepository(Store store) {
        this(store.dsl());
    }

    private BoardReportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The same queries answered by no database: every count is 0 and every list empty. {@link ReportWarmUp} runs
     * them once so that jOOQ's classes for them are loaded before the first report, without touching the store.
     */
    static BoardReportRepository withoutStore() {
        DSLContext detached = DSL.using(SQLDialect.SQLITE);
        Field<Integer> n = DSL.field("n", Integer.class);
        MockDataProvider nothing = context -> {
            Result<Record1<Integer>> result = detached.newResult(n);
            if (context.sql().startsWith("SELECT count(*)")) {
                result.add(detached.newRecord(n).values(0));
            }
            return new MockResult[] {new MockResult(result.size(), result)};
        };
        return new BoardReportRepository(DSL.using(new MockConnection(nothing), SQLDialect.SQLITE));
    }

    public int countPledges(ReportPeriod period) {
        return dsl.resultQuery("SELECT count(*) FROM pledge p WHERE " + COUNTED + " AND " + OVERLAPS,
                period.to().toString(), period.from().toString()).fetchOne(0, Integer.class);
    }

    public int countContributions(ReportPeriod period) {
        return dsl.resultQuery("SELECT count(*) FROM contribution c JOIN pledge p ON p.id = c.pledge_id"
                + " WHERE c.contributed_on BETWEEN ? AND ? AND " + COUNTED,
                period.from().toString(), period.to().toString()).fetchOne(0, Integer.class);
    }

    /** Counting pledges whose period meets the report's, by member name then start. Close the stream. */
    public Stream<BoardPledge> pledges(ReportPeriod period) {
        return dsl.resultQuery(PLEDGES, period.from().toString(), period.to().toString(), period.to().toString(),
                        period.from().toString())
                .fetchSize(FETCH_SIZE).fetchStream().map(BoardReportRepository::pledge);
    }

    /** Contributions dated in the period (on counting pledges), by date. Close the stream. */
    public Stream<BoardContribution> contributions(ReportPeriod period) {
        return dsl.resultQuery(CONTRIBUTIONS, period.from().toString(), period.to().toString())
                .fetchSize(FETCH_SIZE).fetchStream()
                .map(r -> new BoardContribution(date(r, 0), r.get(1, String.class), projectName(r.get(2, String.class)),
                        r.get(3, Long.class), r.get(4, Integer.class), r.get(5, String.class), r.get(6, String.class)));
    }

    /** Per project (the general pool as one): hours received in the period and members pledging to it, most first. */
    public List<BoardProject> projects(ReportPeriod period) {
        return dsl.resultQuery(PROJECTS, period.from().toString(), period.to().toString(), period.to().toString(),
                        period.from().toString())
                .fetch(r -> new BoardProject(projectName(r.get(0, String.class)), r.get(1, Long.class),
                        r.get(2, Integer.class)));
    }

    /** Pitch nights (not drafts) starting within the period, with their counts, in date order. */
    public List<BoardPitchNight> pitchNights(ReportPeriod period) {
        return dsl.resultQuery(PITCH_NIGHTS, period.from().atStartOfDay().toString().replace('T', ' '),
                        period.to().plusDays(1).atStartOfDay().toString().replace('T', ' '))
                .fetch(r -> new BoardPitchNight(LocalDateTime.parse(r.get(0, String.class).replace(' ', 'T')),
                        r.get(1, String.class), r.get(2, String.class), r.get(3, Integer.class),
                        r.get(4, Integer.class), r.get(5, Integer.class), r.get(6, Integer.class),
                        r.get(7, Integer.class)));
    }

    /** Members that joined, lapsed or withdrew, and pledges signed, on or after {@code since}, in date order. */
    public List<BoardChange> changesSince(LocalDate since) {
        return dsl.resultQuery(CHANGES, since.toString(), since.toString())
                .fetch(r -> {
                    // the writer words the change and its detail (a tier, or the project pledged to) in its language
                    String kind = r.get(1, String.class);
                    String change = switch (kind) {
                        case "ACTIVE", "LAPSED", "WITHDRAWN" -> kind;
                        default -> "PLEDGE";
                    };
                    return new BoardChange(date(r, 0), change, r.get(2, String.class), r.get(3, String.class));
                });
    }

    private static BoardPledge pledge(Record r) {
        Long projectId = r.get(2, Long.class);
        Pledge p = new Pledge(r.get(0, Long.class), r.get(1, Long.class), projectId,
                PledgeKind.valueOf(r.get(3, String.class)), r.get(4, Long.class), r.get(5, Integer.class),
                r.get(6, Integer.class), r.get(7, Integer.class), date(r, 8), date(r, 9),
                PledgeStatus.valueOf(r.get(10, String.class)), date(r, 11), null, null, null, null);
        return new BoardPledge(p, r.get(12, String.class), projectName(r.get(13, String.class)),
                r.get(14, Long.class), r.get(15, Long.class));
    }

    private static String projectName(String name) {
        return name == null ? PledgeRow.GENERAL_POOL : name;
    }

    private static LocalDate date(Record r, int index) {
        String text = r.get(index, String.class);
        return text == null ? null : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    }
}
