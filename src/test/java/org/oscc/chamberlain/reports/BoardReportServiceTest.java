package org.oscc.chamberlain.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.oscc.chamberlain.store.jooq.Tables.ORGANIZATION;
import static org.oscc.chamberlain.store.jooq.Tables.PITCH_NIGHT;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.pledges.FulfilmentRules;
import org.oscc.chamberlain.pledges.PledgeFilter;
import org.oscc.chamberlain.pledges.PledgeRepository;
import org.oscc.chamberlain.pledges.PledgeRow;
import org.oscc.chamberlain.pledges.PledgeService;
import org.oscc.chamberlain.pledges.RangeTotals;
import org.oscc.chamberlain.sample.SampleChamberRepository;
import org.oscc.chamberlain.sample.SampleChamberService;
import org.oscc.chamberlain.settings.SettingsRepository;
import org.oscc.chamberlain.settings.SettingsService;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;

/** The board report of the sample chamber, read back sheet by sheet with POI and checked against the rules. */
class BoardReportServiceTest {
    static final String INJECTION = "=HYPERLINK(\"http://evil.example\",\"Zoë's Café 🚀\")";
    static final String ACCENTS = "Société Zoë Müller 🚀 Ltée";

    @TempDir
    Path dir;
    Store store;
    PledgeService pledges;
    BoardReportService reports;

    @BeforeEach
    void loadSample() throws Exception {
        store = TestStores.fresh(dir, TestStores.FIXED_CLOCK);
        SettingsService settings = new SettingsService(new SettingsRepository(store));
        new SampleChamberService(new SampleChamberRepository(store), settings, store.clock()).load(false);
        LocalDateTime now = LocalDateTime.of(2026, 6, 1, 12, 0);
        for (String name : List.of(INJECTION, ACCENTS)) {
            store.dsl().insertInto(ORGANIZATION).set(ORGANIZATION.NAME, name)
                    .set(ORGANIZATION.NAME_KEY, "key" + name.hashCode()).set(ORGANIZATION.STATUS, "ACTIVE")
                    .set(ORGANIZATION.TIER, "Patron").set(ORGANIZATION.MEMBER_SINCE, LocalDate.of(2025, 1, 1))
                    .set(ORGANIZATION.CREATED_AT, now).set(ORGANIZATION.UPDATED_AT, now).execute();
        }
        pledges = new PledgeService(new PledgeRepository(store), settings, store.clock());
        reports = new BoardReportService(new BoardReportRepository(store), new RosterRepository(store),
                new ReportRunRepository(store), pledges, settings, store.clock());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private XSSFWorkbook write(Path file, ReportPeriod period) throws Exception {
        reports.write(file, period, Progress.NONE);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void theWorkbookHasTheEightSheetsInOrder() throws Exception {
        try (XSSFWorkbook wb = write(dir.resolve("r.xlsx"), reports.defaultPeriod())) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("Summary", "Members", "Pledges", "Contributions", "Projects",
                    "Pitch nights", "Changes", "Definitions");
        }
    }

    @Test
    void pledgesSheetHoldsTheFulfilmentRulesFiguresAsTypedCells() throws Exception {
        ReportPeriod period = reports.defaultPeriod();
        List<PledgeRow> expected = pledges.list(PledgeFilter.ALL.overlapping(period.from(), period.to())).stream()
                .filter(r -> r.status().counts()).toList();
        try (XSSFWorkbook wb = write(dir.resolve("r.xlsx"), period)) {
            XSSFSheet sheet = wb.getSheet("Pledges");
            assertThat(sheet.getLastRowNum()).isEqualTo(expected.size() + 1);
            Map<String, Integer> seen = new HashMap<>();
            for (int r = 1; r <= expected.size(); r++) {
                Row row = sheet.getRow(r);
                assertThat(row.getCell(BoardReportWriter.P_START).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(row.getCell(BoardReportWriter.P_START).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
                assertThat(row.getCell(BoardReportWriter.P_PLEDGED).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0");
                seen.merge(key(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue(),
                        row.getCell(BoardReportWriter.P_START).getLocalDateTimeCellValue().toLocalDate(), row.getCell(BoardReportWriter.P_PLEDGED).getNumericCellValue(),
                        row.getCell(BoardReportWriter.P_DELIVERED_TO_DATE).getNumericCellValue(), row.getCell(BoardReportWriter.P_STATUS).getStringCellValue()), 1, Integer::sum);
            }
            Map<String, Integer> want = new HashMap<>();
            for (PledgeRow p : expected) {
                want.merge(key(p.memberName(), p.projectName(), p.periodStart(), p.pledgedMinutes() / 60.0,
                        p.deliveredMinutes() / 60.0, RosterExporter.label(p.fulfilment().status().name())), 1,
                        Integer::sum);
            }
            assertThat(seen).isEqualTo(want);
            Row totals = sheet.getRow(expected.size() + 1);
            assertThat(totals.getCell(BoardReportWriter.P_PLEDGED).getCellType()).isEqualTo(CellType.FORMULA);
            XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            assertThat(evaluator.evaluate(totals.getCell(BoardReportWriter.P_DELIVERED_TO_DATE)).getNumberValue())
                    .isCloseTo(expected.stream().mapToLong(PledgeRow::deliveredMinutes).sum() / 60.0, within(1e-6));
        }
    }

    private static String key(String member, String project, LocalDate start, double pledged, double delivered,
            String status) {
        return member + "|" + project + "|" + start + "|" + Math.round(pledged * 60) + "|"
                + Math.round(delivered * 60) + "|" + status;
    }

    @Test
    void summaryFormulasCarryTheirValuesAndMatchThePledgeTotals() throws Exception {
        ReportPeriod period = reports.defaultPeriod();
        RangeTotals totals = pledges.totals(period.from(), period.to());
        try (XSSFWorkbook wb = write(dir.resolve("r.xlsx"), period)) {
            XSSFSheet summary = wb.getSheet("Summary");
            XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            Map<String, Double> figures = new HashMap<>();
            int formulas = 0;
            for (Row row : summary) {
                Cell label = row.getCell(0);
                Cell value = row.getCell(1);
                if (value != null && value.getCellType() == CellType.FORMULA) {
                    formulas++;
                    CellValue computed = evaluator.evaluate(value);
                    assertThat(computed.getNumberValue()).as(label.getStringCellValue() + ": " + value.getCellFormula())
                            .isCloseTo(value.getNumericCellValue(), within(1e-9));
                    figures.put(label.getStringCellValue(), computed.getNumberValue());
                }
            }
            assertThat(formulas).isGreaterThan(20);
            assertThat(figures.get("Hours delivered in the period")).isCloseTo(totals.deliveredMinutes() / 60.0,
                    within(1e-9));
            assertThat(figures.get("Hours due in the period")).isCloseTo(totals.pledgedMinutes() / 60.0, within(1e-9));
            assertThat(figures.get("Fulfilment in the period (delivered / due)")).isCloseTo(FulfilmentRules.percentBp(
                    totals.deliveredMinutes(), totals.pledgedMinutes()) / 10_000.0, within(1e-9));
            assertThat(figures.get("Active members")).isEqualTo(
                    (double) store.dsl().fetchCount(ORGANIZATION, ORGANIZATION.STATUS.eq("ACTIVE")));
            assertThat(figures.get("Pitch nights held")).isEqualTo((double) store.dsl().fetchCount(PITCH_NIGHT,
                    PITCH_NIGHT.STATUS.eq("HELD").and(PITCH_NIGHT.STARTS_AT.ge(period.from().atStartOfDay()))
                            .and(PITCH_NIGHT.STARTS_AT.lt(period.to().plusDays(1).atStartOfDay()))));
            XSSFSheet contributions = wb.getSheet("Contributions");
            Cell contributionTotal = contributions.getRow(contributions.getLastRowNum()).getCell(4);
            assertThat(evaluator.evaluate(contributionTotal).getNumberValue())
                    .isCloseTo(totals.deliveredMinutes() / 60.0, within(1e-9));
            XSSFDrawing drawing = summary.getDrawingPatriarch();
            assertThat(drawing.getCharts()).hasSize(2);
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isNotBlank();
        }
    }

    @Test
    void injectionLookingTextStaysTextAndAccentsAndEmojiSurvive() throws Exception {
        try (XSSFWorkbook wb = write(dir.resolve("r.xlsx"), reports.defaultPeriod())) {
            XSSFSheet members = wb.getSheet("Members");
            Map<String, Cell> byName = new HashMap<>();
            for (Row row : members) {
                if (row.getRowNum() > 0) {
                    byName.put(row.getCell(0).getStringCellValue(), row.getCell(0));
                }
            }
            assertThat(byName).containsKeys(INJECTION, ACCENTS);
            Cell injection = byName.get(INJECTION);
            assertThat(injection.getCellType()).isEqualTo(CellType.STRING);
            assertThat(injection.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(byName.get(ACCENTS).getCellType()).isEqualTo(CellType.STRING);
            // formulas are only where the report puts them: the Summary, totals rows and the chart data
            for (int s = 1; s < wb.getNumberOfSheets(); s++) {
                XSSFSheet sheet = wb.getSheetAt(s);
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            assertThat(row.getCell(0).getStringCellValue()).as(sheet.getSheetName())
                                    .isEqualTo("Total");
                        }
                    }
                }
            }
        }
    }

    @Test
    void aCancelledReportLeavesNothingBehindAndIsNotRecorded() throws Exception {
        Path file = dir.resolve("out").resolve("cancelled.xlsx");
        Progress cancelSoon = new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> reports.write(file, reports.defaultPeriod(), cancelSoon))
                .isInstanceOf(ExportCancelledException.class);
        assertThat(file).doesNotExist();
        try (Stream<Path> left = Files.list(file.getParent())) {
            assertThat(left).isEmpty();
        }
        assertThat(reports.previousReports()).isEmpty();
    }

    @Test
    void eachReportIsRememberedAndTheNextListsChangesSinceIt() throws Exception {
        try (XSSFWorkbook first = write(dir.resolve("first.xlsx"), ReportPeriod.quarter(2026, 2))) {
            assertThat(first.getSheet("Definitions").getRow(13).getCell(1).getStringCellValue())
                    .contains("the start of the period");
        }
        try (XSSFWorkbook second = write(dir.resolve("second.xlsx"), ReportPeriod.quarter(2026, 2))) {
            assertThat(second.getSheet("Summary").getRow(4).getCell(1).getStringCellValue()).startsWith("2026-06-15");
        }
        assertThat(reports.previousReports()).extracting(ReportRun::fileName)
                .containsExactly("second.xlsx", "first.xlsx");
    }

    @Test
    void aNameOtherThanXlsxIsRefused() {
        assertThatThrownBy(() -> reports.write(dir.resolve("r.csv"), reports.defaultPeriod(), Progress.NONE))
                .hasMessageContaining(".xlsx");
    }
}
