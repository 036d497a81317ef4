package org.oscc.chamberlain.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.oscc.chamberlain.store.TestStores;

/**
 * Time to first frame against its floor (issue 15): the minimal JavaFX application of {@code floor/MinimalTableApp}
 * (one window, a TableView of 10,000 rows, started with {@code java} on the same JDK and JavaFX jars) and Chamberlain
 * on a copy of the sample chamber, started alternately in the same run, each a new process. Chamberlain's runs also
 * report, after the first frame, when the dashboard's figures were on screen and each other section's first visit
 * ({@code chamberlain.benchmark.sections}). With a DISPLAY the real window and {@code java -jar}; without one both
 * run on Monocle's headless platform (Chamberlain then from {@code java -cp chamberlain.jar:monocle Launcher}, the
 * jar's manifest class path as with -jar). Software rendering for all.
 */
final class FirstFrameBench implements Benchmark {
    private static final int RUNS = Integer.getInteger("bench.firstFrame.runs", 5);

    @Override
    public String name() {
        return "first-frame";
    }

    @Override
    public String run() throws Exception {
        Path project = Path.of(System.getProperty("chamberlain.projectDir", "."));
        Path jar = project.resolve("target/chamberlain.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("build the jar first (mvn -B package -DskipTests)");
        }
        Path folder = Files.createTempDirectory("chamberlain-first-frame-");
        try {
            Path sample = folder.resolve("sample.db");
            TestStores.sampleChamber(sample);
            boolean display = System.getenv("DISPLAY") != null && !System.getenv("DISPLAY").isBlank();
            String monocle = display ? null : classPathEntry("openjfx-monocle");
            List<String> javafx = new ArrayList<>();
            try (Stream<Path> libs = Files.list(project.resolve("target/lib"))) {
                libs.filter(p -> p.getFileName().toString().startsWith("javafx-")).sorted()
                        .forEach(p -> javafx.add(p.toString()));
            }
            Path floorClasses = Files.createDirectories(folder.resolve("floor"));
            if (javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", floorClasses.toString(),
                    "-cp", String.join(File.pathSeparator, javafx),
                    TimedProcess.floorSource("MinimalTableApp")) != 0) {
                throw new IllegalStateException("MinimalTableApp did not compile");
            }
            List<String> common = new ArrayList<>(List.of("-Dprism.order=sw"));
            if (!display) {
                common.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless"));
            }
            List<String> floorCp = new ArrayList<>(javafx);
            floorCp.add(0, floorClasses.toString());
            if (monocle != null) {
                floorCp.add(monocle);
            }
            List<String> floor = new ArrayList<>(List.of(TimedProcess.java()));
            floor.addAll(common);
            floor.addAll(List.of("-cp", String.join(File.pathSeparator, floorCp),
                    "org.oscc.chamberlain.bench.floor.MinimalTableApp"));

            List<String> appOptions = List.of("-Dchamberlain.benchmark.firstFrame=true",
                    "-Dchamberlain.benchmark.sections=true", "-Dchamberlain.prefsNode=chamberlain-bench/window");
            List<String> app = new ArrayList<>(List.of(TimedProcess.java()));
            app.addAll(common);
            app.addAll(appOptions);
            if (display) {
                app.addAll(List.of("-jar", jar.toString()));
            } else {
                app.addAll(List.of("-cp", jar + File.pathSeparator + monocle, "org.oscc.chamberlain.app.Launcher"));
            }
            // the same start with a class-data-sharing archive recorded once from a run that visits every section
            Path archive = folder.resolve("chamberlain.jsa");
            Path recordDir = Files.createTempDirectory(folder, "record-");
            Files.copy(sample, recordDir.resolve("chamber.db"));
            List<String> record = new ArrayList<>(app);
            record.add(1, "-XX:ArchiveClassesAtExit=" + archive);
            TimedProcess.run(record, null, Map.of("CHAMBERLAIN_HOME", recordDir.resolve("home").toString(),
                    "CHAMBERLAIN_DB", recordDir.resolve("chamber.db").toString()));
            List<String> appCds = new ArrayList<>(app);
            appCds.add(1, "-XX:SharedArchiveFile=" + archive);
            Map<String, List<String>> starts = new LinkedHashMap<>();
            starts.put("floor: minimal JavaFX app, TableView of 10,000 rows", floor);
            starts.put(display ? "`java -jar target/chamberlain.jar`, sample chamber"
                    : "`java -cp target/chamberlain.jar:monocle Launcher`, sample chamber", app);
            if (Files.exists(archive)) {
                starts.put((display ? "`java -jar`" : "the same") + " with `-XX:SharedArchiveFile` (AppCDS archive"
                        + " recorded once with `-XX:ArchiveClassesAtExit`), sample chamber", appCds);
            }
            Path image = project.resolve("target/dist/chamberlain/bin/chamberlain");
            boolean withImage = display && Files.isExecutable(image);
            if (withImage) {
                starts.put("app image `bin/chamberlain`, sample chamber", List.of(image.toString()));
            }

            Map<String, List<Long>> frames = new LinkedHashMap<>();
            Map<String, List<Long>> shown = new LinkedHashMap<>();
            for (int run = 0; run < RUNS; run++) {
                for (Map.Entry<String, List<String>> start : starts.entrySet()) {
                    Path dir = Files.createTempDirectory(folder, "run-");
                    Path db = dir.resolve("chamber.db");
                    Files.copy(sample, db);
                    List<String> command = new ArrayList<>(start.getValue());
                    Map<String, String> env = new LinkedHashMap<>();
                    if (!start.getKey().startsWith("floor")) {
                        env.put("CHAMBERLAIN_HOME", dir.resolve("home").toString());
                        env.put("CHAMBERLAIN_DB", db.toString());
                    }
                    if (start.getKey().startsWith("app image")) {
                        env.put("JAVA_TOOL_OPTIONS", String.join(" ", appOptions));
                    }
                    TimedProcess p = TimedProcess.run(command, null, env);
                    for (String line : p.output().split("\\R")) {
                        if (line.startsWith("FIRST_FRAME_MS=")) {
                            frames.computeIfAbsent(start.getKey(), k -> new ArrayList<>())
                                    .add(Long.parseLong(line.substring("FIRST_FRAME_MS=".length()).trim()));
                        } else if (line.startsWith("SHOWN_MS ")) {
                            String[] kv = line.substring("SHOWN_MS ".length()).split("=");
                            shown.computeIfAbsent(start.getKey() + "\u0000" + kv[0], k -> new ArrayList<>())
                                    .add(Long.parseLong(kv[1].trim()));
                        }
                    }
                    if (!frames.containsKey(start.getKey())) {
                        throw new IllegalStateException("no first frame from " + command + ":\n" + p.output());
                    }
                }
            }
            return table(starts.keySet(), frames, shown, display, withImage);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String table(java.util.Set<String> starts, Map<String, List<Long>> frames,
            Map<String, List<Long>> shown, boolean display, boolean withImage) {
        StringBuilder md = new StringBuilder(String.format(Locale.ROOT, "%d rounds, each starting the floor and then"
                + " Chamberlain (alternating), every start a new process on a fresh copy of the sample chamber; %s;"
                + " software rendering. First frame: process start to the second pulse after the window is shown"
                + " (the first rendered frame).%n%n", RUNS, display ? "the real window on the X display"
                        : "no X display on this machine: all on Monocle's headless platform"));
        md.append("| start | first frame, median | all runs | x floor (goal: jar 1.5x, app image 1.15x) |\n"
                + "|---|---|---|---|\n");
        String floor = starts.iterator().next();
        double floorMedian = TimedProcess.median(frames.get(floor));
        for (String start : starts) {
            double m = TimedProcess.median(frames.get(start));
            md.append(String.format(Locale.ROOT, "| %s | %,.0f ms | %s | %s |%n", start, m,
                    frames.get(start).stream().map(v -> String.format(Locale.ROOT, "%,d", v))
                            .reduce((a, b) -> a + ", " + b).orElse(""),
                    start.equals(floor) ? "" : String.format(Locale.ROOT, "**%.2fx**", m / floorMedian)));
        }
        md.append("\nAfter Chamberlain's first frame (medians over the same runs; -1: not shown within 60 s). The"
                + " dashboard: from the first frame until its figures are on screen (goal 1.0 s); every other section:"
                + " from the click until its data is on screen, the view built on that first visit (goal 1 s):\n\n");
        md.append("| start | what | median | all runs |\n|---|---|---|---|\n");
        for (Map.Entry<String, List<Long>> e : shown.entrySet()) {
            String[] key = e.getKey().split("\u0000");
            String what = key[1].endsWith(":build") ? key[1].replace(":build", ": its view built (part of the visit)")
                    : key[1];
            md.append(String.format(Locale.ROOT, "| %s | %s | %,.0f ms | %s |%n", key[0], what,
                    TimedProcess.median(e.getValue()), e.getValue().stream().map(String::valueOf)
                            .reduce((a, b) -> a + ", " + b).orElse("")));
        }
        if (!withImage) {
            md.append("\nThe app image was not measured: ").append(display
                    ? "it was not built (`mvn -B -Pdist -Ddist.installers=false -DskipTests verify`)."
                    : "it carries no Monocle, so it needs a real display.").append('\n');
        }
        return md.toString();
    }

    private static String classPathEntry(String prefix) {
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (Path.of(entry).getFileName().toString().startsWith(prefix)) {
                return entry;
            }
        }
        throw new IllegalStateException("no " + prefix + " on the class path");
    }
}
