package org.oscc.chamberlain.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One whole process, timed from start to exit: wall time, the CPU time the operating system reports for it (sampled
 * every 20 ms until it exits, so slightly under), its output, and, when it was started with {@link #gcLog}, the most
 * heap it held before a collection. Fails when the process does.
 */
record TimedProcess(long wallNanos, long cpuNanos, long peakHeapBytes, String output) {
    private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    /** The option that makes a JVM write the log {@link #run} reads the peak heap from. */
    static String gcLog(Path file) {
        return "-Xlog:gc:file=" + file;
    }

    static TimedProcess run(List<String> command, Path gcLog) throws IOException, InterruptedException {
        return run(command, gcLog, java.util.Map.of());
    }

    /** As {@link #run(List, Path)}, with these environment variables added. */
    static TimedProcess run(List<String> command, Path gcLog, java.util.Map<String, String> env)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process p = builder.start();
        StringBuilder out = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (var in = p.inputReader(StandardCharsets.UTF_8)) {
                in.transferTo(new java.io.Writer() {
                    @Override
                    public void write(char[] buf, int off, int len) {
                        synchronized (out) {
                            out.append(buf, off, len);
                        }
                    }

                    @Override
                    public void flush() {
                    }

                    @Override
                    public void close() {
                    }
                });
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        reader.start();
        long cpu = 0;
        while (!p.waitFor(20, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            cpu = p.toHandle().info().totalCpuDuration().map(Duration::toNanos).orElse(cpu);
        }
        long wall = System.nanoTime() - start;
        reader.join();
        if (p.exitValue() != 0) {
            throw new IllegalStateException("exit " + p.exitValue() + " from " + String.join(" ", command) + "\n" + out);
        }
        return new TimedProcess(wall, cpu, gcLog == null ? 0 : peakHeap(gcLog), out.toString());
    }

    private static long peakHeap(Path gcLog) throws IOException {
        long peak = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = GC_LINE.matcher(line);
            if (m.find()) {
                peak = Math.max(peak, Long.parseLong(m.group(1)) << 20);
            }
        }
        return peak;
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The sqlite-jdbc jar of the test class path: all a floor program needs. */
    static String sqliteJar() {
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (Path.of(entry).getFileName().toString().startsWith("sqlite-jdbc")) {
                return entry;
            }
        }
        throw new IllegalStateException("no sqlite-jdbc on the class path");
    }

    /** A floor program's source file under bench/floor/, run as a single source file (its compilation counts). */
    static String floorSource(String className) {
        Path dir = Path.of(System.getProperty("chamberlain.projectDir", "."), "src", "test", "java", "org", "oscc",
                "chamberlain", "bench", "floor");
        return dir.resolve(className + ".java").toString();
    }

    static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
