package org.oscc.chamberlain.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.pledges.PledgeRepository;
import org.oscc.chamberlain.pledges.PledgeService;
import org.oscc.chamberlain.sample.SampleChamberRepository;
import org.oscc.chamberlain.sample.SampleChamberService;
import org.oscc.chamberlain.settings.SettingsRepository;
import org.oscc.chamberlain.settings.SettingsService;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;

/**
 * The sample chamber's fiscal-year board pack as a board gets it: printed to PDF by LibreOffice (one conversion,
 * a private profile, a time limit) and read back with pdftotext. Skipped, with the reason, where either program is
 * missing. The fonts are checked with POI whatever is installed.
 */
class BoardPackPrintTest {
    @TempDir
    static Path dir;
    static Path xlsx;
    static BoardHeadline headline;

    @BeforeAll
    static void writeTheSamplePack() throws Exception {
        try (Store store = TestStores.fresh(dir, TestStores.FIXED_CLOCK)) {
            SettingsService settings = new SettingsService(new SettingsRepository(store));
            new SampleChamberService(new SampleChamberRepository(store), settings, store.clock()).load(false);
            BoardReportService reports = new BoardReportService(new BoardReportRepository(store),
                    new RosterRepository(store), new ReportRunRepository(store),
                    new PledgeService(new PledgeRepository(store), settings, store.clock()), settings, store.clock());
            xlsx = dir.resolve("pack.xlsx");
            headline = reports.write(xlsx, reports.defaultPeriod(), Progress.NONE).headline();
        }
    }

    @Test
    void everyFontOfThePackIsAtLeastNinePoints() throws Exception {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getNumberOfFonts()).isGreaterThan(3);
            for (int i = 0; i < wb.getNumberOfFonts(); i++) {
                assertThat(wb.getFontAt(i).getFontHeightInPoints()).as("font " + i).isGreaterThanOrEqualTo((short) 9);
            }
            // and every printed style uses one of them (none falls back to a smaller default)
            for (int i = 0; i < wb.getNumCellStyles(); i++) {
                assertThat(wb.getFontAt(wb.getCellStyleAt(i).getFontIndex()).getFontHeightInPoints())
                        .as("style " + i).isGreaterThanOrEqualTo((short) 9);
            }
        }
    }

    @Test
    void thePrintedPackIsTheSummaryAloneOnPageOneAndAtMostSixLegiblePagesWithoutChartData() throws Exception {
        Assumptions.assumeTrue(onPath("soffice"), "LibreOffice (soffice) is not installed: the pack is not printed");
        Assumptions.assumeTrue(onPath("pdftotext"), "pdftotext (poppler-utils) is not installed: the PDF is not read");
        Path pdf = printToPdf();
        List<String> pages = List.of(run("pdftotext", "-layout", pdf.toString(), "-").split("\f"));
        List<String> printed = pages.stream().filter(p -> !p.isBlank()).toList();
        assertThat(printed.size()).as("pages").isBetween(5, 6);

        String first = printed.get(0);
        assertThat(sheetOf(first)).isEqualTo("Summary");
        assertThat(first).contains("Open Source Chamber of Commerce of Toronto (sample)")
                .contains("Board report FY2026, 2026-01-01 to 2026-12-31").contains("Page 1 of " + printed.size())
                .contains("Headline");
        for (String label : SummaryPage.headlineLabels()) {
            assertThat(first).contains(label);
        }
        assertThat(first).contains(String.format("%,.1f", headline.figures().pledgedMinutes() / 60.0))
                .contains(String.format("%,.1f", headline.figures().deliveredMinutes() / 60.0));
        for (AttentionPledge p : headline.worst()) {
            assertThat(first).contains(p.memberName() + ": " + p.projectName());
        }
        // nothing of another sheet on the board's page
        assertThat(first).doesNotContain("Period start").doesNotContain("How it is computed");

        List<String> sheets = new ArrayList<>();
        for (int i = 0; i < printed.size(); i++) {
            String page = printed.get(i);
            sheets.add(sheetOf(page));
            assertThat(page).as("page " + (i + 1)).contains("Page " + (i + 1) + " of " + printed.size())
                    .contains("Open Source Chamber of Commerce of Toronto (sample)").contains("Board report FY2026")
                    .doesNotContain("Chart data").doesNotContain("Expected (h)");
        }
        assertThat(sheets).containsExactly("Summary", "Pledges", "Projects", "Pitch nights", "Changes",
                "Definitions");
        // the Pledges sheet repeats its heading on every page it takes (one here) and prints every pledge
        assertThat(printed.get(1)).contains("Member").contains("Fulfilment %").contains("Total");

        // text size as printed: the body text of every page against that of a page printed at full size (Pitch
        // nights, a few short rows), which is 10 pt; the PDF's word boxes scale with the print
        Map<Integer, Double> body = bodyWordHeights(pdf, printed.size());
        double fullSize = body.get(sheets.indexOf("Pitch nights") + 1);
        for (Map.Entry<Integer, Double> page : body.entrySet()) {
            assertThat(page.getValue() / fullSize * CellStyles.BODY_POINTS).as("body text on page " + page.getKey()
                    + " in points").isGreaterThanOrEqualTo(9.0);
        }
    }

    private static Path printToPdf() throws Exception {
        Path out = Files.createDirectories(dir.resolve("pdf"));
        Process soffice = new ProcessBuilder("soffice", "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", out.toString(), xlsx.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        if (!soffice.waitFor(180, TimeUnit.SECONDS)) {
            soffice.destroyForcibly();
            throw new AssertionError("LibreOffice did not finish printing within 3 minutes");
        }
        Path pdf = out.resolve("pack.pdf");
        assertThat(pdf).as(Files.readString(dir.resolve("soffice.log"))).exists();
        return pdf;
    }

    /** The sheet's name, at the right of the page header (the first line). */
    private static String sheetOf(String page) {
        String header = page.strip().lines().findFirst().orElse("");
        String[] parts = header.strip().split("\\s{2,}");
        return parts[parts.length - 1];
    }

    /** Per page, the height of the most common word box: the body text, in PDF points. */
    private static Map<Integer, Double> bodyWordHeights(Path pdf, int pages) throws Exception {
        Pattern word = Pattern.compile("<word xMin=\"[^\"]+\" yMin=\"([^\"]+)\" xMax=\"[^\"]+\" yMax=\"([^\"]+)\">");
        Map<Integer, Double> body = new HashMap<>();
        for (int p = 1; p <= pages; p++) {
            String xml = run("pdftotext", "-f", Integer.toString(p), "-l", Integer.toString(p), "-bbox",
                    pdf.toString(), "-");
            Map<Long, Integer> counts = new HashMap<>();
            Matcher m = word.matcher(xml);
            while (m.find()) {
                double h = Double.parseDouble(m.group(2)) - Double.parseDouble(m.group(1));
                counts.merge(Math.round(h * 100), 1, Integer::sum);
            }
            long common = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            body.put(p, common / 100.0);
        }
        return body;
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        return new String(out, StandardCharsets.UTF_8);
    }

    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }
}
