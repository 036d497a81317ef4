package org.oscc.chamberlain.pledges;

import static org.oscc.chamberlain.store.jooq.Tables.AGENDA_SLOT;
import static org.oscc.chamberlain.store.jooq.Tables.PITCH_NIGHT;
import static org.oscc.chamberlain.store.jooq.Tables.CONTACT;
import static org.oscc.chamberlain.store.jooq.Tables.CONTRIBUTION;
import static org.oscc.chamberlain.store.jooq.Tables.ORGANIZATION;
import static org.oscc.chamberlain.store.jooq.Tables.PLEDGE;
import static org.oscc.chamberlain.store.jooq.Tables.PROJECT;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.jooq.tables.records.ContributionRecord;
import org.oscc.chamberlain.store.jooq.tables.records.PledgeRecord;

/**
 * Pledges and contributions in the store. Delivered minutes are always summed in SQL (over the covering index
 * contribution_pledge_date); the dashboard totals are whole SQL aggregates, using PledgeSql's copies of the
 * fulfilment formulas. No rule is decided here: callers validate first.
 */
public class PledgeRepository {
    /** How DATETIME columns are written, the same text jOOQ writes, so plain-JDBC rows sort with the others. */
    private static final DateTimeFormatter DATETIME_TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private static final Field<Long> DELIVERED = DSL.field(
            "coalesce((SELECT ct.minutes FROM contribution_total ct WHERE ct.pledge_id = pledge.id), 0)", Long.class);

    private final DSLContext dsl;
    private final Clock clock;

    public PledgeRepository(Store store) {
        this.dsl = store.dsl();
        this.clock = store.clock();
    }

    private LocalDateTime nowUtc() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    // --- look-ups for validation -------------------------------------------------------------------------------

    public Optional<MemberFacts> member(long organizationId) {
        if (!storable(organizationId)) {
            return Optional.empty();
        }
        return dsl.select(ORGANIZATION.ID, ORGANIZATION.NAME, ORGANIZATION.IT_HEADCOUNT, ORGANIZATION.ARCHIVED_AT)
                .from(ORGANIZATION).where(ORGANIZATION.ID.eq(toInt(organizationId)))
                .fetchOptional(r -> new MemberFacts(r.value1(), r.value2(), r.value3(), r.value4() != null));
    }

    public boolean projectExists(long projectId) {
        return storable(projectId) && dsl.fetchExists(PROJECT, PROJECT.ID.eq(toInt(projectId)));
    }

    public boolean contactExists(long contactId) {
        return storable(contactId) && dsl.fetchExists(CONTACT, CONTACT.ID.eq(toInt(contactId)));
    }

    public boolean pitchSlotExists(long slotId) {
        return storable(slotId) && dsl.fetchExists(AGENDA_SLOT, AGENDA_SLOT.ID.eq(toInt(slotId)));
    }

    /** How many contributions of a pledge are dated outside [start, end]. */
    public int contributionsOutside(long pledgeId, LocalDate start, LocalDate end) {
        return dsl.fetchCount(CONTRIBUTION, CONTRIBUTION.PLEDGE_ID.eq(toInt(pledgeId))
                .and(CONTRIBUTION.CONTRIBUTED_ON.lt(start).or(CONTRIBUTION.CONTRIBUTED_ON.gt(end))));
    }

    // --- pledges ----------------------------------------------------------------------------------------------

    /** Inserts a checked pledge; its id and timestamps are ignored. Returns the stored pledge. */
    public Pledge insert(Pledge p) {
        LocalDateTime now = nowUtc();
        PledgeRecord r = dsl.newRecord(PLEDGE);
        fill(r, p);
        r.setCreatedAt(now);
        r.setUpdatedAt(now);
        r.store();
        return get(r.getId()).orElseThrow();
    }

    /** Writes every column of a checked pledge but created_at; returns the stored pledge. */
    public Pledge update(Pledge p) {
        PledgeRecord r = dsl.fetchOne(PLEDGE, PLEDGE.ID.eq(toInt(p.id())));
        if (r == null) {
            throw new IllegalArgumentException("no pledge " + p.id());
        }
        fill(r, p);
        r.setUpdatedAt(nowUtc());
        r.store();
        return get(p.id()).orElseThrow();
    }

    /** Every pledge by id, in one query: for imports that would otherwise look pledges up one by one. */
    public java.util.Map<Long, Pledge> all() {
        java.util.Map<Long, Pledge> all = new java.util.HashMap<>();
        dsl.selectFrom(PLEDGE).forEach(r -> all.put(r.getId().longValue(), toPledge(r)));
        return all;
    }

    public Optional<Pledge> get(long id) {
        if (!storable(id)) {
            return Optional.empty();
        }
        return dsl.fetchOptional(PLEDGE, PLEDGE.ID.eq(toInt(id))).map(PledgeRepository::toPledge);
    }

    /** Pledges matching the filter's stored-status, member, project and period parts, by member name then start. */
    public List<PledgeTally> tallies(PledgeFilter filter) {
        return dsl.select(PLEDGE.asterisk(), ORGANIZATION.NAME, PROJECT.NAME, DELIVERED)
                .from(PLEDGE)
                .join(ORGANIZATION).on(ORGANIZATION.ID.eq(PLEDGE.ORGANIZATION_ID))
                .leftJoin(PROJECT).on(PROJECT.ID.eq(PLEDGE.PROJECT_ID))
                .where(conditions(filter))
                .orderBy(ORGANIZATION.NAME, PLEDGE.PERIOD_START, PLEDGE.ID)
                .fetch(r -> new PledgeTally(toPledge(r.into(PLEDGE)), r.get(ORGANIZATION.NAME),
                        r.get(PROJECT.NAME) == null ? PledgeRow.GENERAL_POOL : r.get(PROJECT.NAME),
                        r.get(DELIVERED)));
    }

    private static List<Condition> conditions(PledgeFilter f) {
        List<Condition> where = new ArrayList<>();
        if (!f.statuses().isEmpty()) {
            where.add(PLEDGE.STATUS.in(f.statuses().stream().map(Enum::name).collect(Collectors.toList())));
        }
        if (!f.fulfilment().isEmpty()) {
            where.add(PLEDGE.STATUS.in(PledgeSql.COUNTED_STATUSES));
        }
        if (f.organizationId() != null) {
            where.add(PLEDGE.ORGANIZATION_ID.eq(toInt(f.organizationId())));
        }
        if (f.generalPoolOnly()) {
            where.add(PLEDGE.PROJECT_ID.isNull());
        } else if (f.projectId() != null) {
            where.add(PLEDGE.PROJECT_ID.eq(toInt(f.projectId())));
        }
        if (f.to() != null) {
            where.add(PLEDGE.PERIOD_START.le(f.to()));
        }
        if (f.from() != null) {
            where.add(PLEDGE.PERIOD_END.ge(f.from()));
        }
        return where;
    }

    public long deliveredMinutes(long pledgeId) {
        Long sum = dsl.select(DSL.coalesce(DSL.sum(CONTRIBUTION.MINUTES), java.math.BigDecimal.ZERO).cast(Long.class))
                .from(CONTRIBUTION).where(CONTRIBUTION.PLEDGE_ID.eq(toInt(pledgeId))).fetchOne(0, Long.class);
        return sum == null ? 0 : sum;
    }

    /** Minutes logged to a project (contribution.project_id) on pledges whose status counts, whatever their project. */
    public long receivedMinutes(long projectId) {
        if (!storable(projectId)) {
            return 0;
        }
        Long sum = dsl.select(DSL.coalesce(DSL.sum(CONTRIBUTION.MINUTES), java.math.BigDecimal.ZERO).cast(Long.class))
                .from(CONTRIBUTION).join(PLEDGE).on(PLEDGE.ID.eq(CONTRIBUTION.PLEDGE_ID))
                .where(CONTRIBUTION.PROJECT_ID.eq(toInt(projectId)))
                .and(PLEDGE.STATUS.in(PledgeSql.COUNTED_STATUSES))
                .fetchOne(0, Long.class);
        return sum == null ? 0 : sum;
    }

    // --- contributions ----------------------------------------------------------------------------------------

    public List<Contribution> contributions(long pledgeId) {
        return dsl.selectFrom(CONTRIBUTION).where(CONTRIBUTION.PLEDGE_ID.eq(toInt(pledgeId)))
                .orderBy(CONTRIBUTION.CONTRIBUTED_ON, CONTRIBUTION.ID).fetch(PledgeRepository::toContribution);
    }

    /**
     * Inserts checked contributions in one transaction through one plain JDBC batch (several times faster than
     * jOOQ's batch for imports of many rows). Either all rows are written or none.
     */
    public int insertContributions(List<Contribution> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        String created = nowUtc().format(DATETIME_TEXT);
        dsl.transaction(cfg -> writeContributions(DSL.using(cfg), rows, created));
        return rows.size();
    }

    /** The plain JDBC batch insert of checked contributions, inside the caller's transaction {@code tx}. */
    static void writeContributions(DSLContext tx, List<Contribution> rows, String created) {
        tx.connection(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO contribution (pledge_id, project_id,"
                    + " contributed_on, minutes, contributor_id, contributor_name, description, link, import_batch_id,"
                    + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Contribution k : rows) {
                    ps.setLong(1, k.pledgeId());
                    setLong(ps, 2, k.projectId());
                    ps.setString(3, k.contributedOn().toString());
                    ps.setInt(4, k.minutes());
                    setLong(ps, 5, k.contributorId());
                    ps.setString(6, k.contributorName());
                    ps.setString(7, k.description());
                    ps.setString(8, k.link());
                    setLong(ps, 9, k.importBatchId());
                    ps.setString(10, created);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    /** "Now" as DATETIME text, for rows written with plain JDBC. */
    String nowText() {
        return nowUtc().format(DATETIME_TEXT);
    }

    /** Every pledge of a member, by period start. */
    public List<Pledge> pledgesOf(long organizationId) {
        if (!storable(organizationId)) {
            return List.of();
        }
        return dsl.selectFrom(PLEDGE).where(PLEDGE.ORGANIZATION_ID.eq(toInt(organizationId)))
                .orderBy(PLEDGE.PERIOD_START, PLEDGE.ID).fetch(PledgeRepository::toPledge);
    }

    /** True when a contribution was deleted. */
    public boolean deleteContribution(long id) {
        return dsl.deleteFrom(CONTRIBUTION).where(CONTRIBUTION.ID.eq(toInt(id))).execute() > 0;
    }

    // --- dashboard aggregates (all in SQL) --------------------------------------------------------------------

    public RangeTotals totals(LocalDate from, LocalDate to) {
        return query(PledgeSql.RANGE_TOTALS, PledgeSql.rangeBindings(from, to),
                rs -> new RangeTotals(from, to, rs.getLong(1), rs.getLong(2))).get(0);
    }

    public List<MonthFigures> byMonth(LocalDate from, LocalDate to) {
        return query(PledgeSql.BY_MONTH, PledgeSql.rangeBindings(from, to), rs -> new MonthFigures(
                YearMonth.parse(rs.getString(1).substring(0, 7)), rs.getLong(2), rs.getLong(3)));
    }

    public List<ProjectHours> deliveredByProject(LocalDate from, LocalDate to) {
        return query(PledgeSql.BY_PROJECT, PledgeSql.rangeBindings(from, to), rs -> new ProjectHours(
                rs.getObject(1) == null ? null : rs.getLong(1),
                rs.getString(2) == null ? PledgeRow.GENERAL_POOL : rs.getString(2), rs.getLong(3)));
    }

    /** The dashboard's pass (PledgeSql.DASHBOARD_PASS): chamber totals and the members most short. */
    DashboardPass dashboardPass(LocalDate from, LocalDate to, LocalDate today, int behindPercent, int atRiskPercent,
            int graceDays, int mostBehind) {
        long[] shareTotal = new long[1];
        java.util.Map<FulfilmentStatus, Integer> counts = new java.util.EnumMap<>(FulfilmentStatus.class);
        List<MemberShortfall> members = query(PledgeSql.DASHBOARD_PASS, new Object[] {today.toString(),
            from.toString(), to.toString(), behindPercent, atRiskPercent, graceDays, mostBehind}, rs -> {
                shareTotal[0] = rs.getLong(8);
                for (int i = 0; i < PledgeSql.DASHBOARD_STATUS_COLUMNS.size(); i++) {
                    counts.put(PledgeSql.DASHBOARD_STATUS_COLUMNS.get(i), rs.getInt(9 + i));
                }
                long org = rs.getLong(1);
                return rs.wasNull() ? null : new MemberShortfall(org, rs.getString(2), rs.getLong(6),
                        MemberShortfall.ofSeverity(rs.getInt(7)));
            });
        members.removeIf(java.util.Objects::isNull); // the totals' row when no member is short
        return new DashboardPass(shareTotal[0], counts, members);
    }

    /** What {@link #dashboardPass} reads: the range's pledged share, pledges per status, members most short. */
    record DashboardPass(long pledgedInRange, java.util.Map<FulfilmentStatus, Integer> statusCounts,
            List<MemberShortfall> mostBehind) {
    }

    /** Delivered minutes in the whole months of [from, to] by "yyyy-MM" month and project id (null: none). */
    List<Object[]> deliveredByMonthAndProject(LocalDate from, LocalDate to) {
        return query(PledgeSql.DELIVERED_BY_MONTH_AND_PROJECT, PledgeSql.rangeBindings(from, to), rs -> new Object[] {
            rs.getString(1), rs.getLong(2) == 0 ? null : rs.getLong(2), rs.getLong(3)});
    }

    /** Scheduled minutes per month start ("yyyy-MM-dd") of [from, to]. */
    java.util.Map<String, Long> scheduledByMonth(LocalDate from, LocalDate to) {
        java.util.Map<String, Long> byMonth = new java.util.LinkedHashMap<>();
        query(PledgeSql.SCHEDULED_BY_MONTH, PledgeSql.rangeBindings(from, to), rs -> byMonth.put(rs.getString(1),
                rs.getLong(2)));
        return byMonth;
    }

    /** Member organizations that are not archived, by name, with what a pledge form needs of them. */
    public List<MemberFacts> members() {
        return dsl.select(ORGANIZATION.ID, ORGANIZATION.NAME, ORGANIZATION.IT_HEADCOUNT)
                .from(ORGANIZATION).where(ORGANIZATION.ARCHIVED_AT.isNull())
                .orderBy(ORGANIZATION.NAME, ORGANIZATION.ID)
                .fetch(r -> new MemberFacts(r.value1(), r.value2(), r.value3(), false));
    }

    /** Projects that are not archived, by name. */
    public List<ProjectChoice> projects() {
        return dsl.select(PROJECT.ID, PROJECT.NAME).from(PROJECT).where(PROJECT.ARCHIVED_AT.isNull())
                .orderBy(PROJECT.NAME, PROJECT.ID).fetch(r -> new ProjectChoice(r.value1(), r.value2()));
    }

    /** Every pitch on any pitch night, latest night first, named "night (date): pitch title, project". */
    public List<PitchChoice> pitches() {
        return dsl.select(AGENDA_SLOT.ID, PITCH_NIGHT.TITLE, PITCH_NIGHT.STARTS_AT, AGENDA_SLOT.TITLE, PROJECT.NAME)
                .from(AGENDA_SLOT).join(PITCH_NIGHT).on(PITCH_NIGHT.ID.eq(AGENDA_SLOT.PITCH_NIGHT_ID))
                .leftJoin(PROJECT).on(PROJECT.ID.eq(AGENDA_SLOT.PROJECT_ID))
                .where(AGENDA_SLOT.KIND.eq("PITCH"))
                .orderBy(PITCH_NIGHT.STARTS_AT.desc(), AGENDA_SLOT.POSITION)
                .fetch(r -> new PitchChoice(r.value1().longValue(), r.value2() + " (" + r.value3().toLocalDate()
                        + "): " + java.util.stream.Stream.of(r.value4(), r.value5())
                                .filter(x -> x != null && !x.isBlank()).distinct()
                                .collect(java.util.stream.Collectors.joining(", "))));
    }

    /** Every project's name by id, archived ones included (to name the projects hours went to). */
    public java.util.Map<Long, String> projectNames() {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        dsl.select(PROJECT.ID, PROJECT.NAME).from(PROJECT).forEach(r -> names.put(r.value1().longValue(), r.value2()));
        return names;
    }

    /** Pledged and expected minutes of one pledge as the SQL copies of the rules compute them (for tests). */
    long[] sqlFigures(long pledgeId, LocalDate today) {
        return query(PledgeSql.ONE_PLEDGE, new Object[] {today.toString(), pledgeId},
                rs -> new long[] {rs.getLong(1), rs.getLong(2)}).get(0);
    }

    /** Reads one mapped value per row. Plain JDBC so that sums are read as 64-bit longs whatever SQLite reports. */
    private <T> List<T> query(String sql, Object[] bindings, RowReader<T> reader) {
        return dsl.connectionResult(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < bindings.length; i++) {
                    ps.setObject(i + 1, bindings[i]);
                }
                List<T> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(reader.read(rs));
                    }
                }
                return rows;
            }
        });
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    // --- mapping ----------------------------------------------------------------------------------------------

    static void fill(PledgeRecord r, Pledge p) {
        r.setOrganizationId(toInt(p.organizationId()));
        r.setProjectId(toInt(p.projectId()));
        r.setKind(p.kind().name());
        r.setPledgedMinutes(toInt(p.pledgedMinutes()));
        r.setPercentBp(p.percentBp());
        r.setHeadcountBasis(p.headcountBasis());
        r.setWeeklyMinutesBasis(p.weeklyMinutesBasis());
        r.setPeriodStart(p.periodStart());
        r.setPeriodEnd(p.periodEnd());
        r.setStatus(p.status().name());
        r.setSignedOn(p.signedOn());
        r.setPitchSlotId(toInt(p.pitchSlotId()));
        r.setNotes(p.notes());
    }

    private static Pledge toPledge(PledgeRecord r) {
        return new Pledge(r.getId(), r.getOrganizationId(), toLong(r.getProjectId()), PledgeKind.valueOf(r.getKind()),
                toLong(r.getPledgedMinutes()), r.getPercentBp(), r.getHeadcountBasis(), r.getWeeklyMinutesBasis(),
                r.getPeriodStart(), r.getPeriodEnd(), PledgeStatus.valueOf(r.getStatus()), r.getSignedOn(),
                toLong(r.getPitchSlotId()), r.getNotes(), r.getCreatedAt(), r.getUpdatedAt());
    }

    private static Contribution toContribution(ContributionRecord r) {
        return new Contribution(r.getId(), r.getPledgeId(), toLong(r.getProjectId()), r.getContributedOn(),
                r.getMinutes(), toLong(r.getContributorId()), r.getContributorName(), r.getDescription(), r.getLink(),
                toLong(r.getImportBatchId()), r.getCreatedAt());
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, value);
        }
    }

    /** Ids are SQLite INTEGERs read as Java ints; a larger id cannot name a row. */
    private static boolean storable(long id) {
        return id > 0 && id <= Integer.MAX_VALUE;
    }

    private static Integer toInt(Long value) {
        return value == null ? null : Math.toIntExact(value);
    }

    private static Integer toInt(long value) {
        return Math.toIntExact(value);
    }

    private static Long toLong(Integer value) {
        return value == null ? null : value.longValue();
    }
}
