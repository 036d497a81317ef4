package org.oscc.chamberlain.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import org.oscc.chamberlain.text.Messages;

/**
 * More contributions than a sheet holds: they continue on "Contributions (2)"... The real limit (1,048,576 rows)
 * is replaced by a small one, on the sample chamber's real store, and the workbook is read back with POI.
 */
class ContributionSheetSplitTest {
    @TempDir
    Path dir;
    Store store;
    SettingsService settings;
    PledgeService pledges;
    BoardReportRepository repository;
    ReportPeriod period;
    List<BoardContribution> expected;

    @BeforeEach
    void loadSample() throws Exception {
        store = TestStores.fresh(dir, TestStores.FIXED_CLOCK);
        settings = new SettingsService(new SettingsRepository(store));
        new SampleChamberService(new SampleChamberRepository(store), settings, store.clock()).load(false);
        pledges = new PledgeService(new PledgeRepository(store), settings, store.clock());
        repository = new BoardReportRepository(store);
        period = ReportPeriod.fiscalYearOf(java.time.LocalDate.now(store.clock()),
                settings.current().fiscalYearStartMonth());
        try (Stream<BoardContribution> s = repository.contributions(period)) {
            expected = s.toList();
        }
        assertThat(expected).as("the sample needs contributions in the period").hasSizeGreaterThan(30);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private XSSFWorkbook write(int sheetRows) throws Exception {
        BoardReportWriter writer = new BoardReportWriter(BoardReportData.of(repository, new RosterRepository(store)),
                sheetRows);
        BoardReportService service = new BoardReportService(writer, new ReportRunRepository(store), pledges, settings,
                store.clock());
        Path file = dir.resolve("r" + sheetRows + ".xlsx");
        service.write(file, period, Progress.NONE);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    @Test
    void contributionsContinueOnNumberedSheetsEachOnceWithHeaderFrozenRowFilterAndTotal() throws Exception {
        // 10 rows a sheet: a header, 8 contributions and a totals row
        int perSheet = 8;
        int parts = (expected.size() + perSheet - 1) / perSheet;
        try (XSSFWorkbook wb = write(10)) {
            List<String> names = sheetNames(wb);
            List<String> want = new ArrayList<>(List.of("Summary", "Pledges", "Projects", "Pitch nights", "Changes",
                    "Definitions", "Members", "Contributions"));
            for (int p = 2; p <= parts; p++) {
                want.add("Contributions (" + p + ")");
            }
            assertThat(names).containsExactlyElementsOf(want);

            XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            Map<String, Integer> seen = new HashMap<>();
            double hoursOfAllParts = 0;
            for (int p = 1; p <= parts; p++) {
                XSSFSheet sheet = wb.getSheet(BoardReportWriter.contributionSheet(Messages.ENGLISH, p));
                int rows = p < parts ? perSheet : expected.size() - perSheet * (parts - 1);
                assertThat(sheet.getLastRowNum()).as(sheet.getSheetName()).isEqualTo(rows + 1).isLessThan(10);
                Row header = sheet.getRow(0);
                for (int c = 0; c < BoardReportWriter.contributionColumns(Messages.ENGLISH).size(); c++) {
                    assertThat(header.getCell(c).getStringCellValue())
                            .isEqualTo(BoardReportWriter.contributionColumns(Messages.ENGLISH).get(c).header());
                }
                PaneInformation pane = sheet.getPaneInformation();
                assertThat(pane.isFreezePane()).isTrue();
                assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
                assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:G" + (rows + 1));
                for (int r = 1; r <= rows; r++) {
                    seen.merge(key(sheet.getRow(r)), 1, Integer::sum);
                }
                Row totals = sheet.getRow(rows + 1);
                assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Total of this sheet");
                Cell total = totals.getCell(BoardReportWriter.C_HOURS);
                assertThat(total.getCellType()).isEqualTo(CellType.FORMULA);
                double part = evaluator.evaluate(total).getNumberValue();
                assertThat(part).isCloseTo(total.getNumericCellValue(), within(1e-9));
                hoursOfAllParts += part;
            }
            Map<String, Integer> want2 = new HashMap<>();
            expected.forEach(c -> want2.merge(key(c), 1, Integer::sum));
            assertThat(seen).as("every contribution exactly once").isEqualTo(want2);

            // the parts add up to the Pledges sheet's "Delivered in period"
            XSSFSheet pledgeSheet = wb.getSheet("Pledges");
            Cell delivered = pledgeSheet.getRow(pledgeSheet.getLastRowNum()).getCell(BoardReportWriter.P_DELIVERED_IN);
            assertThat(hoursOfAllParts).isCloseTo(evaluator.evaluate(delivered).getNumberValue(), within(1e-6));

            XSSFSheet summary = wb.getSheet("Summary");
            Cell count = figure(summary, "Contributions in the period");
            assertThat(count.getCellFormula()).contains("'Contributions (" + parts + ")'!");
            assertThat(evaluator.evaluate(count).getNumberValue()).as(count.getCellFormula()).isEqualTo(expected.size());
            assertThat(count.getNumericCellValue()).isEqualTo(expected.size());
            assertThat(text(summary)).contains("continue from \"Contributions\" on \"Contributions (2)\" to "
                    + "\"Contributions (" + parts + ")\"");
            assertThat(text(wb.getSheet("Definitions"))).contains("at most 1,048,576 rows")
                    .contains("\"Contributions (" + parts + ")\"");
        }
    }

    @Test
    void contributionsThatExactlyFillASheetStayOnOneAndOneMoreStartsASecond() throws Exception {
        try (XSSFWorkbook wb = write(expected.size() + 2)) {
            assertThat(sheetNames(wb)).contains("Contributions").doesNotContain("Contributions (2)");
            XSSFSheet sheet = wb.getSheet("Contributions");
            assertThat(sheet.getRow(expected.size() + 1).getCell(0).getStringCellValue()).isEqualTo("Total");
            assertThat(text(wb.getSheet("Summary"))).doesNotContain("continue");
            assertThat(text(wb.getSheet("Definitions"))).doesNotContain("1,048,576");
        }
        try (XSSFWorkbook wb = write(expected.size() + 1)) {
            XSSFSheet second = wb.getSheet("Contributions (2)");
            assertThat(second).isNotNull();
            assertThat(second.getLastRowNum()).isEqualTo(2);
            assertThat(second.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(evaluatedCount(wb)).isEqualTo(expected.size());
        }
    }

    private static double evaluatedCount(XSSFWorkbook wb) {
        return wb.getCreationHelper().createFormulaEvaluator()
                .evaluate(figure(wb.getSheet("Summary"), "Contributions in the period")).getNumberValue();
    }

    private static Cell figure(XSSFSheet summary, String label) {
        for (Row row : summary) {
            for (int column : new int[] {SummaryPage.LABEL, SummaryPage.LABEL_2}) {
                Cell l = row.getCell(column);
                if (l != null && l.getCellType() == CellType.STRING && l.getStringCellValue().equals(label)) {
                    return row.getCell(column + 1);
                }
            }
        }
        throw new AssertionError("no figure \"" + label + "\" on the Summary");
    }

    private static String text(XSSFSheet sheet) {
        StringBuilder all = new StringBuilder();
        for (Row row : sheet) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING) {
                    all.append(c.getStringCellValue()).append('\n');
                }
            }
        }
        return all.toString();
    }

    private static String key(Row row) {
        return row.getCell(0).getLocalDateTimeCellValue().toLocalDate() + "|" + row.getCell(1).getStringCellValue()
                + "|" + Math.round(row.getCell(3).getNumericCellValue()) + "|"
                + Math.round(row.getCell(4).getNumericCellValue() * 60) + "|" + string(row.getCell(6));
    }

    private static String key(BoardContribution c) {
        return c.contributedOn() + "|" + c.memberName() + "|" + c.pledgeId() + "|" + c.minutes() + "|"
                + (c.description() == null ? "" : c.description());
    }

    private static String string(Cell c) {
        return c == null ? "" : c.getStringCellValue();
    }
}
