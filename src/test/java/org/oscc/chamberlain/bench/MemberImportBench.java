package org.oscc.chamberlain.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.oscc.chamberlain.store.DataFolders;
import org.oscc.chamberlain.store.TestStores;

/**
 * "members-import": the whole {@code chamberlain import members roster.csv} process (JVM start, store open, read,
 * map, dry run with duplicate checks, one-transaction commit with status history, undo journal) on a clean
 * 100,000-row roster, against its floor {@code floor/MemberImportFloor.java}: a single-file plain JDBC program that
 * loads the same rows into a copy of the same freshly migrated store (batches in one transaction, the search triggers
 * dropped, the index filled by one INSERT ... SELECT). Both are whole processes with -Xmx512m, run alternately.
 * Rounds: system property bench.import.rounds (default 3).
 */
final class MemberImportBench implements Benchmark {
    private static final int ROWS = Integer.getInteger("bench.import.rows", 100_000);
    private static final int ROUNDS = Integer.getInteger("bench.import.rounds", 3);
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
            Path template = folder.resolve("template");
            TestStores.fresh(template, Clock.systemDefaultZone()).close();
            Path home = Files.createDirectories(folder.resolve("home"));
            FloorComparison c = FloorComparison.run(ROUNDS, template.resolve("chamber.db"), folder,
                    (db, gc) -> List.of(TimedProcess.java(), "-Xmx" + HEAP, TimedProcess.gcLog(gc), "-cp",
                            TimedProcess.sqliteJar(), TimedProcess.floorSource("MemberImportFloor"), csv.toString(),
                            db.toString()),
                    (db, gc) -> List.of(TimedProcess.java(), "-Xmx" + HEAP, TimedProcess.gcLog(gc),
                            "-D" + DataFolders.HOME_PROPERTY + "=" + home, "-cp", System.getProperty("java.class.path"),
                            "org.oscc.chamberlain.app.Launcher", "--db", db.toString(), "import", "members",
                            csv.toString()),
                    MemberImportBench::verify);
            return String.format(Locale.ROOT, """
                    A clean %,d-row roster CSV (%.1f MB; organization + primary contact per row, 16 columns) into a
                    copy of the same freshly migrated store, %d rounds, each side a whole process with **-Xmx%s**
                    (JVM start included), run alternately:

                    - **floor**: `bench/floor/MemberImportFloor.java`, run as a single source file (its compilation
                      counts): plain JDBC prepared-statement batches of organization, primary contact and status-history
                      rows in one transaction, the search index's per-row triggers dropped and the index filled by one
                      INSERT ... SELECT at the end; no mapping, checks or undo journal.
                    - **import**: `chamberlain import members roster.csv` (the jar's classes): store open and checks,
                      file sniffing, column mapping, dry run with every cell parsed and duplicate checks by name and
                      e-mail, all-or-nothing commit with status history and the undo journal.

                    %s
                    Goal: import at most 1.5x the floor: %s. Highest heap in use before a collection during an import:
                    **%d MiB** (limit %s, enforced).
                    """, ROWS, Files.size(csv) / 1e6, ROUNDS, HEAP,
                    c.table("floor (plain JDBC, single file)", "`chamberlain import members`"),
                    c.wallRatio() <= 1.5 ? "met" : "**not met**", c.peakHeap() >> 20, HEAP);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Both sides must leave every row, with its contact and status history, findable by search. */
    private static void verify(Path db) throws Exception {
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
                var s = c.createStatement();
                var rs = s.executeQuery("SELECT (SELECT count(*) FROM organization), (SELECT count(*) FROM contact),"
                        + " (SELECT count(*) FROM organization_status_change), (SELECT count(*) FROM member_search_fts"
                        + " WHERE member_search_fts MATCH '\"contact777@org777.\"')")) {
            rs.next();
            if (rs.getInt(1) != ROWS || rs.getInt(2) != ROWS || rs.getInt(3) != ROWS || rs.getInt(4) != 1) {
                throw new IllegalStateException("the run left " + rs.getInt(1) + " organizations, " + rs.getInt(2)
                        + " contacts, " + rs.getInt(3) + " status rows, " + rs.getInt(4) + " search hits");
            }
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
