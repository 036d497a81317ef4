package org.oscc.chamberlain.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Runs a measured program and its floor, each a whole process writing into its own copy of the same freshly prepared
 * store, alternately (floor first in odd rounds, measured first in even ones) so both see the same machine load;
 * reports medians of wall and CPU time and the ratio. The machine these run on is shared: medians of alternating
 * runs are the fair comparison, the CPU column the steadier one.
 */
final class FloorComparison {
    /** A command for a store file and a GC log file. */
    interface Command extends BiFunction<Path, Path, List<String>> {
    }

    /** Checks what a run left in its store (it throws when the run did not do the work). */
    interface Check {
        void verify(Path store) throws Exception;
    }

    final List<TimedProcess> floor = new ArrayList<>();
    final List<TimedProcess> measured = new ArrayList<>();

    static FloorComparison run(int rounds, Path template, Path work, Command floorCommand, Command measuredCommand,
            Check check) throws Exception {
        FloorComparison result = new FloorComparison();
        for (int round = 1; round <= rounds; round++) {
            for (int turn = 0; turn < 2; turn++) {
                boolean floorTurn = (round % 2 == 1) == (turn == 0);
                Path dir = Files.createTempDirectory(work, (floorTurn ? "floor-" : "measured-") + round + "-");
                Path store = dir.resolve("chamber.db");
                Files.copy(template, store);
                Path gc = dir.resolve("gc.log");
                TimedProcess p = TimedProcess.run((floorTurn ? floorCommand : measuredCommand).apply(store, gc), gc);
                check.verify(store);
                (floorTurn ? result.floor : result.measured).add(p);
                System.out.printf(Locale.ROOT, "  round %d %s: %.2f s wall, %.2f s CPU, heap peak %d MiB%n", round,
                        floorTurn ? "floor" : "measured", p.wallNanos() / 1e9, p.cpuNanos() / 1e9,
                        p.peakHeapBytes() >> 20);
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
        }
        return result;
    }

    double wallRatio() {
        return median(measured, true) / median(floor, true);
    }

    double cpuRatio() {
        return median(measured, false) / median(floor, false);
    }

    long peakHeap() {
        return measured.stream().mapToLong(TimedProcess::peakHeapBytes).max().orElse(0);
    }

    /** The table: one row per side, wall and CPU medians and every run. */
    String table(String floorLabel, String measuredLabel) {
        return "| | wall, median | wall, every run | CPU, median | CPU, every run |\n|---|---|---|---|---|\n"
                + row(floorLabel, floor) + row(measuredLabel, measured)
                + String.format(Locale.ROOT, "| **ratio** | **%.2fx** | | **%.2fx** | |%n", wallRatio(), cpuRatio());
    }

    private static String row(String label, List<TimedProcess> runs) {
        return String.format(Locale.ROOT, "| %s | %.2f s | %s | %.2f s | %s |%n", label, median(runs, true) / 1e9,
                runs.stream().map(r -> String.format(Locale.ROOT, "%.2f", r.wallNanos() / 1e9))
                        .collect(Collectors.joining(", ")), median(runs, false) / 1e9,
                runs.stream().map(r -> String.format(Locale.ROOT, "%.2f", r.cpuNanos() / 1e9))
                        .collect(Collectors.joining(", ")));
    }

    private static double median(List<TimedProcess> runs, boolean wall) {
        return TimedProcess.median(runs.stream().map(r -> wall ? r.wallNanos() : r.cpuNanos()).toList());
    }
}
