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
import org.oscc.chamberlain.pledges.FulfilmentStatus;
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
    SettingsService settings;

    @BeforeEach
    void loadSample() throws Exception {
        store = TestStores.fresh(dir, TestStores.FIXED_CLOCK);
        settings = new SettingsService(new SettingsRepository(store));
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
    void theWorkbookHasTheEightSheetsInOrderWithTheAppendixLast() throws Exception {
        try (XSSFWorkbook wb = write(dir.resolve("r.xlsx"), reports.defaultPeriod())) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("Summary", "Pledges", "Projects", "Pitch nights", "Changes",
                    "Definitions", "Members", "Contributions");
            // the appendix prints nothing: its print area is one empty cell
            for (String appendix : List.of("Members", "Contributions")) {
                String area = wb.getPrintArea(wb.getSheetIndex(appendix));
                assertThat(area).as(appendix).isNotNull();
                org.apache.poi.ss.util.AreaReference ref = new org.apache.poi.ss.util.AreaReference(
                        area.substring(area.indexOf('!') + 1), org.apache.poi.ss.SpreadsheetVersion.EXCEL2007);
                assertThat(ref.isSingleCell()).as(appendix).isTrue();
                Row row = wb.getSheet(appendix).getRow(ref.getFirstCell().getRow());
                assertThat(row == null ? null : row.getCell(ref.getFirstCell().getCol())).as(appendix).isNull();
            }
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
                for (int column : new int[] {SummaryPage.LABEL, SummaryPage.LABEL_2}) {
                    Cell label = row.getCell(column);
                    Cell value = row.getCell(column + 1);
                    if (value != null && value.getCellType() == CellType.FORMULA) {
                        formulas++;
                        CellValue computed = evaluator.evaluate(value);
                        assertThat(computed.getNumberValue()).as(label.getStringCellValue() + ": "
                                + value.getCellFormula()).isCloseTo(value.getNumericCellValue(), within(1e-9));
                        figures.put(label.getStringCellValue(), computed.getNumberValue());
                    }
                }
            }
            assertThat(formulas).isGreaterThan(20);
            assertThat(figures.get("Hours delivered in the period")).isCloseTo(totals.deliveredMinutes() / 60.0,
                    within(1e-9));
            assertThat(figures.get("Hours pledged for the period")).isCloseTo(totals.pledgedMinutes() / 60.0,
                    within(1e-9));
            assertThat(figures.get("Fulfilment in the period")).isCloseTo(FulfilmentRules.percentBp(
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
            // the charts moved to the Projects sheet, their data right of its print area
            XSSFDrawing drawing = wb.getSheet("Projects").getDrawingPatriarch();
            assertThat(drawing.getCharts()).hasSize(2);
            assertThat(summary.getDrawingPatriarch()).isNull();
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
                        boolean chartData = sheet.getSheetName().equals("Projects")
                                && cell.getColumnIndex() >= SummaryCharts.MONTH_COLUMN;
                        if (cell.getCellType() == CellType.FORMULA && !chartData) {
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
            assertThat(definition(first, "Changes")).contains("the start of the period");
        }
        try (XSSFWorkbook second = write(dir.resolve("second.xlsx"), ReportPeriod.quarter(2026, 2))) {
            assertThat(second.getSheet("Summary").getRow(3).getCell(0).getStringCellValue())
                    .contains("board report made on 2026-06-15");
            assertThat(definition(second, "Changes")).contains("the day the previous board report was made");
        }
        assertThat(reports.previousReports()).extracting(ReportRun::fileName)
                .containsExactly("second.xlsx", "first.xlsx");
    }

    @Test
    void theHeadlineFiguresEqualTheIndependentSumsAndAreRecordedWithTheRun() throws Exception {
        ReportPeriod period = reports.defaultPeriod();
        RangeTotals totals = pledges.totals(period.from(), period.to());
        List<PledgeRow> counted = pledges.list(PledgeFilter.ALL.overlapping(period.from(), period.to())).stream()
                .filter(r -> r.status().counts()).toList();
        List<PledgeRow> attention = counted.stream().filter(r -> List.of(FulfilmentStatus.BEHIND,
                FulfilmentStatus.AT_RISK, FulfilmentStatus.OVERDUE).contains(r.fulfilment().status())).toList();
        assertThat(attention).as("the sample has pledges that need attention").hasSizeGreaterThan(3);
        List<String> worst = attention.stream()
                .sorted(java.util.Comparator.comparingLong((PledgeRow r) -> r.fulfilment().expectedMinutes()
                        - r.fulfilment().deliveredMinutes()).reversed()
                        .thenComparing(PledgeRow::memberName, String.CASE_INSENSITIVE_ORDER))
                .limit(3).map(r -> r.memberName() + ": " + r.projectName()).toList();

        BoardReportMade made = reports.write(dir.resolve("r.xlsx"), period, Progress.NONE);

        HeadlineFigures h = made.headline().figures();
        assertThat(h.activeMembers()).isEqualTo(store.dsl().fetchCount(ORGANIZATION, ORGANIZATION.STATUS.eq("ACTIVE")));
        assertThat(h.pledgedMinutes()).isEqualTo(totals.pledgedMinutes());
        assertThat(h.deliveredMinutes()).isEqualTo(totals.deliveredMinutes());
        assertThat(h.fulfilmentBp()).isEqualTo(FulfilmentRules.percentBp(totals.deliveredMinutes(),
                totals.pledgedMinutes()));
        assertThat(h.attentionPledges()).isEqualTo(attention.size());
        assertThat(made.headline().worst()).extracting(p -> p.memberName() + ": " + p.projectName())
                .containsExactlyElementsOf(worst);
        assertThat(made.headline().comparedWith()).isEmpty();
        assertThat(reports.previousReports().get(0).headline()).isEqualTo(h);
        try (InputStream in = Files.newInputStream(dir.resolve("r.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Map<String, Double> shown = headlineCells(wb);
            assertThat(shown.get("Active members")).isEqualTo((double) h.activeMembers());
            assertThat(shown.get("Hours pledged for the period")).isCloseTo(h.pledgedMinutes() / 60.0, within(1e-9));
            assertThat(shown.get("Hours delivered in the period")).isCloseTo(h.deliveredMinutes() / 60.0,
                    within(1e-9));
            assertThat(shown.get("Pledges that need attention")).isEqualTo((double) attention.size());
            String text = text(wb.getSheet("Summary"));
            for (String name : worst) {
                assertThat(text).contains(name);
            }
            assertThat(text).contains("No earlier board report for a period of this kind");
        }
    }

    @Test
    void aLaterReportOfTheSameKindShowsEachHeadlineFiguresChangeAndOneOfAnotherKindDoesNot() throws Exception {
        ReportPeriod year = reports.defaultPeriod();
        BoardReportMade first = reports.write(dir.resolve("first.xlsx"), year, Progress.NONE);
        // a member lapses between the two reports
        store.dsl().update(ORGANIZATION).set(ORGANIZATION.STATUS, "LAPSED")
                .where(ORGANIZATION.NAME.eq(ACCENTS)).execute();
        BoardReportMade second = reports.write(dir.resolve("second.xlsx"), year, Progress.NONE);
        assertThat(second.headline().previous()).contains(first.headline().figures());
        assertThat(second.headline().figures().activeMembers()).isEqualTo(first.headline().figures().activeMembers() - 1);
        try (InputStream in = Files.newInputStream(dir.resolve("second.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            Row active = rowLabelled(wb.getSheet("Summary"), "Active members");
            assertThat(active.getCell(SummaryPage.PREVIOUS).getNumericCellValue())
                    .isEqualTo((double) first.headline().figures().activeMembers());
            assertThat(evaluator.evaluate(active.getCell(SummaryPage.CHANGE)).getNumberValue()).isEqualTo(-1.0);
            assertThat(active.getCell(SummaryPage.CHANGE).getNumericCellValue()).isEqualTo(-1.0);
            Row delivered = rowLabelled(wb.getSheet("Summary"), "Hours delivered in the period");
            assertThat(evaluator.evaluate(delivered.getCell(SummaryPage.CHANGE)).getNumberValue()).isZero();
        }
        // a quarter is not compared with a fiscal year
        BoardReportMade quarter = reports.write(dir.resolve("q.xlsx"), ReportPeriod.quarter(2026, 2), Progress.NONE);
        assertThat(quarter.headline().comparedWith()).isEmpty();
    }

    private static Map<String, Double> headlineCells(XSSFWorkbook wb) {
        XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
        Map<String, Double> shown = new HashMap<>();
        for (String label : SummaryPage.headlineLabels()) {
            Cell value = rowLabelled(wb.getSheet("Summary"), label).getCell(SummaryPage.VALUE);
            assertThat(evaluator.evaluate(value).getNumberValue()).as(label).isCloseTo(value.getNumericCellValue(),
                    within(1e-9));
            shown.put(label, value.getNumericCellValue());
        }
        return shown;
    }

    private static Row rowLabelled(XSSFSheet sheet, String label) {
        for (Row row : sheet) {
            Cell c = row.getCell(SummaryPage.LABEL);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row " + label);
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

    @Test
    void everySheetPrintsOnTheChambersPaperFittedToItsWidthWithChamberPeriodAndPageNumbers() throws Exception {
        assertThat(settings.current().paperSize()).isEqualTo(org.oscc.chamberlain.settings.PaperSize.LETTER);
        for (org.oscc.chamberlain.settings.PaperSize paper : org.oscc.chamberlain.settings.PaperSize.values()) {
            settings.save(settings.current().withPaperSize(paper));
            assertThat(settings.current().paperSize()).isEqualTo(paper);
            short expected = paper == org.oscc.chamberlain.settings.PaperSize.A4
                    ? org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE
                    : org.apache.poi.ss.usermodel.PrintSetup.LETTER_PAPERSIZE;
            try (XSSFWorkbook wb = write(dir.resolve(paper + ".xlsx"), reports.defaultPeriod())) {
                for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                    XSSFSheet sheet = wb.getSheetAt(i);
                    String name = sheet.getSheetName();
                    assertThat(sheet.getPrintSetup().getPaperSize()).as(name).isEqualTo(expected);
                    assertThat(sheet.getPrintSetup().getLandscape()).as(name).isTrue();
                    assertThat(sheet.getPrintSetup().getFitWidth()).as(name).isEqualTo((short) 1);
                    // one page for the two pages of text, as many pages tall as needed for every table
                    assertThat(sheet.getPrintSetup().getFitHeight()).as(name)
                            .isEqualTo(List.of("Summary", "Definitions").contains(name) ? (short) 1 : (short) 0);
                    assertThat(sheet.getHeader().getLeft()).as(name).isEqualTo(settings.current().chamberName());
                    assertThat(sheet.getHeader().getCenter()).as(name).contains("FY2026, 2026-01-01 to 2026-12-31");
                    assertThat(sheet.getHeader().getRight()).as(name).isEqualTo("&A");
                    assertThat(sheet.getFooter().getCenter()).as(name).isEqualTo("Page &P of &N");
                    if (!name.equals("Summary")) {
                        assertThat(sheet.getRepeatingRows().formatAsString()).as(name).isEqualTo("1:1");
                    }
                }
            }
        }
    }

    private static String definition(XSSFWorkbook wb, String figure) {
        for (Row row : wb.getSheet("Definitions")) {
            if (row.getCell(0).getStringCellValue().equals(figure)) {
                return row.getCell(1).getStringCellValue();
            }
        }
        throw new AssertionError("no definition of " + figure);
    }

    @Test
    void aNameOtherThanXlsxIsRefused() {
        assertThatThrownBy(() -> reports.write(dir.resolve("r.csv"), reports.defaultPeriod(), Progress.NONE))
                .hasMessageContaining(".xlsx");
    }
}
