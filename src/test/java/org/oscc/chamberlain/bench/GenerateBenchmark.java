package org.oscc.chamberlain.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;

/**
 * "generate": how long writing a large chamber (100,000 organizations, 1,000,000 contributions) into a fresh store
 * takes, and the heap it needs. Median of up to 3 runs; later runs are skipped when one run exceeds the time budget.
 */
final class GenerateBenchmark implements Benchmark {
    private final int organizations = Integer.getInteger("bench.generate.organizations", 100_000);
    private final int contributions = Integer.getInteger("bench.generate.contributions", 1_000_000);
    private final int runs = Integer.getInteger("bench.generate.runs", 3);
    private final long budgetSeconds = Long.getLong("bench.generate.budgetSeconds", 120);
    private final int pageCacheMiB = Integer.getInteger("bench.generate.pageCacheMiB", 128);

    /** {@code totalNanos}: generating only; {@code openNanos}: creating and migrating the empty store before. */
    private record Run(SyntheticChamber.Result result, long openNanos, long totalNanos, long cpuNanos,
            long peakHeapBytes, long fileBytes) {
    }

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String run() throws Exception {
        List<Run> done = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Run run = once();
            done.add(run);
            System.out.printf(Locale.ROOT, "generate run %d: %.1f s, peak heap %d MiB%n", i + 1,
                    run.totalNanos() / 1e9, run.peakHeapBytes() >> 20);
            if (run.totalNanos() / 1_000_000_000L > budgetSeconds) {
                break;
            }
        }
        boolean cutShort = done.size() < runs;
        done.sort(Comparator.comparingLong(Run::totalNanos));
        return describe(done, cutShort);
    }

    private Run once() throws Exception {
        Path folder = Files.createTempDirectory("chamberlain-bench-");
        try {
            System.gc();
            long opening = System.nanoTime();
            try (Store store = TestStores.fresh(folder, Clock.systemDefaultZone())) {
                long opened = System.nanoTime();
                try (HeapSampler heap = new HeapSampler()) {
                    long cpu = processCpuNanos();
                    SyntheticChamber.Result result = new SyntheticChamber(store, 42L, pageCacheMiB)
                            .generate(organizations, contributions);
                    long total = System.nanoTime() - opened;
                    return new Run(result, opened - opening, total, processCpuNanos() - cpu, heap.peakBytes(),
                            Files.size(store.file()));
                }
            }
        } finally {
            deleteTree(folder);
        }
    }

    private String describe(List<Run> sorted, boolean cutShort) {
        Run median = sorted.get(sorted.size() / 2);
        SyntheticChamber.Result r = median.result();
        long maxHeap = sorted.stream().mapToLong(Run::peakHeapBytes).max().orElse(0);
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Writing %,d organizations (each with a primary contact), %,d projects, "
                + "%,d pledges and %,d contributions (%,d rows) into a fresh, empty store: one transaction, plain JDBC "
                + "batches of 5,000, a %d MiB SQLite page cache on the writing connection. Times exclude creating "
                + "the empty store.%n%n", r.organizations(), r.projects(), r.pledges(), r.contributions(), r.rows(),
                pageCacheMiB));
        md.append("| measure | value |\n|---|---|\n");
        md.append(row("runs", sorted.size() + (cutShort ? " (a run took longer than the " + budgetSeconds
                + " s budget, so no more were made)" : "")));
        md.append(row(sorted.size() > 1 ? "total time, median (min .. max)" : "total time",
                sorted.size() > 1 ? String.format(Locale.ROOT, "%.1f s (%.1f .. %.1f s)", seconds(median.totalNanos()),
                        seconds(sorted.get(0).totalNanos()), seconds(sorted.get(sorted.size() - 1).totalNanos()))
                        : String.format(Locale.ROOT, "%.1f s", seconds(median.totalNanos()))));
        md.append(row("of which organizations + contacts + projects", secondsText(r.membersNanos())));
        md.append(row("of which pledges", secondsText(r.pledgesNanos())));
        md.append(row("of which contributions", secondsText(r.contributionsNanos())));
        md.append(row("of which commit", secondsText(r.commitNanos())));
        md.append(row("CPU time of the whole JVM during the median run", secondsText(median.cpuNanos())));
        md.append(row("rows per second (median run)",
                String.format(Locale.ROOT, "%,d", Math.round(r.rows() / seconds(median.totalNanos())))));
        md.append(row("peak used heap (highest run)", String.format(Locale.ROOT, "%,d MiB", maxHeap >> 20)));
        md.append(row("creating and migrating the empty store (median run)", secondsText(median.openNanos())));
        md.append(row("store file size", String.format(Locale.ROOT, "%,d MiB", median.fileBytes() >> 20)));
        return md.toString();
    }

    /** CPU used by this process: on a machine shared with other work, wall time alone says little. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    private static String row(String measure, String value) {
        return "| " + measure + " | " + value + " |\n";
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static String secondsText(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", seconds(nanos));
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
