package org.oscc.chamberlain.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.oscc.chamberlain.reports.CellKind;
import org.oscc.chamberlain.reports.Column;
import org.oscc.chamberlain.reports.ExportProgress;
import org.oscc.chamberlain.reports.SafeOutput;
import org.oscc.chamberlain.reports.WorkbookWriter;

/**
 * Not a test: the cost of {@link WorkbookWriter} over bare SXSSF writing the same cells (1,000,000 rows x 8 columns
 * by default), in one run, with rounds alternating so that neither side always runs on a warmer JVM. Run with a
 * small heap to show that streaming holds:
 * <pre>
 * mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 * java -Xmx256m -cp target/classes:target/test-classes:$(cat cp.txt) org.oscc.chamberlain.bench.WorkbookWriterBench [rows] [rounds]
 * </pre>
 */
public final class WorkbookWriterBench {
    record Line(String name, String phone, int headcount, int minutes, int percentBp, LocalDate since, String city,
            String status) {
    }

    static final String[] CITIES = {"Ottawa", "Gatineau", "Montréal", "Québec", "Toronto", "Kingston"};
    static final String[] STATUSES = {"On track", "Behind", "At risk"};
    static final LocalDate START = LocalDate.of(2015, 1, 1);

    static final List<Column<Line>> COLUMNS = List.of(Column.text("Name", Line::name),
            Column.of("Phone", CellKind.TEXT_AS_IS, Line::phone), Column.of("IT headcount", CellKind.INTEGER,
                    Line::headcount), Column.of("Hours", CellKind.HOURS, Line::minutes),
            Column.of("Share", CellKind.PERCENT, Line::percentBp), Column.of("Since", CellKind.DATE, Line::since),
            Column.text("City", Line::city), Column.text("Status", Line::status));

    private WorkbookWriterBench() {
    }

    static Line line(int i) {
        return new Line("Member " + i + " Société", "+1 613 555 " + (1000 + i % 9000), i % 500, (i % 2000) * 15,
                (i % 100) * 25, START.plusDays(i % 4000), CITIES[i % CITIES.length], STATUSES[i % STATUSES.length]);
    }

    static Iterator<Line> lines(int rows) {
        return new Iterator<>() {
            int next;

            @Override
            public boolean hasNext() {
                return next < rows;
            }

            @Override
            public Line next() {
                return line(next++);
            }
        };
    }

    static void withWriter(Path file, int rows) throws Exception {
        SafeOutput.write(file, out -> {
            try (WorkbookWriter workbook = new WorkbookWriter("Bench chamber")) {
                workbook.sheet("Rows", COLUMNS).writeRows(lines(rows), ExportProgress.none());
                workbook.write(out);
            }
        });
    }

    /** The same cells, styles and header through SXSSF directly, with nothing the writer adds on top. */
    static void bare(Path file, int rows) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, false, false)) {
            CellStyle text = wb.createCellStyle();
            CellStyle asIs = style(wb, "@");
            CellStyle integer = style(wb, "#,##0");
            CellStyle hours = style(wb, "#,##0.0");
            CellStyle percent = style(wb, "0.0%");
            CellStyle date = style(wb, "yyyy-mm-dd");
            SXSSFSheet sheet = wb.createSheet("Rows");
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(COLUMNS.get(c).header());
            }
            Iterator<Line> it = lines(rows);
            for (int r = 1; it.hasNext(); r++) {
                Line l = it.next();
                Row row = sheet.createRow(r);
                cell(row, 0, text).setCellValue(l.name());
                cell(row, 1, asIs).setCellValue(l.phone());
                cell(row, 2, integer).setCellValue(l.headcount());
                cell(row, 3, hours).setCellValue(l.minutes() / 60.0);
                cell(row, 4, percent).setCellValue(l.percentBp() / 10_000.0);
                cell(row, 5, date).setCellValue(l.since());
                cell(row, 6, text).setCellValue(l.city());
                cell(row, 7, text).setCellValue(l.status());
            }
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                wb.write(out);
            }
            wb.dispose();
        }
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

    interface Job {
        void run() throws Exception;
    }

    static long millis(Job job) throws Exception {
        long start = System.nanoTime();
        job.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Path dir = Files.createTempDirectory("workbook-bench");
        Path bareFile = dir.resolve("bare.xlsx");
        Path writerFile = dir.resolve("writer.xlsx");
        // warm-up: both paths, a tenth of the rows
        bare(bareFile, rows / 10);
        withWriter(writerFile, rows / 10);
        long bestBare = Long.MAX_VALUE;
        long bestWriter = Long.MAX_VALUE;
        for (int round = 0; round < rounds; round++) {
            boolean bareFirst = round % 2 == 0;
            long a = bareFirst ? millis(() -> bare(bareFile, rows)) : 0;
            long w = millis(() -> withWriter(writerFile, rows));
            if (!bareFirst) {
                a = millis(() -> bare(bareFile, rows));
            }
            System.out.printf(Locale.ROOT, "round %d: bare SXSSF %,d ms, WorkbookWriter %,d ms (ratio %.2f)%n",
                    round + 1, a, w, (double) w / a);
            bestBare = Math.min(bestBare, a);
            bestWriter = Math.min(bestWriter, w);
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "%,d rows x %d columns, max heap %d MB, files %,d / %,d bytes%n", rows,
                COLUMNS.size(), rt.maxMemory() >> 20, Files.size(bareFile), Files.size(writerFile));
        System.out.printf(Locale.ROOT, "best: bare SXSSF %,d ms, WorkbookWriter %,d ms, ratio %.2f%n", bestBare,
                bestWriter, (double) bestWriter / bestBare);
        Files.delete(bareFile);
        Files.delete(writerFile);
        Files.delete(dir);
    }
}
