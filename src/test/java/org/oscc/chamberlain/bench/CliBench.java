package org.oscc.chamberlain.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.oscc.chamberlain.store.TestStores;

/**
 * "cli": every command on the sample chamber, whole process from start to exit, against {@code --version} of the
 * same launcher, and {@code --version} against a hello-world main on the same runtime ({@code floor/HelloMain.java},
 * compiled before it is timed). Launchers: {@code java -jar target/chamberlain.jar}, and the app image
 * {@code target/dist/chamberlain/bin/chamberlain} when it has been built ({@code mvn -B -Pdist -Ddist.installers=false
 * -DskipTests verify}). Each round runs every measurement once, starting at a different one; medians over rounds
 * (system property bench.cli.rounds, default 5).
 */
final class CliBench implements Benchmark {
    private static final int ROUNDS = Integer.getInteger("bench.cli.rounds", 5);

    @Override
    public String name() {
        return "cli";
    }

    @Override
    public String run() throws Exception {
        Path folder = Files.createTempDirectory("chamberlain-cli-bench-");
        try {
            Path template = folder.resolve("sample.db");
            TestStores.sampleChamber(template);
            Path roster = folder.resolve("roster-100.csv");
            MemberImportBench.writeCsv(roster, 100);
            Path hello = Files.createDirectories(folder.resolve("hello"));
            if (javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", hello.toString(),
                    TimedProcess.floorSource("HelloMain")) != 0) {
                throw new IllegalStateException("HelloMain did not compile");
            }
            int session;
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + template);
                    ResultSet rs = c.createStatement().executeQuery(
                            "SELECT id FROM pitch_night WHERE status = 'SCHEDULED' ORDER BY id LIMIT 1")) {
                rs.next();
                session = rs.getInt(1);
            }
            Path project = Path.of(System.getProperty("chamberlain.projectDir", "."));
            StringBuilder out = new StringBuilder();
            Path jar = project.resolve("target/chamberlain.jar");
            if (Files.exists(jar)) {
                out.append(measure("`java -jar target/chamberlain.jar` (" + System.getProperty("java.version") + ")",
                        List.of(TimedProcess.java(), "-jar", jar.toString()), TimedProcess.java(), folder, template,
                        roster, hello, session));
            }
            if (Files.exists(jar)) {
                // the documented option for `java -jar`: a class-data-sharing archive recorded once from one
                // command (the board report export, which loads the most: jOOQ, POI), then used by every command
                Path archive = folder.resolve("chamberlain-cli.jsa");
                Path recordDir = Files.createTempDirectory(folder, "record-");
                Files.copy(template, recordDir.resolve("chamber.db"));
                TimedProcess.run(List.of(TimedProcess.java(), "-XX:ArchiveClassesAtExit=" + archive, "-jar",
                        jar.toString(), "export", "report", "-o", recordDir.resolve("r.xlsx").toString()), null,
                        Map.of("CHAMBERLAIN_HOME", recordDir.resolve("home").toString(),
                                "CHAMBERLAIN_DB", recordDir.resolve("chamber.db").toString()));
                if (Files.exists(archive)) {
                    out.append('\n').append(measure("`java -XX:SharedArchiveFile=chamberlain-cli.jsa -jar"
                            + " target/chamberlain.jar` (archive recorded once with `-XX:ArchiveClassesAtExit` from"
                            + " `export report`)", List.of(TimedProcess.java(), "-XX:SharedArchiveFile=" + archive,
                            "-jar", jar.toString()), TimedProcess.java(), folder, template, roster, hello, session));
                }
            }
            Path image = project.resolve("target/dist/chamberlain/bin/chamberlain");
            if (Files.exists(image)) {
                Path runtimeJava = project.resolve("target/dist/chamberlain/lib/runtime/bin/java");
                out.append('\n').append(measure("the app image `bin/chamberlain` (its bundled runtime)",
                        List.of(image.toString()), runtimeJava.toString(), folder, template, roster, hello, session));
            } else {
                out.append("\nThe app image was not built for this run (`mvn -B -Pdist -Ddist.installers=false"
                        + " -DskipTests verify`), so only `java -jar` was measured.\n");
            }
            return out.toString();
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String measure(String launcherName, List<String> launcher, String java, Path folder, Path template,
            Path roster, Path hello, int session) throws Exception {
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("hello-world main (floor of --version)", List.of());
        commands.put("--version", List.of("--version"));
        commands.put("check", List.of("check"));
        commands.put("list members", List.of("list", "members"));
        commands.put("list pledges", List.of("list", "pledges"));
        commands.put("list sessions", List.of("list", "sessions"));
        commands.put("export report", List.of("export", "report", "-o", "report.xlsx"));
        commands.put("export roster", List.of("export", "roster", "-o", "roster.xlsx"));
        commands.put("export ics", List.of("export", "ics", "--session=" + session, "--out", "night.ics"));
        commands.put("export invites", List.of("export", "invites", "--session=" + session, "--out", "drafts"));
        commands.put("import members (100 rows)", List.of("import", "members", roster.toString()));
        List<String> names = new ArrayList<>(commands.keySet());
        Map<String, List<Long>> wall = new LinkedHashMap<>();
        Map<String, List<Long>> cpu = new LinkedHashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            Path dir = Files.createTempDirectory(folder, "round-");
            Path db = dir.resolve("chamber.db");
            Files.copy(template, db);
            Map<String, String> env = Map.of("CHAMBERLAIN_HOME", dir.resolve("home").toString(),
                    "CHAMBERLAIN_DB", db.toString());
            for (int i = 0; i < names.size(); i++) {
                String name = names.get((i + round) % names.size());
                List<String> command = new ArrayList<>();
                if (commands.get(name).isEmpty()) {
                    command.addAll(List.of(java, "-cp", hello.toString(), "org.oscc.chamberlain.bench.floor.HelloMain"));
                } else {
                    command.addAll(launcher);
                    command.addAll(commands.get(name).stream()
                            .map(a -> a.endsWith(".xlsx") || a.endsWith(".ics") || a.equals("drafts")
                                    ? dir.resolve(a).toString() : a).toList());
                }
                TimedProcess p = TimedProcess.run(command, null, env);
                wall.computeIfAbsent(name, k -> new ArrayList<>()).add(p.wallNanos());
                cpu.computeIfAbsent(name, k -> new ArrayList<>()).add(p.cpuNanos());
            }
        }
        double version = TimedProcess.median(wall.get("--version"));
        double versionCpu = TimedProcess.median(cpu.get("--version"));
        StringBuilder t = new StringBuilder("From " + launcherName + ", " + ROUNDS + " rounds, medians:\n\n"
                + "| command | wall | x `--version` (goal 2.5x; --version: 1.3x hello) | CPU | x `--version` CPU |\n"
                + "|---|---|---|---|---|\n");
        for (String name : names) {
            double w = TimedProcess.median(wall.get(name));
            double c = TimedProcess.median(cpu.get(name));
            boolean floor = name.startsWith("hello");
            double base = name.equals("--version") ? TimedProcess.median(wall.get(names.get(0))) : version;
            double baseCpu = name.equals("--version") ? TimedProcess.median(cpu.get(names.get(0))) : versionCpu;
            t.append(String.format(Locale.ROOT, "| %s | %,.0f ms | %s | %,.0f ms | %s |%n", name, w / 1e6,
                    floor ? "" : String.format(Locale.ROOT, "%.2fx%s", w / base,
                            name.equals("--version") ? " of hello" : ""), c / 1e6,
                    floor ? "" : String.format(Locale.ROOT, "%.2fx", c / baseCpu)));
        }
        return t.toString();
    }
}
