package org.oscc.chamberlain.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.oscc.chamberlain.pledges.Fulfilment;
import org.oscc.chamberlain.pledges.FulfilmentRules;
import org.oscc.chamberlain.pledges.PledgeRepository;
import org.oscc.chamberlain.pledges.PledgeService;
import org.oscc.chamberlain.reports.BoardContribution;
import org.oscc.chamberlain.reports.BoardPledge;
import org.oscc.chamberlain.reports.BoardReportRepository;
import org.oscc.chamberlain.reports.BoardReportService;
import org.oscc.chamberlain.reports.Progress;
import org.oscc.chamberlain.reports.ReportPeriod;
import org.oscc.chamberlain.reports.ReportRunRepository;
import org.oscc.chamberlain.reports.RosterMember;
import org.oscc.chamberlain.reports.RosterRepository;
import org.oscc.chamberlain.sample.SampleChamberRepository;
import org.oscc.chamberlain.sample.SampleChamberService;
import org.oscc.chamberlain.settings.ChamberSettings;
import org.oscc.chamberlain.settings.SettingsRepository;
import org.oscc.chamberlain.settings.SettingsService;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;

/**
 * "board-report": the board report of a synthetic chamber (100,000 organizations, 1,000,000 contributions, all
 * inside the period) against bare SXSSF writing the same cells from the same database streams, in the same run.
 * Each write runs in a child JVM with {@code -Xmx256m}, so finishing at all proves the heap ceiling; rounds
 * alternate (bare, report, report, bare) so neither side always runs second. Also times the sample chamber's
 * report (a cold child JVM, then warm in this one).
 */
final class BoardReportBench implements Benchmark {
    private final int organizations = Integer.getInteger("bench.report.organizations", 100_000);
    private final int contributions = Integer.getInteger("bench.report.contributions", 1_000_000);
    static final String HEAP = "-Xmx256m";

    @Override
    public String name() {
        return "board-report";
    }

    @Override
    public String run() throws Exception {
        Path folder = Files.createTempDirectory("board-report-bench");
        try {
            Path db;
            try (Store store = TestStores.fresh(folder.resolve("big"), Clock.systemDefaultZone())) {
                db = store.file();
                new SyntheticChamber(store, 7, 128).generate(organizations, contributions);
            }
            LocalDate today = LocalDate.now();
            // the synthetic contributions span the last 18 months: this period holds every one of them
            String from = today.withDayOfMonth(1).minusMonths(19).toString();
            String to = today.toString();
            List<long[]> bare = new ArrayList<>();
            List<long[]> report = new ArrayList<>();
            for (String mode : List.of("bare", "report", "report", "bare")) {
                long[] r = child(mode, db, from, to, folder.resolve(mode + ".xlsx"));
                (mode.equals("bare") ? bare : report).add(r);
                System.out.printf(Locale.ROOT, "%s: %,d ms, %,d rows, peak heap %,d MiB, file %,d bytes%n", mode,
                        r[0], r[1], r[2] >> 20, r[3]);
            }
            Path sampleDb;
            ReportPeriod fy;
            try (Store store = TestStores.fresh(folder.resolve("sample"), Clock.systemDefaultZone())) {
                SettingsService settings = new SettingsService(new SettingsRepository(store));
                new SampleChamberService(new SampleChamberRepository(store), settings, store.clock()).load(false);
                fy = ReportPeriod.fiscalYearOf(today, settings.current().fiscalYearStartMonth());
                sampleDb = store.file();
            }
            // the store is locked while open: the child opens it alone, then this JVM again for the warm runs
            long[] sampleCold = child("report", sampleDb, fy.from().toString(), fy.to().toString(),
                    folder.resolve("sample-cold.xlsx"));
            long sampleWarm;
            try (Store store = TestStores.open(sampleDb, Clock.systemDefaultZone())) {
                BoardReportService service = service(store);
                service.write(folder.resolve("sample-warm-up.xlsx"), fy, Progress.NONE);
                long t = System.nanoTime();
                service.write(folder.resolve("sample.xlsx"), fy, Progress.NONE);
                sampleWarm = (System.nanoTime() - t) / 1_000_000;
            }
            return describe(bare, report, sampleCold, sampleWarm);
        } finally {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private String describe(List<long[]> bare, List<long[]> report, long[] sampleCold, long sampleWarm) {
        long bestBare = bare.stream().mapToLong(r -> r[0]).min().orElseThrow();
        long bestReport = report.stream().mapToLong(r -> r[0]).min().orElseThrow();
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "A synthetic chamber of %,d organizations and %,d contributions, all in "
                + "the report's period. Each write runs in a child JVM with `%s` (the same classpath); "
                + "\"bare SXSSF\" writes the same cells (members, pledges with their fulfilment figures, "
                + "contributions) from the same database streams with plain SXSSF cells and styles, without the "
                + "summary, charts, totals, formula guard, widths or conditional formats. Rounds alternate: bare, "
                + "report, report, bare.%n%n", organizations, contributions, HEAP));
        md.append("| run | time | rows | peak used heap | file |\n|---|---|---|---|---|\n");
        String[] order = {"bare SXSSF", "board report", "board report", "bare SXSSF"};
        int b = 0;
        int r = 0;
        for (String label : order) {
            long[] x = label.startsWith("bare") ? bare.get(b++) : report.get(r++);
            md.append(String.format(Locale.ROOT, "| %s | %,d ms | %,d | %,d MiB | %.1f MB |%n", label, x[0], x[1],
                    x[2] >> 20, x[3] / 1e6));
        }
        md.append(String.format(Locale.ROOT, "%nBest of each: bare SXSSF %,d ms, board report %,d ms: **ratio %.2f** "
                + "(the goal is at most 1.5). Both finished within the %s heap.%n%n", bestBare, bestReport,
                (double) bestReport / bestBare, HEAP));
        md.append(String.format(Locale.ROOT, "The sample chamber's board report (fiscal year): %,d ms in a fresh JVM "
                + "(%,d rows, including opening the store, class loading and JIT warm-up; JVM start-up itself not "
                + "counted), %,d ms once warm (as in the running app).%n", sampleCold[0], sampleCold[1], sampleWarm));
        return md.toString();
    }

    /** Runs one write in a child JVM with the heap ceiling; returns {ms, rows, peak heap bytes, file bytes}. */
    private static long[] child(String mode, Path db, String from, String to, Path out) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), HEAP, "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
                "-cp", System.getProperty("java.class.path"), Child.class.getName(), mode, db.toString(), from, to,
                out.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(mode + " failed in the child JVM:\n" + output);
        }
        String last = output.lines().filter(l -> l.startsWith("RESULT ")).reduce((a, c) -> c).orElseThrow(
                () -> new IllegalStateException("no result from the child JVM:\n" + output));
        String[] parts = last.split(" ");
        return new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2]), Long.parseLong(parts[3]),
            Files.size(out)};
    }

    static BoardReportService service(Store store) {
        SettingsService settings = new SettingsService(new SettingsRepository(store));
        return new BoardReportService(new BoardReportRepository(store), new RosterRepository(store),
                new ReportRunRepository(store), new PledgeService(new PledgeRepository(store), settings,
                        store.clock()), settings, store.clock());
    }

    /** The child JVM: one write, then "RESULT ms rows peakHeapBytes" on standard output. */
    public static final class Child {
        private Child() {
        }

        public static void main(String[] args) throws Exception {
            String mode = args[0];
            Path db = Path.of(args[1]);
            ReportPeriod period = ReportPeriod.custom(LocalDate.parse(args[2]), LocalDate.parse(args[3]));
            Path out = Path.of(args[4]);
            try (Store store = TestStores.open(db, Clock.systemDefaultZone()); HeapSampler heap = new HeapSampler()) {
                long start = System.nanoTime();
                long rows = mode.equals("bare") ? bare(store, period, out)
                        : service(store).write(out, period, Progress.NONE).result().rows();
                long ms = (System.nanoTime() - start) / 1_000_000;
                System.out.println("RESULT " + ms + " " + rows + " " + heap.peakBytes());
            }
        }

        /** The same cells as the report's Members, Pledges and Contributions sheets, through bare SXSSF. */
        static long bare(Store store, ReportPeriod period, Path out) throws IOException {
            BoardReportRepository repository = new BoardReportRepository(store);
            RosterRepository roster = new RosterRepository(store);
            ChamberSettings settings = new SettingsService(new SettingsRepository(store)).current();
            LocalDate today = LocalDate.now(store.clock().withZone(settings.timeZone()));
            long rows = 0;
            try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, false, false)) {
                CellStyle date = style(wb, "yyyy-mm-dd");
                CellStyle hours = style(wb, "#,##0.0");
                CellStyle percent = style(wb, "0.0%");
                CellStyle asIs = style(wb, "@");
                CellStyle integer = style(wb, "#,##0");
                wb.createSheet("Summary");
                SXSSFSheet members = wb.createSheet("Members");
                int r = 0;
                members.createRow(r++).createCell(0).setCellValue("Name");
                try (Stream<RosterMember> s = roster.members()) {
                    for (Iterator<RosterMember> it = s.iterator(); it.hasNext(); rows++) {
                        RosterMember m = it.next();
                        Row row = members.createRow(r++);
                        text(row, 0, m.name());
                        text(row, 1, m.tier());
                        text(row, 2, m.status());
                        date(row, 3, m.memberSince(), date);
                        date(row, 4, m.renewalDue(), date);
                        text(row, 5, m.primaryContactName());
                        text(row, 6, m.primaryContactEmail());
                        if (m.primaryContactPhone() != null) {
                            cell(row, 7, asIs).setCellValue(m.primaryContactPhone());
                        }
                    }
                }
                SXSSFSheet pledges = wb.createSheet("Pledges");
                r = 0;
                pledges.createRow(r++).createCell(0).setCellValue("Member");
                try (Stream<BoardPledge> s = repository.pledges(period)) {
                    for (Iterator<BoardPledge> it = s.iterator(); it.hasNext(); rows++) {
                        BoardPledge p = it.next();
                        Fulfilment f = FulfilmentRules.fulfilment(p.pledge(), p.deliveredToDateMinutes(), today,
                                settings);
                        Row row = pledges.createRow(r++);
                        text(row, 0, p.memberName());
                        text(row, 1, p.projectName());
                        text(row, 2, p.pledge().kind().name());
                        date(row, 3, p.pledge().periodStart(), date);
                        date(row, 4, p.pledge().periodEnd(), date);
                        cell(row, 5, hours).setCellValue(f.pledgedMinutes() / 60.0);
                        cell(row, 6, hours).setCellValue(share(f.pledgedMinutes(), p, period) / 60.0);
                        cell(row, 7, hours).setCellValue(f.expectedMinutes() / 60.0);
                        cell(row, 8, hours).setCellValue(p.deliveredInPeriodMinutes() / 60.0);
                        cell(row, 9, hours).setCellValue(f.deliveredMinutes() / 60.0);
                        if (f.percentOfPledgedBp() != null) {
                            cell(row, 10, percent).setCellValue(f.percentOfPledgedBp() / 10_000.0);
                        }
                        text(row, 11, f.status().name());
                    }
                }
                SXSSFSheet contributions = wb.createSheet("Contributions");
                r = 0;
                contributions.createRow(r++).createCell(0).setCellValue("Date");
                try (Stream<BoardContribution> s = repository.contributions(period)) {
                    for (Iterator<BoardContribution> it = s.iterator(); it.hasNext(); rows++) {
                        BoardContribution c = it.next();
                        Row row = contributions.createRow(r++);
                        date(row, 0, c.contributedOn(), date);
                        text(row, 1, c.memberName());
                        text(row, 2, c.projectName());
                        cell(row, 3, integer).setCellValue(c.pledgeId());
                        cell(row, 4, hours).setCellValue(c.minutes() / 60.0);
                        text(row, 5, c.contributor());
                        text(row, 6, c.description());
                    }
                }
                try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
                    wb.write(o);
                }
                wb.dispose();
            }
            return rows;
        }

        private static long share(long pledged, BoardPledge p, ReportPeriod period) {
            LocalDate from = p.pledge().periodStart().isAfter(period.from()) ? p.pledge().periodStart() : period.from();
            LocalDate to = p.pledge().periodEnd().isBefore(period.to()) ? p.pledge().periodEnd() : period.to();
            long inside = to.isBefore(from) ? 0 : FulfilmentRules.daysInclusive(from, to);
            long days = FulfilmentRules.daysInclusive(p.pledge().periodStart(), p.pledge().periodEnd());
            return (2 * pledged * inside + days) / (2 * days);
        }

        private static CellStyle style(SXSSFWorkbook wb, String format) {
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(wb.createDataFormat().getFormat(format));
            return s;
        }

        private static Cell cell(Row row, int c, CellStyle style) {
            Cell cell = row.createCell(c);
            cell.setCellStyle(style);
            return cell;
        }

        private static void text(Row row, int c, String value) {
            if (value != null) {
                row.createCell(c).setCellValue(value);
            }
        }

        private static void date(Row row, int c, LocalDate value, CellStyle style) {
            if (value != null) {
                cell(row, c, style).setCellValue(value);
            }
        }
    }
}
