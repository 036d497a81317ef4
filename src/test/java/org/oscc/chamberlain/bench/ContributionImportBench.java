package org.oscc.chamberlain.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.oscc.chamberlain.store.DataFolders;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;

/**
 * "contributions-import": the whole {@code chamberlain import contributions timesheet.csv} process on a
 * 1,000,000-row timesheet into a chamber of 100,000 members and their pledges (SyntheticChamber, no contributions
 * yet), against its floor {@code floor/ContributionImportFloor.java} (plain JDBC batches into the same table of a copy
 * of the same store, the totals trigger dropped, the kept totals filled by one statement each). Both whole processes
 * with -Xmx512m, alternately. Sizes: bench.timesheet.rows, bench.timesheet.organizations; rounds:
 * bench.timesheet.rounds (default 3).
 */
final class ContributionImportBench implements Benchmark {
    private static final int ROWS = Integer.getInteger("bench.timesheet.rows", 1_000_000);
    private static final int ORGANIZATIONS = Integer.getInteger("bench.timesheet.organizations", 100_000);
    private static final int ROUNDS = Integer.getInteger("bench.timesheet.rounds", 3);
    private static final String HEAP = "512m";

    @Override
    public String name() {
        return "contributions-import";
    }

    @Override
    public String run() throws Exception {
        Path folder = Files.createTempDirectory("chamberlain-timesheet-bench-");
        try {
            Path template = folder.resolve("template");
            int pledges;
            try (Store store = TestStores.fresh(template, Clock.systemDefaultZone())) {
                pledges = new SyntheticChamber(store, 42, 128).generate(ORGANIZATIONS, 0).pledges();
            }
            Path db = template.resolve("chamber.db");
            Path csv = folder.resolve("timesheet.csv");
            writeTimesheet(db, csv);
            Path home = Files.createDirectories(folder.resolve("home"));
            FloorComparison c = FloorComparison.run(ROUNDS, db, folder,
                    (store, gc) -> List.of(TimedProcess.java(), "-Xmx" + HEAP, TimedProcess.gcLog(gc), "-cp",
                            TimedProcess.sqliteJar(), TimedProcess.floorSource("ContributionImportFloor"),
                            csv.toString(), store.toString()),
                    (store, gc) -> List.of(TimedProcess.java(), "-Xmx" + HEAP, TimedProcess.gcLog(gc),
                            "-D" + DataFolders.HOME_PROPERTY + "=" + home, "-cp", System.getProperty("java.class.path"),
                            "org.oscc.chamberlain.app.Launcher", "--db", store.toString(), "import", "contributions",
                            csv.toString()),
                    ContributionImportBench::verify);
            return String.format(Locale.ROOT, """
                    A %,d-row timesheet CSV (%.1f MB; Pledge ID, Date, Hours as h:mm, Contributor, Description) into
                    a copy of the same chamber of %,d members with %,d pledges and no contributions yet, %d rounds, each
                    side a whole process with **-Xmx%s** (JVM start included), run alternately:

                    - **floor**: `bench/floor/ContributionImportFloor.java`, run as a single source file: the pledges'
                      projects read once, plain JDBC prepared-statement batches into contribution in one transaction,
                      the totals trigger dropped and the kept totals (per pledge, per month and project) filled by one
                      statement each at the end; no mapping, checks, duplicates or undo journal.
                    - **import**: `chamberlain import contributions timesheet.csv`: store open and checks, column
                      mapping, dry run (every cell parsed, each row's pledge and period checked, duplicates against the
                      file and the stored entries of the pledges it names), all-or-nothing commit with the undo journal.

                    %s
                    Goal: import at most 1.5x the floor: %s. Highest heap in use before a collection during an import:
                    **%d MiB** (limit %s, enforced).
                    """, ROWS, Files.size(csv) / 1e6, ORGANIZATIONS, pledges, ROUNDS, HEAP,
                    c.table("floor (plain JDBC, single file)", "`chamberlain import contributions`"),
                    c.wallRatio() <= 1.5 ? "met" : "**not met**", c.peakHeap() >> 20, HEAP);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Rows spread over every pledge that is not cancelled, each inside its pledge's period, no two the same. */
    static void writeTimesheet(Path db, Path csv) throws Exception {
        List<long[]> pledges = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, julianday(period_start) - 2440587.5,"
                        + " julianday(period_end) - julianday(period_start) FROM pledge WHERE status <> 'CANCELLED'")) {
            while (rs.next()) {
                pledges.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("Pledge ID,Date,Hours,Contributor,Description\n");
            for (int i = 0; i < ROWS; i++) {
                long[] p = pledges.get(i % pledges.size());
                int k = i / pledges.size();
                LocalDate on = LocalDate.ofEpochDay(p[1] + (k * 7L) % (p[2] + 1));
                int minutes = 15 + (i * 37) % 465;
                w.write(p[0] + "," + on + "," + minutes / 60 + ":" + String.format(Locale.ROOT, "%02d", minutes % 60)
                        + ",Volunteer " + k + ",Reviewed pull requests\n");
            }
        }
    }

    /** Every row stored, and the kept totals counting each of them once. */
    private static void verify(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM contribution),"
                        + " (SELECT sum(entries) FROM contribution_total),"
                        + " (SELECT sum(entries) FROM contribution_project_month),"
                        + " (SELECT sum(minutes) FROM contribution) = (SELECT sum(minutes) FROM contribution_total)")) {
            rs.next();
            if (rs.getInt(1) != ROWS || rs.getInt(2) != ROWS || rs.getInt(3) != ROWS || !rs.getBoolean(4)) {
                throw new IllegalStateException("the run left " + rs.getInt(1) + " entries, totals counting "
                        + rs.getInt(2) + " and " + rs.getInt(3));
            }
        }
    }
}
