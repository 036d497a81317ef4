package org.oscc.chamberlain.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.oscc.chamberlain.importing.ColumnMapping;
import org.oscc.chamberlain.importing.DryRun;
import org.oscc.chamberlain.importing.DuplicateChoice;
import org.oscc.chamberlain.importing.DuplicateChoices;
import org.oscc.chamberlain.members.MemberImportResult;
import org.oscc.chamberlain.members.MemberImporter;
import org.oscc.chamberlain.members.NameKey;
import org.oscc.chamberlain.members.NewMember;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;

/**
 * "members-import": importing a clean 100,000-row roster CSV (organization + primary contact per row) through
 * {@link MemberImporter} (read, map, dry run, one-transaction commit) against a plain JDBC batch insert of the same
 * rows into a fresh store, in the same run. Both run in a child JVM started with -Xmx512m, so the import must fit that
 * heap; its peak used heap is reported too. Rounds (system property bench.import.rounds, default 1: a round takes minutes on a busy machine) alternate
 * baseline and import; medians are reported.
 */
final class MemberImportBench implements Benchmark {
    private static final int ROWS = Integer.getInteger("bench.import.rows", 100_000);
    private static final int ROUNDS = Integer.getInteger("bench.import.rounds", 1);
    private static final String HEAP = "512m";
    private static final String HEADER = "Organization,Kind,Sector,Website,City,IT headcount,Total headcount,Tier,"
            + "Status,Member since,Renewal due,Primary contact,Role,E-mail,Phone,Consent";

    @Override
    public String name() {
        return "members-import";
    }

    @Override
    public String run() throws Exception {
        Path folder = Files.createTempDirectory("chamberlain-import-bench-");
        try {
            Path csv = folder.resolve("roster.csv");
            writeCsv(csv, ROWS);
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process child = new ProcessBuilder(java, "-Xmx" + HEAP, "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
                    "-cp", System.getProperty("java.class.path"), MemberImportBench.class.getName(), csv.toString(),
                    Integer.toString(ROUNDS)).redirectErrorStream(true).start();
            List<String> lines = new ArrayList<>();
            try (var reader = child.inputReader(StandardCharsets.UTF_8)) {
                String line;
                while ((line = reader.readLine()) != null) {
                    System.out.println("  child: " + line);
                    lines.add(line);
                }
            }
            if (child.waitFor() != 0) {
                throw new IllegalStateException("the -Xmx" + HEAP + " import run failed: " + String.join("\n", lines));
            }
            return describe(lines.stream().filter(l -> l.startsWith("RESULT ")).map(l -> l.substring(7).split(" "))
                    .toList(), Files.size(csv));
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String describe(List<String[]> results, long csvBytes) {
        double[] plain = results.stream().mapToDouble(r -> Long.parseLong(r[0]) / 1e9).sorted().toArray();
        double[] imported = results.stream().mapToDouble(r -> Long.parseLong(r[1]) / 1e9).sorted().toArray();
        long peak = results.stream().mapToLong(r -> Long.parseLong(r[2])).max().orElse(0);
        double plainMedian = plain[plain.length / 2];
        double importMedian = imported[imported.length / 2];
        double ratio = plainMedian / importMedian;
        return String.format(Locale.ROOT, """
                Importing a clean %,d-row roster CSV (%.1f MB; organization + primary contact per row, 16 columns)
                into a fresh store, against a plain JDBC batch insert of the same organization and contact rows into
                another fresh store, in the same run (a child JVM with **-Xmx%s**), %d rounds, medians:

                | | median | all rounds | rows/s |
                |---|---|---|---|
                | plain JDBC batch insert | %.2f s | %s | %,.0f |
                | `MemberImporter` (read, map, dry run, commit, batch recorded) | %.2f s | %s | %,.0f |

                Import throughput is **%.0f %%** of the plain insert's (required: at least 33 %%): %s.
                Peak used heap during the import: **%d MiB** (limit %s).
                """, ROWS, csvBytes / 1e6, HEAP, results.size(), plainMedian, seconds(plain), ROWS / plainMedian,
                importMedian, seconds(imported), ROWS / importMedian, ratio * 100,
                ratio >= 1.0 / 3 ? "met" : "**not met**", peak >> 20, HEAP);
    }

    private static String seconds(double[] values) {
        return String.join(", ", Arrays.stream(values).mapToObj(v -> String.format(Locale.ROOT, "%.2f", v)).toList());
    }

    /** The child: rounds of (plain insert, import) each into a fresh store; prints "RESULT plainNs importNs peak". */
    public static void main(String[] args) throws Exception {
        Path csv = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        for (int round = 0; round < rounds; round++) {
            long plain = plainInsert(csv);
            Path folder = Files.createTempDirectory(csv.getParent(), "import-");
            System.gc();
            try (Store store = TestStores.fresh(folder, Clock.systemDefaultZone());
                    HeapSampler heap = new HeapSampler()) {
                MemberImporter importer = org.oscc.chamberlain.root.ChamberServices.on(store,
                        new org.oscc.chamberlain.store.DataFolders(folder.resolve("home"))).memberImporter();
                long start = System.nanoTime();
                ColumnMapping mapping = importer.mappingFor(importer.preview(csv, 0).headers());
                DryRun<NewMember> run = importer.dryRun(csv, mapping);
                MemberImportResult result = importer.commit(run, DuplicateChoices.all(DuplicateChoice.SKIP), false);
                long took = System.nanoTime() - start;
                if (result.created() != ROWS && result.created() != run.rowsRead()) {
                    throw new IllegalStateException("imported " + result.created() + " of " + run.rowsRead());
                }
                System.out.println("round " + (round + 1) + ": plain " + plain / 1_000_000 + " ms, import "
                        + took / 1_000_000 + " ms, peak heap " + (heap.peakBytes() >> 20) + " MiB");
                System.out.println("RESULT " + plain + " " + took + " " + heap.peakBytes());
            }
        }
    }

    /** The same rows as the CSV, read from it (not timed) and inserted with plain JDBC batches (timed). */
    private static long plainInsert(Path csv) throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (var lines = Files.lines(csv, StandardCharsets.UTF_8)) {
            lines.skip(1).forEach(l -> rows.add(l.split(",", -1)));
        }
        Path folder = Files.createTempDirectory(csv.getParent(), "plain-");
        try (Store store = TestStores.fresh(folder, Clock.systemDefaultZone());
                Connection c = store.dataSource().getConnection()) {
            String now = java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).toString().replace('T', ' ');
            long start = System.nanoTime();
            c.setAutoCommit(false);
            try (PreparedStatement org = c.prepareStatement("INSERT INTO organization (id, name, name_key, kind,"
                    + " sector, website, city, it_headcount, total_headcount, tier, status, member_since, renewal_due,"
                    + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement contact = c.prepareStatement("INSERT INTO contact (organization_id, full_name,"
                            + " role_title, email, email_key, phone, is_primary, email_consent, created_at, updated_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)")) {
                int id = 0;
                for (String[] r : rows) {
                    id++;
                    org.setInt(1, id);
                    org.setString(2, r[0]);
                    org.setString(3, NameKey.of(r[0]));
                    org.setString(4, r[1]);
                    org.setString(5, r[2]);
                    org.setString(6, "https://" + r[3]);
                    org.setString(7, r[4]);
                    org.setInt(8, Integer.parseInt(r[5]));
                    org.setInt(9, Integer.parseInt(r[6]));
                    org.setString(10, r[7]);
                    org.setString(11, r[8]);
                    org.setString(12, r[9]);
                    org.setString(13, r[10]);
                    org.setString(14, now);
                    org.setString(15, now);
                    org.addBatch();
                    contact.setInt(1, id);
                    contact.setString(2, r[11]);
                    contact.setString(3, r[12]);
                    contact.setString(4, r[13]);
                    contact.setString(5, r[13].toLowerCase(Locale.ROOT));
                    contact.setString(6, r[14]);
                    contact.setBoolean(7, r[15].equals("yes"));
                    contact.setString(8, now);
                    contact.setString(9, now);
                    contact.addBatch();
                    if (id % 5_000 == 0) {
                        org.executeBatch();
                        contact.executeBatch();
                    }
                }
                org.executeBatch();
                contact.executeBatch();
            }
            c.commit();
            return System.nanoTime() - start;
        }
    }

    /** A clean roster: unique names and e-mails, codes the importer reads without help, ISO dates. */
    static void writeCsv(Path file, int rows) throws IOException {
        Random random = new Random(7);
        String[] words = {"Maple", "Harbour", "Lakeside", "Northern", "Granite", "Cedar", "Union", "Québec", "Müller",
            "Ørsted", "東京", "O'Brien"};
        String[] trades = {"Logistics", "Analytics", "Insurance", "Software", "Health", "Energy", "Bank"};
        String[] kinds = {"COMPANY", "COMPANY", "PUBLIC_SECTOR", "NON_PROFIT", "ACADEMIC"};
        String[] statuses = {"ACTIVE", "ACTIVE", "ACTIVE", "PROSPECT", "LAPSED"};
        String[] first = {"Zoë", "Thérèse", "Priya", "Kwame", "Mei", "Tomasz", "Giulia", "Ahmed"};
        String[] last = {"Tremblay", "Gagnon", "Patel", "Mensah", "Chen", "Kowalski", "Romano", "Nakamura"};
        LocalDate base = LocalDate.of(2018, 1, 1);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            for (int i = 1; i <= rows; i++) {
                String trade = trades[random.nextInt(trades.length)];
                String name = words[random.nextInt(words.length)] + " " + trade + " " + i;
                int it = 1 + random.nextInt(500);
                LocalDate since = base.plusDays(random.nextInt(2500));
                String status = statuses[random.nextInt(statuses.length)];
                w.write(String.join(",", name, kinds[random.nextInt(kinds.length)], trade,
                        "org" + i + ".example.com", "Toronto", Integer.toString(it),
                        Integer.toString(it * (2 + random.nextInt(20))), it > 200 ? "Patron" : "Supporter", status,
                        since.toString(), since.plusYears(8).toString(),
                        first[random.nextInt(first.length)] + " " + last[random.nextInt(last.length)], "CIO",
                        "contact" + i + "@org" + i + ".example.com", "+1 416 555 " + (1000 + i % 9000),
                        random.nextBoolean() ? "yes" : "no"));
                w.write('\n');
            }
        }
    }
}
