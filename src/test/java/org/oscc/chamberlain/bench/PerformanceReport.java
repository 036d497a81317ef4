package org.oscc.chamberlain.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * docs/performance.md, where each benchmark owns the text between its markers
 * {@code <!-- bench:NAME:start -->} and {@code <!-- bench:NAME:end -->}; everything else is left as written.
 */
public final class PerformanceReport {
    private final Path file;

    public PerformanceReport(Path file) {
        this.file = file;
    }

    /** The report of the project named by the system property {@code chamberlain.projectDir} (else the working folder). */
    public static PerformanceReport forProject() {
        Path project = Path.of(System.getProperty("chamberlain.projectDir", "."));
        return new PerformanceReport(project.resolve("docs").resolve("performance.md"));
    }

    public Path file() {
        return file;
    }

    /** Replaces the text between the section's markers; a section without markers yet is appended at the end. */
    public void replace(String section, String markdown) throws IOException {
        String start = "<!-- bench:" + section + ":start -->";
        String end = "<!-- bench:" + section + ":end -->";
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Performance\n";
        String body = start + "\n" + markdown.strip() + "\n" + end;
        int from = text.indexOf(start);
        int to = text.indexOf(end);
        String updated;
        if (from >= 0 && to > from) {
            updated = text.substring(0, from) + body + text.substring(to + end.length());
        } else if (from < 0 && to < 0) {
            updated = text.stripTrailing() + "\n\n" + body + "\n";
        } else {
            throw new IOException(file.getFileName() + ": the markers of section \"" + section + "\" are broken");
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, updated, StandardCharsets.UTF_8);
    }

    /** The machine the figures were measured on, without anything that identifies it (no paths, no host name). */
    public static String machine() {
        Runtime rt = Runtime.getRuntime();
        return String.format(Locale.ROOT, "%d cores available to the JVM, max heap %,d MiB, Java %s (%s), %s %s",
                rt.availableProcessors(), rt.maxMemory() / (1024 * 1024), System.getProperty("java.version"),
                System.getProperty("java.vendor"), System.getProperty("os.name"), System.getProperty("os.arch"))
                + ", JVM options: " + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()
                        .stream().filter(a -> a.startsWith("-X")).toList());
    }
}
