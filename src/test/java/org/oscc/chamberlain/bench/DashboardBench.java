package org.oscc.chamberlain.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.oscc.chamberlain.dashboard.ChamberOverviewService;
import org.oscc.chamberlain.dashboard.DashboardFigures;
import org.oscc.chamberlain.dashboard.DashboardRepository;
import org.oscc.chamberlain.dashboard.DashboardService;
import org.oscc.chamberlain.pitches.PitchNightRepository;
import org.oscc.chamberlain.pitches.PitchNightService;
import org.oscc.chamberlain.pledges.FulfilmentStatus;
import org.oscc.chamberlain.pledges.PledgeFilter;
import org.oscc.chamberlain.pledges.PledgeRepository;
import org.oscc.chamberlain.pledges.PledgeService;
import org.oscc.chamberlain.settings.SettingsRepository;
import org.oscc.chamberlain.settings.SettingsService;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;

/**
 * "dashboard": on a synthetic chamber of 100,000 organizations and 1,000,000 contributions, the time to compute all
 * the dashboard's figures (DashboardService.figures) beside the time of the single aggregate query that sums
 * minutes per pledge, measured alternately, one warm-up each, median of 5. Also the Pledges screen's first load
 * (every pledge with its fulfilment) and a filtered load.
 */
final class DashboardBench implements Benchmark {
    private static final String AGGREGATE = "SELECT pledge_id, sum(minutes) FROM contribution GROUP BY pledge_id";
    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private final int organizations = Integer.getInteger("bench.dashboard.organizations", 100_000);
    private final int contributions = Integer.getInteger("bench.dashboard.contributions", 1_000_000);
    private final int runs = Integer.getInteger("bench.dashboard.runs", 5);

    @Override
    public String name() {
        return "dashboard";
    }

    @Override
    public String run() throws Exception {
        Path folder = Files.createTempDirectory("chamberlain-bench-");
        try (Store store = TestStores.fresh(folder, Clock.systemDefaultZone())) {
            new SyntheticChamber(store, 42L, 128).generate(organizations, contributions);
            SettingsService settings = new SettingsService(new SettingsRepository(store));
            PledgeService pledges = new PledgeService(new PledgeRepository(store), settings, store.clock());
            DashboardService dashboard = new DashboardService(pledges, settings,
                    new PitchNightService(new PitchNightRepository(store), settings, store.clock()),
                    new ChamberOverviewService(store, settings), new DashboardRepository(store), store.clock());
            long[] aggregate = new long[runs];
            long[] figures = new long[runs];
            long[] aggregateCpu = new long[runs];
            long[] figuresCpu = new long[runs];
            long[] list = new long[runs];
            long[] filtered = new long[runs];
            long[] result = new long[1];
            DashboardFigures[] last = new DashboardFigures[1];
            int[] listed = new int[2];
            Callable<Object> agg = () -> result[0] = aggregate(store);
            Callable<Object> dash = () -> last[0] = dashboard.figures();
            Callable<Object> all = () -> listed[0] = pledges.list(PledgeFilter.ALL).size();
            Callable<Object> behind = () -> listed[1] = pledges.list(PledgeFilter.ALL.withFulfilment(
                    java.util.Set.of(FulfilmentStatus.BEHIND))).size();
            agg.call();
            dash.call(); // warm-up: page cache and JIT, as a user's second visit
            for (int i = 0; i < runs; i++) {
                long c0 = CPU.getCurrentThreadCpuTime();
                aggregate[i] = time(agg);
                long c1 = CPU.getCurrentThreadCpuTime();
                figures[i] = time(dash);
                aggregateCpu[i] = c1 - c0;
                figuresCpu[i] = CPU.getCurrentThreadCpuTime() - c1;
                list[i] = time(all);
                filtered[i] = time(behind);
            }
            DashboardFigures f = last[0];
            double ratio = median(figures) / median(aggregate);
            StringBuilder md = new StringBuilder();
            md.append(String.format(Locale.ROOT, "A synthetic chamber of %,d organizations, %,d pledges and %,d "
                    + "contributions (SyntheticChamber, seed 42). Each measure is the median of %d runs after one "
                    + "warm-up; the aggregate and the dashboard ran alternately, so both saw the same machine "
                    + "load.%n%n",
                    organizations, f.overview().pledges(), contributions, runs));
            md.append("| measure | median (min .. max) |\n|---|---|\n");
            md.append(row("single aggregate query: `" + AGGREGATE + "` (" + result[0] + " groups read)", aggregate));
            md.append(row("all dashboard figures (`DashboardService.figures()`)", figures));
            md.append(String.format(Locale.ROOT, "| ratio dashboard / aggregate | **%.2f** (goal: at most 2) |%n",
                    ratio));
            md.append(row("CPU time of this thread: single aggregate query", aggregateCpu));
            md.append(row("CPU time of this thread: all dashboard figures", figuresCpu));
            md.append(String.format(Locale.ROOT, "| ratio of CPU times (SQLite runs on the calling thread) |"
                    + " **%.2f** |%n", median(figuresCpu) / median(aggregateCpu)));
            md.append(row("Pledges screen, every pledge with its fulfilment (" + listed[0] + " rows)", list));
            md.append(row("Pledges screen filtered to \"behind\" (" + listed[1] + " rows)", filtered));
            md.append(String.format(Locale.ROOT, "%nThe figures computed: %,d active members; fiscal year %s to %s: "
                    + "%,d h pledged, %,d h delivered; %d pledges behind, %d at risk, %d overdue.%n",
                    f.activeMembers(), f.fiscalFrom(), f.fiscalTo(), f.pledgedMinutes() / 60,
                    f.deliveredMinutes() / 60, f.count(FulfilmentStatus.BEHIND), f.count(FulfilmentStatus.AT_RISK),
                    f.count(FulfilmentStatus.OVERDUE)));
            return md.toString();
        } finally {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Runs the aggregate and reads every row, as a caller would. */
    private static long aggregate(Store store) throws Exception {
        long groups = 0;
        try (Connection c = store.dataSource().getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(AGGREGATE)) {
            while (rs.next()) {
                rs.getLong(2);
                groups++;
            }
        }
        return groups;
    }

    private static long time(Callable<Object> work) throws Exception {
        long t0 = System.nanoTime();
        work.call();
        return System.nanoTime() - t0;
    }

    private static String row(String measure, long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return String.format(Locale.ROOT, "| %s | %.0f ms (%.0f .. %.0f ms) |%n", measure, median(nanos) / 1e6,
                s[0] / 1e6, s[s.length - 1] / 1e6);
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
