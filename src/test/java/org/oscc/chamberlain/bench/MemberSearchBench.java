package org.oscc.chamberlain.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.oscc.chamberlain.members.ContactRepository;
import org.oscc.chamberlain.members.MemberFilter;
import org.oscc.chamberlain.members.MemberRow;
import org.oscc.chamberlain.members.MemberService;
import org.oscc.chamberlain.members.NameKey;
import org.oscc.chamberlain.members.OrganizationRepository;
import org.oscc.chamberlain.store.MigrationSet;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.StoreOpener;

/**
 * Search-as-you-type over a large roster: fills a temporary store with 100,000 organizations (each with a primary
 * contact), then times 200 searches of the prefixes people type keystroke by keystroke, through
 * {@link MemberService#list} (full rows per keystroke) and through {@link MemberService#matcher} over the roster
 * loaded once (what the screen does). Prints median and p95 in ms, wall clock and thread CPU.
 * Not a test. Run after {@code mvn -B -o test-compile} and
 * {@code mvn -B -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt}:
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.oscc.chamberlain.bench.MemberSearchBench
 * [organizations, default 100000] [file to keep the filled store in]}.
 */
public final class MemberSearchBench {
    private static final String[] STEMS = {"Müller", "Acme", "Nordlicht", "Québec", "Blue River", "東京データ", "Öko",
        "Sol", "Pacific", "Maple", "Ørsted", "Granite", "Helix", "Lumière", "Kite", "Zenith", "Ember", "Atlas",
        "São Paulo", "Nakamura", "O'Brien", "Fjord", "Cobalt", "Juniper"};
    private static final String[] SUFFIXES = {"GmbH", "Inc.", "Labs", "Systems", "Software", "Bank", "University",
        "Health", "Logistics", "Consulting", "Networks", "Co-op"};
    private static final String[] FIRST = {"Anna", "Jürgen", "Marie", "Kenji", "Liam", "Sofía", "Chloé", "Omar",
        "Priya", "Noah", "Zoë", "Lars"};
    private static final String[] LAST = {"Schmidt", "Tremblay", "Tanaka", "Nguyen", "García", "O'Neil", "Kowalski",
        "Dubois", "Singh", "Johansson", "Rossi", "Smith"};
    /** What people type: each word grows one keystroke at a time (1 to 6 characters), in a fixed order. */
    private static final List<String> WORDS = List.of("müller", "acme", "québec", "tremblay", "schmidt", "東京データ",
        "kenji.t", "@maple", "helix", "zenith", "nakamura", "o'brien", "lumière", "granite", "sofía", "cobalt",
        "juniper", "pacific", "fjord", "atlas", "gmbh", "labs", "ørsted", "blue r", "2025", "anna.schmidt");

    private MemberSearchBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        // a second argument keeps the filled store at that path (for EXPLAIN QUERY PLAN and the like)
        boolean keep = args.length > 1;
        Path folder = keep ? Path.of(args[1]).toAbsolutePath().getParent() : Files.createTempDirectory("chamberlain-bench");
        Path file = keep ? Path.of(args[1]).toAbsolutePath() : folder.resolve("bench.db");
        try (Store store = new StoreOpener(MigrationSet.APP, Clock.systemDefaultZone()).open(file)) {
            long t0 = System.nanoTime();
            fill(store, count);
            System.out.printf("Filled %,d organizations + %,d contacts in %.1f s%n", count, count,
                    (System.nanoTime() - t0) / 1e9);
            MemberService members = new MemberService(new OrganizationRepository(store),
                    new ContactRepository(store), store.clock());
            List<String> queries = keystrokes(200);
            for (String q : queries) { // warm-up: JIT and SQLite page cache
                members.list(MemberFilter.all().withText(q));
            }
            // CPU time of this thread too: SQLite runs in it (JNI), and on a shared, overloaded machine wall-clock
            // time mostly measures waiting for a core
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            double[] ms = new double[queries.size()];
            double[] cpu = new double[queries.size()];
            long rows = 0;
            double slowest = 0;
            String slowestQuery = "";
            for (int i = 0; i < queries.size(); i++) {
                long cpuStart = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                rows += members.list(MemberFilter.all().withText(queries.get(i))).size();
                ms[i] = (System.nanoTime() - start) / 1e6;
                cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
                if (ms[i] > slowest) {
                    slowest = ms[i];
                    slowestQuery = queries.get(i);
                }
            }
            Arrays.sort(ms);
            Arrays.sort(cpu);
            System.out.printf("%d searches through list() over %,d organizations, %,d rows per search on average%n", ms.length, count,
                    rows / ms.length);
            System.out.printf("  wall clock: median %.1f ms, p95 %.1f ms, max %.1f ms (\"%s\")%n", ms[ms.length / 2],
                    ms[p95(ms.length)], slowest, slowestQuery);
            System.out.printf("  thread CPU: median %.1f ms, p95 %.1f ms, max %.1f ms%n", cpu[cpu.length / 2],
                    cpu[p95(cpu.length)], cpu[cpu.length - 1]);
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            List<MemberRow> loaded = members.list(MemberFilter.all());
            System.out.printf("Whole roster loaded once (%,d rows): wall %.1f ms, CPU %.1f ms%n", loaded.size(),
                    (System.nanoTime() - start) / 1e6, (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6);
            // the screen's path: ids from the index, then the loaded rows narrowed in memory
            for (String q : queries) {
                loaded.stream().filter(members.matcher(MemberFilter.all().withText(q))).count();
            }
            rows = 0;
            for (int i = 0; i < queries.size(); i++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                rows += loaded.stream().filter(members.matcher(MemberFilter.all().withText(queries.get(i)))).count();
                ms[i] = (System.nanoTime() - w0) / 1e6;
                cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            }
            Arrays.sort(ms);
            Arrays.sort(cpu);
            System.out.printf("%d searches through matcher() over the loaded rows, %,d rows kept on average%n",
                    ms.length, rows / ms.length);
            System.out.printf("  wall clock: median %.1f ms, p95 %.1f ms, max %.1f ms%n", ms[ms.length / 2],
                    ms[p95(ms.length)], ms[ms.length - 1]);
            System.out.printf("  thread CPU: median %.1f ms, p95 %.1f ms, max %.1f ms%n", cpu[cpu.length / 2],
                    cpu[p95(cpu.length)], cpu[cpu.length - 1]);
            System.out.printf("Load average during the run: %.1f on %d cores%n",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
        } finally {
            if (keep) {
                return;
            }
            try (var files = Files.walk(folder)) {
                files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static int p95(int n) {
        return (int) Math.ceil(n * 0.95) - 1;
    }

    static List<String> keystrokes(int n) {
        List<String> queries = new ArrayList<>();
        for (int i = 0; queries.size() < n; i++) {
            String word = WORDS.get(i % WORDS.size());
            int length = word.codePointCount(0, word.length());
            for (int k = 1; k <= Math.min(length, 6) && queries.size() < n; k++) {
                queries.add(word.substring(0, word.offsetByCodePoints(0, k)));
            }
        }
        return queries;
    }

    private static void fill(Store store, int count) throws Exception {
        Random random = new Random(42);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        String stamp = now.toString().replace('T', ' ');
        try (Connection c = store.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement org = c.prepareStatement("INSERT INTO organization (id, name, name_key, kind, sector,"
                    + " city, tier, status, member_since, renewal_due, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement contact = c.prepareStatement("INSERT INTO contact (organization_id, full_name,"
                            + " email, email_key, is_primary, email_consent, created_at, updated_at)"
                            + " VALUES (?, ?, ?, ?, 1, 1, ?, ?)")) {
                String[] kinds = {"COMPANY", "PUBLIC_SECTOR", "NON_PROFIT", "ACADEMIC"};
                String[] statuses = {"PROSPECT", "ACTIVE", "ACTIVE", "ACTIVE", "LAPSED", "WITHDRAWN"};
                for (int i = 1; i <= count; i++) {
                    String name = STEMS[random.nextInt(STEMS.length)] + " " + SUFFIXES[random.nextInt(SUFFIXES.length)]
                            + " " + i;
                    LocalDate since = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(4000));
                    org.setInt(1, i);
                    org.setString(2, name);
                    org.setString(3, NameKey.of(name));
                    org.setString(4, kinds[random.nextInt(kinds.length)]);
                    org.setString(5, "Sector " + random.nextInt(20));
                    org.setString(6, "City " + random.nextInt(200));
                    org.setString(7, new String[] {"Gold", "Silver", "Bronze"}[random.nextInt(3)]);
                    org.setString(8, statuses[random.nextInt(statuses.length)]);
                    org.setString(9, since.toString());
                    org.setString(10, since.plusYears(11).toString());
                    org.setString(11, stamp);
                    org.setString(12, stamp);
                    org.addBatch();
                    String first = FIRST[random.nextInt(FIRST.length)];
                    String last = LAST[random.nextInt(LAST.length)];
                    String email = (first + "." + last + i + "@" + NameKey.of(name) + ".example")
                            .toLowerCase(java.util.Locale.ROOT);
                    contact.setInt(1, i);
                    contact.setString(2, first + " " + last);
                    contact.setString(3, email);
                    contact.setString(4, email);
                    contact.setString(5, stamp);
                    contact.setString(6, stamp);
                    contact.addBatch();
                    if (i % 5_000 == 0) {
                        org.executeBatch();
                        contact.executeBatch();
                    }
                }
                org.executeBatch();
                contact.executeBatch();
            }
            c.commit();
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE");
            }
        }
    }
}
