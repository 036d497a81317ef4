package org.oscc.chamberlain.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.calendar.LineEnds;
import org.oscc.chamberlain.cli.CliRunner;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;

/**
 * The fault suite: each fault is made for real (a child JVM killed with kill -9 part-way, a damaged page, a
 * read-only file, a full store through SQLite's max_page_count, the lock held by another open store) and each
 * asserts the exit code, the message, and that the store and the target files are byte-for-byte as before.
 */
class FaultSuiteTest {
    private static final int MEMBERS_IN_SAMPLE = 28;

    @TempDir
    Path dir;
    Path db;
    Path home;

    private static Path sampleTemplate;

    /** The sample chamber is made once and copied for each test (closed, so it is one file in WAL mode). */
    @BeforeAll
    static void sampleOnce(@TempDir Path shared) throws Exception {
        sampleTemplate = shared.resolve("sample.db");
        TestStores.sampleChamber(sampleTemplate);
        assertThat(shared.resolve("sample.db-wal")).doesNotExist();
    }

    @BeforeEach
    void sample() throws Exception {
        home = dir.resolve("home");
        db = dir.resolve("chamber.db");
        Files.copy(sampleTemplate, db);
    }

    // ---- kill -9 part-way

    @Test
    void anImportKilledPartWayLeavesTheStoreAsItWas() throws Exception {
        Path sheet = members(3000);
        String before = sha256(db);

        Process child = child("import", "members", sheet.toString(), "--db", db.toString());
        waitFor(() -> output(child).contains("rows read:"), child);
        Thread.sleep(150); // into the write: 3,000 rows take seconds to commit
        assertThat(child.isAlive()).as("the import was still writing when it was killed: %s", output(child))
                .isTrue();
        killHard(child);

        assertThat(sha256(db)).as("the store file itself").isEqualTo(before);
        CliRunner.Result check = CliRunner.run("check", "--db", db.toString());
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out()).contains("Healthy.");
        assertThat(organizations()).isEqualTo(MEMBERS_IN_SAMPLE);
    }

    @Test
    void aRestoreKilledPartWayLeavesEitherTheOldOrTheRestoredChamberAndTheBackupUntouched() throws Exception {
        Path backup = dir.resolve("backup.db");
        assertThat(CliRunner.run("backup", backup.toString(), "--db", db.toString()).exitCode()).isZero();
        assertThat(CliRunner.run("import", "members", members(40).toString(), "--db", db.toString()).exitCode())
                .isZero();
        String backupHash = sha256(backup);

        Process child = child("restore", backup.toString(), "--db", db.toString());
        waitFor(() -> keptCopies().findAny().isPresent(), child);
        killHard(child);

        assertThat(sha256(backup)).isEqualTo(backupHash);
        CliRunner.Result check = CliRunner.run("check", "--db", db.toString());
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out()).contains("Healthy.");
        assertThat(organizations()).isIn(MEMBERS_IN_SAMPLE, MEMBERS_IN_SAMPLE + 40);
    }

    @Test
    void anExportKilledPartWayLeavesTheOlderFileAndItsLeftoverIsRemovedByTheNextExport() throws Exception {
        Path report = dir.resolve("out").resolve("board.xlsx");
        Files.createDirectories(report.getParent());
        Files.writeString(report, "the report of last month");
        String before = sha256(report);

        Process child = child("export", "report", "--out", report.toString(), "--db", db.toString());
        waitFor(() -> partials(report).findAny().isPresent(), child);
        killHard(child);

        assertThat(sha256(report)).isEqualTo(before);
        List<Path> left = partials(report).toList();
        assertThat(left).hasSize(1);
        Files.setLastModifiedTime(left.get(0), FileTime.from(Instant.now().minusSeconds(3600)));

        CliRunner.Result again = CliRunner.run("export", "roster", "--out", report.toString(), "--db", db.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(partials(report)).isEmpty();
        assertThat(Files.readAllBytes(report)).startsWith(0x50, 0x4b); // a real workbook now
    }

    // ---- faults met while working

    @Test
    void aDamagedPageIsExitThreeNamingTheNewestBackupAndNothingIsWritten() throws Exception {
        Path older = dir.resolve("chamber-backup-2026-01-01.db");
        assertThat(CliRunner.run("backup", older.toString(), "--db", db.toString()).exitCode()).isZero();
        Files.setLastModifiedTime(older, FileTime.from(Instant.now().minusSeconds(86_400)));
        Path newest = dir.resolve("chamber-backup-2026-02-01.db");
        assertThat(CliRunner.run("backup", newest.toString(), "--db", db.toString()).exitCode()).isZero();
        damagePageOf("organization");
        String before = sha256(db);
        List<String> files = fileNames();

        CliRunner.Result r = CliRunner.run("import", "members", members(3).toString(), "--db", db.toString());

        assertThat(r.exitCode()).as(r.err()).isEqualTo(3);
        assertThat(r.err()).contains("This chamber file is damaged", "Restore its newest backup, " + newest,
                "chamberlain restore \"" + newest + "\"").doesNotContain("Exception", "jooq", "SQLITE_");
        assertThat(sha256(db)).isEqualTo(before);
        assertThat(fileNames()).isEqualTo(files);

        CliRunner.Result restored = CliRunner.run("restore", newest.toString(), "--db", db.toString());
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(CliRunner.run("check", "--db", db.toString()).out()).contains("Healthy.");
    }

    @Test
    void aReadOnlyStoreIsReadCheckedAndExportedWithoutSideFilesAndRefusesWritesWithExitThree() throws Exception {
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("r--r-----"));
        Files.deleteIfExists(dir.resolve("chamber.db.lock"));
        String before = sha256(db);
        List<String> files = fileNames();

        CliRunner.Result check = CliRunner.run("check", "--db", db.toString());
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out()).contains("Access:       read-only", "Healthy.");
        CliRunner.Result list = CliRunner.run("list", "members", "--db", db.toString());
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains(MEMBERS_IN_SAMPLE + " organizations");
        assertThat(fileNames()).as("nothing beside a store that is only read").isEqualTo(files);

        CliRunner.Result write = CliRunner.run("import", "members", members(3).toString(), "--db", db.toString());
        assertThat(write.exitCode()).isEqualTo(3);
        assertThat(write.err()).contains("chamber.db is read-only", "nothing was changed",
                "Give yourself write permission").doesNotContain("SQLITE_", "Exception");
        Path roster = dir.resolve("exports").resolve("roster.xlsx");
        CliRunner.Result export = CliRunner.run("export", "roster", "--out", roster.toString(), "--db",
                db.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(sha256(db)).isEqualTo(before);
        assertThat(fileNames()).isEqualTo(files);
    }

    @Test
    void aFullStoreIsExitOneNamingTheFolderAndItsFreeSpaceWithNothingChanged() throws Exception {
        long pages = Files.size(db) / 4096;
        String before = sha256(db);
        CliRunner.Result r;
        System.setProperty(Store.PAGE_LIMIT_PROPERTY, String.valueOf(pages + 2));
        try {
            r = CliRunner.run("import", "members", members(3000).toString(), "--db", db.toString());
        } finally {
            System.clearProperty(Store.PAGE_LIMIT_PROPERTY);
        }

        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains("There is no room left to write to chamber.db", "the disk holding " + dir,
                " free)", "nothing was changed").doesNotContain("SQLITE_", "Exception");
        assertThat(organizations()).isEqualTo(MEMBERS_IN_SAMPLE);
        CliRunner.Result check = CliRunner.run("check", "--db", db.toString());
        assertThat(check.out()).contains("Healthy.");
        assertThat(before).isNotEmpty();
    }

    @Test
    void aStoreOpenElsewhereRefusesAnImportWithExitThreeAndKeepsItsBytes() throws Exception {
        String before = sha256(db);
        try (Store other = TestStores.open(db, Clock.systemDefaultZone())) {
            assertThat(other.rowCounts().get("organization")).isEqualTo(MEMBERS_IN_SAMPLE);
            List<String> files = fileNames();
            Process child = child("import", "members", members(3).toString(), "--db", db.toString());
            assertThat(child.waitFor(90, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as(output(child)).isEqualTo(3);
            assertThat(output(child)).contains("is already open in another Chamberlain window or command");
            assertThat(fileNames()).isEqualTo(files);
            assertThat(other.rowCounts().get("organization")).isEqualTo(MEMBERS_IN_SAMPLE);
        }
        assertThat(sha256(db)).isEqualTo(before);
    }

    @Test
    void aStoreOfANewerChamberlainIsRefusedWithoutAnyFileBesideIt() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.createStatement().execute("INSERT INTO flyway_schema_history (installed_rank, version, description, "
                    + "type, script, installed_by, installed_on, execution_time, success) VALUES (99, '99', 'future', "
                    + "'SQL', 'V99__future.sql', 'x', '2030-01-01', 0, 1)");
        }
        Files.deleteIfExists(dir.resolve("chamber.db.lock"));
        String before = sha256(db);
        List<String> files = fileNames();

        CliRunner.Result r = CliRunner.run("list", "members", "--db", db.toString());

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("written by a newer Chamberlain");
        assertThat(fileNames()).isEqualTo(files);
        assertThat(sha256(db)).isEqualTo(before);
    }

    @Test
    void everyInviteEmailOfTheSamplesDecemberNightEndsItsLinesInCrlf() throws Exception {
        CliRunner.Result sessions = CliRunner.run("list", "sessions", "--db", db.toString());
        String december = sessions.out().lines().filter(l -> l.contains("December")).findFirst().orElseThrow()
                .strip().split("\\s+")[0];
        Path folder = dir.resolve("mails");
        for (List<String> mode : List.of(List.<String>of(), List.of("--bcc"))) {
            List<String> args = new ArrayList<>(List.of("export", "invites", "--session", december, "--out",
                    folder.resolve(mode.isEmpty() ? "each" : "bcc").toString(), "--db", db.toString()));
            args.addAll(mode);
            CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
            assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        }
        List<Path> drafts;
        try (Stream<Path> files = Files.walk(folder)) {
            drafts = files.filter(p -> p.toString().endsWith(".eml")).toList();
        }
        assertThat(drafts).hasSizeGreaterThan(2);
        for (Path draft : drafts) {
            LineEnds.assertCrlfOnly(draft);
            String text = Files.readString(draft, StandardCharsets.UTF_8);
            assertThat(text).as(draft.getFileName().toString()).contains("Content-Type: text/calendar; charset=UTF-8;"
                    + " name=invite.ics").doesNotContain("application/ics");
        }
    }

    // ---- privacy on a shared computer

    @Test
    void theDataFolderTheChamberFileItsLockBackupsAndLogsAreMadePrivateAtOpenWhileExportsKeepTheUsualPermissions()
            throws Exception {
        Files.createDirectories(home.resolve("logs"));
        Files.createDirectories(home.resolve("backups"));
        Path stored = home.resolve("chamberlain.db");
        Files.move(db, stored);
        Path log = Files.writeString(home.resolve("logs").resolve("chamberlain.log"), "a line\n");
        for (Path folder : List.of(home, home.resolve("logs"), home.resolve("backups"))) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Files.setPosixFilePermissions(stored, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(log, PosixFilePermissions.fromString("rw-r--r--"));
        Path export = dir.resolve("shared").resolve("roster.csv");
        CliRunner.Result backup;
        CliRunner.Result roster;
        System.setProperty("chamberlain.home", home.toString());
        try {
            assertThat(CliRunner.run("check", "--db", stored.toString()).exitCode()).isZero();
            backup = CliRunner.run("backup", home.resolve("backups").resolve("b.db").toString(), "--db",
                    stored.toString());
            roster = CliRunner.run("export", "roster", "--out", export.toString(), "--db", stored.toString());
        } finally {
            System.clearProperty("chamberlain.home");
        }
        assertThat(backup.exitCode()).as(backup.err()).isZero();
        assertThat(roster.exitCode()).as(roster.err()).isZero();

        for (Path folder : List.of(home, home.resolve("logs"), home.resolve("backups"))) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).as(folder.toString())
                    .isEqualTo("rwx------");
        }
        for (Path file : List.of(stored, home.resolve("chamberlain.db.lock"), log,
                home.resolve("backups").resolve("b.db"))) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString())
                    .isEqualTo("rw-------");
        }
        assertThat(Files.getPosixFilePermissions(export)).as("an export the organizer shares")
                .contains(java.nio.file.attribute.PosixFilePermission.GROUP_READ);
    }

    // ---- plumbing

    private Path members(int rows) throws IOException {
        StringBuilder csv = new StringBuilder("Name,Email,City\n");
        for (int i = 0; i < rows; i++) {
            csv.append(String.format("Fault Test %05d Ltd,p%05d@fault.example,Toronto%n", i, i));
        }
        Path file = dir.resolve("members-" + rows + ".csv");
        Files.writeString(file, csv);
        return file;
    }

    private int organizations() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM organization")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Overwrites the first page of {@code table}'s b-tree with rubbish, as a failing disk sector would. */
    private void damagePageOf(String table) throws Exception {
        int page;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                ResultSet rs = c.createStatement().executeQuery("SELECT rootpage FROM sqlite_master WHERE name = '"
                        + table + "'")) {
            rs.next();
            page = rs.getInt(1);
        }
        byte[] rubbish = new byte[4096];
        rubbish[0] = 0x0d;
        java.util.Arrays.fill(rubbish, 1, rubbish.length, (byte) 0xab);
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.seek((long) (page - 1) * 4096);
            f.write(rubbish);
        }
    }

    private Process child(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "-Dchamberlain.home=" + home,
                "org.oscc.chamberlain.app.Launcher"));
        command.addAll(List.of(args));
        Path log = dir.resolve("child-" + System.nanoTime() + ".txt");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        outputs.put(p.pid(), log);
        return p;
    }

    private final Map<Long, Path> outputs = new TreeMap<>();

    private String output(Process p) {
        try {
            return Files.readString(outputs.get(p.pid()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private void waitFor(BooleanSupplier sign, Process child) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!sign.getAsBoolean()) {
            assertThat(child.isAlive()).as("the child ended before the moment to kill it: %s", output(child))
                    .isTrue();
            assertThat(System.nanoTime()).as("waited too long: %s", output(child)).isLessThan(until);
            Thread.sleep(5);
        }
    }

    /** SIGKILL, as kill -9: no shutdown hook, no finally block runs in the child. */
    private static void killHard(Process child) throws InterruptedException {
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isEqualTo(137);
    }

    private Stream<Path> keptCopies() {
        try {
            return Files.list(dir).filter(p -> p.getFileName().toString().contains("before-restore"));
        } catch (IOException e) {
            return Stream.empty();
        }
    }

    private static Stream<Path> partials(Path target) {
        try {
            return Files.list(target.getParent()).filter(p -> p.getFileName().toString()
                    .startsWith("." + target.getFileName() + ".") && p.toString().endsWith(".partial"));
        } catch (IOException e) {
            return Stream.empty();
        }
    }

    /** The store and whatever lies beside it under its name (-wal, -shm, .lock, dated copies), sorted. */
    private List<String> fileNames() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("chamber.") || n.startsWith(
                    "chamber-")).sorted().toList();
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
