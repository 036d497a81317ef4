package org.oscc.chamberlain.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.oscc.chamberlain.store.Store;

/**
 * A large made-up chamber for benchmarks: N organizations with a primary contact each, pledges for about 30 % of
 * them, and M contributions spread over those pledges with a skew (a few pledges get most of the hours), dated over
 * the last 18 months. Written with plain JDBC batches in one transaction; the same seed gives the same rows.
 */
public final class SyntheticChamber {
    private static final int BATCH = 5_000;
    private static final int PROJECTS = 500;
    private static final String[] WORDS = {"Maple", "Harbour", "Lakeside", "Northern", "Granite", "Cedar", "Union",
        "Summit", "Riverdale", "Beacon", "Prairie", "Aurora", "Birch", "Coastal", "Trillium", "Pioneer"};
    private static final String[] TRADES = {"Logistics", "Analytics", "Insurance", "Software", "Health", "Energy",
        "Robotics", "Media", "Credit Union", "Foods", "Telecom", "Design"};
    private static final String[] FIRST = {"Zoë", "Thérèse", "Priya", "Kwame", "Mei", "Tomasz", "Giulia", "Ahmed",
        "Fatima", "Carlos", "Hyun", "Thanh", "Amara", "Rohan", "Lucía", "Kofi", "Wei", "Leila", "Noah", "Ewa"};
    private static final String[] LAST = {"Tremblay", "Gagnon", "Patel", "Mensah", "Chen", "Kowalski", "Romano",
        "Farouk", "Haidari", "Medeiros", "Park", "Nguyen", "Okafor", "D'Souza", "Fernández", "Boateng", "Zhang"};
    private static final String[] KINDS = {"COMPANY", "COMPANY", "COMPANY", "PUBLIC_SECTOR", "NON_PROFIT", "ACADEMIC"};
    private static final String[] STATUSES = {"ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "PROSPECT", "LAPSED"};

    /** What was written, and how long each part took. */
    public record Result(int organizations, int contacts, int projects, int pledges, int contributions,
            long membersNanos, long pledgesNanos, long contributionsNanos, long commitNanos) {
        public int rows() {
            return organizations + contacts + projects + pledges + contributions;
        }
    }

    private final Store store;
    private final Random random;
    private final LocalDate today;
    private final String now;
    private final int pageCacheMiB;

    /**
     * @param pageCacheMiB SQLite page cache for the writing connection, 0 for SQLite's default
     */
    public SyntheticChamber(Store store, long seed, int pageCacheMiB) {
        this.store = store;
        this.pageCacheMiB = pageCacheMiB;
        this.random = new Random(seed);
        this.today = LocalDate.now(store.clock());
        // the text form jOOQ writes for DATETIME columns, so both kinds of rows sort and compare alike
        this.now = java.sql.Timestamp.valueOf(LocalDateTime.now(store.clock().withZone(ZoneOffset.UTC))
                .truncatedTo(ChronoUnit.SECONDS)).toString();
    }

    /** Writes into an empty store; throws when it is not empty. */
    public Result generate(int organizations, int contributions) throws SQLException {
        if (!store.isEmpty()) {
            throw new IllegalStateException("the synthetic chamber is written into an empty store only");
        }
        try (Connection c = store.dataSource().getConnection()) {
            if (pageCacheMiB > 0) {
                // a page cache larger than SQLite's 2 MiB default keeps index pages in memory instead of spilling
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA cache_size = -" + pageCacheMiB * 1024);
                }
            }
            c.setAutoCommit(false);
            try {
                long t0 = System.nanoTime();
                writeOrganizationsAndContacts(c, organizations);
                writeProjects(c);
                long t1 = System.nanoTime();
                Pledges pledges = writePledges(c, organizations);
                long t2 = System.nanoTime();
                writeContributions(c, pledges, contributions);
                long t3 = System.nanoTime();
                c.commit();
                long t4 = System.nanoTime();
                return new Result(organizations, organizations, PROJECTS, pledges.count, contributions,
                        t1 - t0, t2 - t1, t3 - t2, t4 - t3);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private void writeOrganizationsAndContacts(Connection c, int count) throws SQLException {
        try (PreparedStatement org = c.prepareStatement("INSERT INTO organization (id, name, name_key, kind, sector,"
                + " city, it_headcount, total_headcount, tier, status, member_since, renewal_due, created_at,"
                + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement contact = c.prepareStatement("INSERT INTO contact (id, organization_id, full_name,"
                        + " role_title, email, email_key, is_primary, email_consent, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)")) {
            for (int id = 1; id <= count; id++) {
                String trade = TRADES[random.nextInt(TRADES.length)];
                String name = WORDS[random.nextInt(WORDS.length)] + " " + trade + " " + id;
                String key = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
                int it = 2 + (int) Math.round(Math.exp(random.nextDouble() * 7)); // 3 .. ~1100, mostly small
                String status = STATUSES[random.nextInt(STATUSES.length)];
                LocalDate renewal = today.plusDays(random.nextInt(730) - 365);
                org.setInt(1, id);
                org.setString(2, name);
                org.setString(3, key);
                org.setString(4, KINDS[random.nextInt(KINDS.length)]);
                org.setString(5, trade);
                org.setString(6, "Toronto");
                org.setInt(7, it);
                org.setInt(8, it * (3 + random.nextInt(20)));
                org.setString(9, it > 200 ? "Patron" : it > 50 ? "Partner" : "Supporter");
                org.setString(10, status);
                org.setString(11, "PROSPECT".equals(status) ? null : renewal.minusYears(1 + random.nextInt(5)).toString());
                org.setString(12, "PROSPECT".equals(status) ? null : renewal.toString());
                org.setString(13, now);
                org.setString(14, now);
                org.addBatch();
                String person = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
                String email = "contact" + id + "@" + key + ".example.com";
                contact.setInt(1, id);
                contact.setInt(2, id);
                contact.setString(3, person);
                contact.setString(4, "Chief Information Officer");
                contact.setString(5, email);
                contact.setString(6, email);
                contact.setBoolean(7, random.nextInt(10) > 0);
                contact.setString(8, now);
                contact.setString(9, now);
                contact.addBatch();
                if (id % BATCH == 0) {
                    org.executeBatch();
                    contact.executeBatch();
                }
            }
            org.executeBatch();
            contact.executeBatch();
        }
    }

    private void writeProjects(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO project (id, name, name_key, repository_url,"
                + " licence_spdx, stage, created_at, updated_at) VALUES (?, ?, ?, ?, 'Apache-2.0', ?, ?, ?)")) {
            for (int id = 1; id <= PROJECTS; id++) {
                ps.setInt(1, id);
                ps.setString(2, "Project " + id);
                ps.setString(3, "project" + id);
                ps.setString(4, "https://git.example.org/project-" + id);
                ps.setString(5, id % 3 == 0 ? "ESTABLISHED" : "EMERGING");
                ps.setString(6, now);
                ps.setString(7, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Pledge periods, by pledge id - 1: what contributions need to stay inside them. */
    private static final class Pledges {
        int count;
        int[] organization;
        Integer[] project;
        LocalDate[] start;
        int[] days; // days from start to the last day contributions may have (period end or today)
    }

    private Pledges writePledges(Connection c, int organizations) throws SQLException {
        Pledges p = new Pledges();
        int capacity = organizations * 3 / 10 + 16;
        p.organization = new int[capacity];
        p.project = new Integer[capacity];
        p.start = new LocalDate[capacity];
        p.days = new int[capacity];
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO pledge (id, organization_id, project_id, kind,"
                + " pledged_minutes, percent_bp, headcount_basis, weekly_minutes_basis, period_start, period_end,"
                + " status, signed_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int org = 1; org <= organizations && p.count < capacity; org++) {
                if (random.nextInt(100) >= 30) {
                    continue;
                }
                int id = ++p.count;
                LocalDate start = today.withDayOfMonth(1).minusMonths(1 + random.nextInt(17));
                LocalDate end = start.plusMonths(random.nextBoolean() ? 6 : 12).minusDays(1);
                LocalDate last = end.isBefore(today) ? end : today;
                boolean hours = random.nextInt(100) < 80;
                Integer project = random.nextInt(4) == 0 ? null : 1 + random.nextInt(PROJECTS);
                p.organization[id - 1] = org;
                p.project[id - 1] = project;
                p.start[id - 1] = start;
                p.days[id - 1] = (int) ChronoUnit.DAYS.between(start, last) + 1;
                ps.setInt(1, id);
                ps.setInt(2, org);
                setNullable(ps, 3, project);
                ps.setString(4, hours ? "HOURS" : "PERCENT_OF_WORKFORCE");
                setNullable(ps, 5, hours ? 60 * (20 + random.nextInt(400)) : null);
                setNullable(ps, 6, hours ? null : 25 + random.nextInt(200));
                setNullable(ps, 7, hours ? null : 10 + random.nextInt(200));
                setNullable(ps, 8, hours ? null : 2250);
                ps.setString(9, start.toString());
                ps.setString(10, end.toString());
                ps.setString(11, end.isBefore(today) ? (random.nextBoolean() ? "FULFILLED" : "LAPSED") : "ACTIVE");
                ps.setString(12, start.minusDays(14).toString());
                ps.setString(13, now);
                ps.setString(14, now);
                ps.addBatch();
                if (id % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        return p;
    }

    private void writeContributions(Connection c, Pledges p, int count) throws SQLException {
        // dates as text once per day, not once per row
        LocalDate first = today.withDayOfMonth(1).minusMonths(18);
        String[] dayText = new String[(int) ChronoUnit.DAYS.between(first, today) + 1];
        for (int d = 0; d < dayText.length; d++) {
            dayText[d] = first.plusDays(d).toString();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO contribution (pledge_id, project_id,"
                + " contributed_on, minutes, contributor_id, contributor_name, description, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, 'Reviewed pull requests', ?)")) {
            // u squared skews towards the first pledges: a few carry most of the hours, as in real chambers
            int[] perPledge = new int[p.count];
            for (int i = 0; i < count; i++) {
                double u = random.nextDouble();
                perPledge[(int) (p.count * u * u)]++;
            }
            // rows go in pledge order, so the (pledge, date) index grows at one end instead of everywhere at once
            int pledge = 0;
            for (int i = 1; i <= count; i++) {
                while (perPledge[pledge] == 0) {
                    pledge++;
                }
                perPledge[pledge]--;
                int day = (int) ChronoUnit.DAYS.between(first, p.start[pledge]) + random.nextInt(p.days[pledge]);
                ps.setInt(1, pledge + 1);
                setNullable(ps, 2, p.project[pledge] == null ? Integer.valueOf(1 + random.nextInt(PROJECTS))
                        : p.project[pledge]);
                ps.setString(3, dayText[day]);
                ps.setInt(4, 15 * (1 + Math.min(31, (int) (-Math.log(1 - random.nextDouble()) * 8))));
                boolean known = random.nextInt(10) < 7;
                setNullable(ps, 5, known ? p.organization[pledge] : null); // the org's primary contact has its id
                ps.setString(6, known ? null : FIRST[random.nextInt(FIRST.length)]);
                ps.setString(7, now);
                ps.addBatch();
                if (i % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static void setNullable(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }
}
