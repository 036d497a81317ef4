package org.oscc.chamberlain.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.oscc.chamberlain.sample.SampleChamberRepository;
import org.oscc.chamberlain.sample.SampleChamberService;
import org.oscc.chamberlain.settings.SettingsRepository;
import org.oscc.chamberlain.settings.SettingsService;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.StoreOpener;

/**
 * Cold start: a new JVM from process start to the first rendered frame of the main window, measured by the app itself
 * ({@code chamberlain.benchmark.firstFrame}). With a DISPLAY (e.g. Xvfb) the real GTK window is used; without one,
 * Monocle's headless platform with software rendering.
 */
final class StartupBenchmark implements Benchmark {
    private static final int RUNS = Integer.getInteger("bench.startup.runs", 5);

    @Override
    public String name() {
        return "startup";
    }

    @Override
    public String run() throws Exception {
        Path dir = Files.createTempDirectory("chamberlain-startup");
        Path empty = dir.resolve("empty.db");
        Path sample = dir.resolve("sample.db");
        try (Store store = new StoreOpener().open(sample)) {
            SettingsService settings = new SettingsService(new SettingsRepository(store));
            new SampleChamberService(new SampleChamberRepository(store), settings, store.clock()).load(false);
        }
        new StoreOpener().open(empty).close();
        boolean display = System.getenv("DISPLAY") != null && !System.getenv("DISPLAY").isBlank();
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Time from process start to the first frame of the main window, %d cold "
                + "starts each (a new JVM every time, `java -cp <classes and libraries> Launcher`), %s.%n%n", RUNS,
                display ? "real window on the X display (GTK, software rendering under Xvfb)"
                        : "Monocle headless platform, software rendering"));
        md.append("| chamber | median | min .. max |\n|---|---|---|\n");
        for (Path db : List.of(empty, sample)) {
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                times.add(firstFrameMillis(db, dir.resolve("home-" + i), display));
            }
            times.sort(Long::compare);
            md.append(String.format(Locale.ROOT, "| %s | %,d ms | %,d .. %,d ms |%n",
                    db == empty ? "empty (first run, welcome screen)" : "sample chamber (dashboard)",
                    times.get(times.size() / 2), times.get(0), times.get(times.size() - 1)));
        }
        return md.toString();
    }

    private static long firstFrameMillis(Path db, Path home, boolean display) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dchamberlain.benchmark.firstFrame=true", "-Dchamberlain.home=" + home,
                "-Dchamberlain.prefsNode=chamberlain-bench/window", "-Dprism.order=sw"));
        if (!display) {
            cmd.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless"));
        }
        cmd.addAll(List.of("org.oscc.chamberlain.app.Launcher", "--db", db.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("the app did not exit after its first frame");
        }
        return out.lines().filter(l -> l.startsWith("FIRST_FRAME_MS=")).findFirst()
                .map(l -> Long.parseLong(l.substring("FIRST_FRAME_MS=".length()).trim()))
                .orElseThrow(() -> new IllegalStateException("no first-frame time in the output:\n" + out));
    }
}
