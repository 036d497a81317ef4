package org.oscc.chamberlain.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.oscc.chamberlain.reports.BoardReportService;
import org.oscc.chamberlain.reports.Progress;
import org.oscc.chamberlain.reports.ReportPeriod;
import org.oscc.chamberlain.reports.ReportWarmUp;
import org.oscc.chamberlain.sample.SampleChamberRepository;
import org.oscc.chamberlain.sample.SampleChamberService;
import org.oscc.chamberlain.settings.SettingsRepository;
import org.oscc.chamberlain.settings.SettingsService;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;

/**
 * "report-first": the first board report of the sample chamber in a fresh JVM, as the organizer meets it, with and
 * without {@link ReportWarmUp} having run before (the app runs it on a background thread shortly after its window
 * opens). Each round is a new child JVM with the store open; rounds alternate. Also times the CLI's
 * {@code export report} from process start to exit.
 */
final class FirstReportBench implements Benchmark {
    private static final int ROUNDS = Integer.getInteger("bench.reportFirst.rounds", 3);

    @Override
    public String name() {
        return "report-first";
    }

    @Override
    public String run() throws Exception {
        Path folder = Files.createTempDirectory("report-first-bench");
        try {
            Path db;
            ReportPeriod fy;
            try (Store store = TestStores.fresh(folder.resolve("sample"), Clock.systemDefaultZone())) {
                SettingsService settings = new SettingsService(new SettingsRepository(store));
                new SampleChamberService(new SampleChamberRepository(store), settings, store.clock()).load(false);
                fy = ReportPeriod.fiscalYearOf(LocalDate.now(), settings.current().fiscalYearStartMonth());
                db = store.file();
            }
            List<long[]> cold = new ArrayList<>();
            List<long[]> warmedUp = new ArrayList<>();
            List<Long> cli = new ArrayList<>();
            for (int i = 0; i < ROUNDS; i++) {
                for (String mode : i % 2 == 0 ? List.of("cold", "warm-up") : List.of("warm-up", "cold")) {
                    long[] r = child(mode, db, fy, folder.resolve(mode + i + ".xlsx"));
                    (mode.equals("cold") ? cold : warmedUp).add(r);
                    System.out.printf(Locale.ROOT, "%s: warm-up %,d ms, first report %,d ms (CPU %,d ms), second %,d ms%n",
                            mode, r[0], r[1], r[3], r[2]);
                }
                long ms = cli(db, fy, folder.resolve("cli" + i + ".xlsx"), folder.resolve("home"));
                cli.add(ms);
                System.out.printf(Locale.ROOT, "cli: %,d ms%n", ms);
            }
            return describe(cold, warmedUp, cli);
        } finally {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static String describe(List<long[]> cold, List<long[]> warmedUp, List<Long> cli) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "The sample chamber's board report (fiscal year, about 600 rows), the "
                + "first one in a fresh JVM with the store already open and the Reports screen's own queries (default period, "
                + "reports made before) done, as in the app. %d rounds, alternating; each "
                + "run a new child JVM on the test classpath. \"Warmed up\": `ReportWarmUp` ran first (in the app it "
                + "runs on a low-priority thread 1.5 s after the window opens, and needs no store).%n%n", cold.size()));
        md.append("| | first report, median | all runs | its CPU time (report thread), median | warm-up itself, median "
                + "| second report in the same JVM, median |\n");
        md.append("|---|---|---|---|---|---|\n");
        md.append(row("no warm-up", cold, false));
        md.append(row("warmed up", warmedUp, true));
        List<Long> sorted = cli.stream().sorted().toList();
        md.append(String.format(Locale.ROOT, "%nCLI `chamberlain export report --fiscal-year %s` on the sample chamber, "
                + "from process start to exit (JVM start, store open and check, report, exit): median %,d ms "
                + "(%s ms).%n", "<year>", sorted.get(sorted.size() / 2), join(cli)));
        return md.toString();
    }

    private static String row(String label, List<long[]> runs, boolean warmUp) {
        List<Long> first = runs.stream().map(r -> r[1]).toList();
        return String.format(Locale.ROOT, "| %s | **%,d ms** | %s ms | %,d ms | %s | %,d ms |%n", label,
                median(first), join(first), median(runs.stream().map(r -> r[3]).toList()), warmUp ? String.format(Locale.ROOT, "%,d ms", median(runs.stream().map(r -> r[0])
                        .toList())) : "-", median(runs.stream().map(r -> r[2]).toList()));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String join(List<Long> values) {
        return String.join(", ", values.stream().map(v -> String.format(Locale.ROOT, "%,d", v)).toList());
    }

    /** {warm-up ms, first report ms, second report ms, first report's CPU ms on its thread} from a child JVM. */
    private static long[] child(String mode, Path db, ReportPeriod period, Path out) throws Exception {
        Process p = new ProcessBuilder(java(), "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Child.class.getName(), mode,
                db.toString(), period.from().toString(), period.to().toString(), out.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(mode + " failed in the child JVM:\n" + output);
        }
        String last = output.lines().filter(l -> l.startsWith("RESULT ")).reduce((a, c) -> c).orElseThrow(
                () -> new IllegalStateException("no result from the child JVM:\n" + output));
        String[] parts = last.split(" ");
        return new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2]), Long.parseLong(parts[3]),
            Long.parseLong(parts[4])};
    }

    private static long cli(Path db, ReportPeriod fy, Path out, Path home) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
                "org.oscc.chamberlain.app.Launcher", "--db", db.toString(), "export", "report", "--out",
                out.toString(), "--fiscal-year", Integer.toString(fy.from().getYear())).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("CHAMBERLAIN_HOME", home.toString());
        long start = System.nanoTime();
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (code != 0 || !Files.exists(out)) {
            throw new IllegalStateException("export report failed (" + code + "):\n" + output);
        }
        return ms;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * The child JVM: open the store, ask what the Reports screen asks, maybe warm up, then two reports;
     * "RESULT warmUpMs firstMs secondMs".
     */
    public static final class Child {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

        private Child() {
        }

        public static void main(String[] args) throws Exception {
            boolean warmUp = args[0].equals("warm-up");
            Path db = Path.of(args[1]);
            ReportPeriod period = ReportPeriod.custom(LocalDate.parse(args[2]), LocalDate.parse(args[3]));
            Path out = Path.of(args[4]);
            try (Store store = TestStores.open(db, Clock.systemDefaultZone())) {
                BoardReportService service = BoardReportBench.service(store);
                // what the Reports screen asks when it is shown, before the organizer can click
                service.defaultPeriod();
                service.previousReports();
                long t0 = System.nanoTime();
                if (warmUp) {
                    ReportWarmUp.runOnce();
                }
                long t1 = System.nanoTime();
                long cpu = THREADS.getCurrentThreadCpuTime();
                service.write(out, period, Progress.NONE);
                long t2 = System.nanoTime();
                cpu = THREADS.getCurrentThreadCpuTime() - cpu;
                service.write(out, period, Progress.NONE);
                long t3 = System.nanoTime();
                System.out.println("RESULT " + (t1 - t0) / 1_000_000 + " " + (t2 - t1) / 1_000_000 + " "
                        + (t3 - t2) / 1_000_000 + " " + cpu / 1_000_000);
            }
        }
    }
}
