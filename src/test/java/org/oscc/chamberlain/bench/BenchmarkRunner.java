package org.oscc.chamberlain.bench;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs named benchmarks and writes each one's figures into docs/performance.md between its markers.
 * {@code mvn -B -Pbench verify -DskipTests -Dbench.args=generate} (or {@code all}, or names separated by commas).
 */
public final class BenchmarkRunner {

    private BenchmarkRunner() {
    }

    /** Every benchmark, by name, in the order {@code all} runs them. Register new ones here. */
    static Map<String, Benchmark> benchmarks() {
        Map<String, Benchmark> all = new LinkedHashMap<>();
        for (Benchmark b : List.<Benchmark>of(new GenerateBenchmark(), new StartupBenchmark(), new FirstFrameBench(),
                new BoardReportBench(), new FirstReportBench(), new MemberImportBench(), new ContributionImportBench(),
                new CliBench(),
                new MemberSearchBench(),
                new DashboardBench())) {
            all.put(b.name(), b);
        }
        return all;
    }

    public static void main(String[] args) throws Exception {
        Map<String, Benchmark> known = benchmarks();
        List<String> wanted = Arrays.stream(String.join(",", args.length == 0 ? new String[] {"all"} : args)
                .split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
        List<String> names = wanted.contains("all") ? List.copyOf(known.keySet()) : wanted;
        for (String name : names) {
            if (!known.containsKey(name)) {
                System.err.println("Unknown benchmark \"" + name + "\"; known: " + known.keySet());
                System.exit(2);
            }
        }
        PerformanceReport report = PerformanceReport.forProject();
        report.replace("machine", "Measured on " + LocalDate.now() + ": " + PerformanceReport.machine() + ".");
        for (String name : names) {
            System.out.println("Running benchmark " + name + " ...");
            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            String markdown = known.get(name).run() + String.format(Locale.ROOT,
                    "%n_Measured on %s; system load average when it started: %.1f on %d cores._%n", LocalDate.now(),
                    load, Runtime.getRuntime().availableProcessors());
            report.replace(name, markdown);
            System.out.println(markdown);
        }
        System.out.println("Updated " + report.file().getFileName() + " (" + String.join(", ", names) + ").");
    }
}
