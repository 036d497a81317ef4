package org.oscc.chamberlain.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookWriterTest {
    record Line(String name, String phone, Integer headcount, Integer minutes, Integer percentBp, LocalDate since,
            LocalDateTime updated, String status) {
    }

    static final List<Column<Line>> COLUMNS = List.of(
            Column.text("Name", Line::name),
            Column.of("Phone", CellKind.TEXT_AS_IS, Line::phone),
            Column.of("IT headcount", CellKind.INTEGER, Line::headcount),
            Column.of("Hours", CellKind.HOURS, Line::minutes),
            Column.of("Share", CellKind.PERCENT, Line::percentBp),
            Column.of("Member since", CellKind.DATE, Line::since),
            Column.of("Updated", CellKind.DATETIME, Line::updated),
            Column.text("Status", Line::status).withWidth(12));

    static final List<Line> LINES = List.of(
            new Line("Société Générale du Québec", "+1 613 555 0100", 40, 90, 250, LocalDate.of(2024, 3, 1),
                    LocalDateTime.of(2026, 6, 1, 9, 30), "On track"),
            new Line("東京オープンソース 🚀", "0123", 7, 600, 10_000, null, null, "At risk"),
            new Line("=HYPERLINK(\"http://x\",\"y\")", null, null, 30, null, LocalDate.of(2025, 12, 31), null,
                    "Behind"));

    @TempDir
    Path dir;

    Path writeSample() throws Exception {
        Path file = dir.resolve("sample.xlsx");
        SafeOutput.write(file, out -> {
            try (WorkbookWriter workbook = new WorkbookWriter("Ottawa & Gatineau OSCC")) {
                workbook.sheet("Members", COLUMNS).writeRows(LINES.iterator(), ExportProgress.none())
                        .totalsRow("Total").highlightWhenTextEquals(7, "At risk", Highlight.RED);
                workbook.sheet("Empty one", COLUMNS).totalsRow("Total");
                workbook.write(out);
            }
        });
        return file;
    }

    static XSSFWorkbook read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void sheetsAreNamedAndHeadersAreBoldFrozenAndFiltered() throws Exception {
        try (XSSFWorkbook wb = read(writeSample())) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            assertThat(wb.getSheetName(0)).isEqualTo("Members");
            assertThat(wb.getSheetName(1)).isEqualTo("Empty one");
            XSSFSheet sheet = wb.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Name");
            assertThat(header.getCell(7).getStringCellValue()).isEqualTo("Status");
            assertThat(wb.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(pane.getVerticalSplitPosition()).isZero();
            // header plus three data rows; the totals row stays out of the filter
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:H4");
            assertThat(wb.getSheetAt(1).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:H1");
        }
    }

    @Test
    void cellsAreTypedAndFormatted() throws Exception {
        try (XSSFWorkbook wb = read(writeSample())) {
            Row row = wb.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Société Générale du Québec");
            assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("@");
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(40.0);
            assertThat(row.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(1.5);
            assertThat(row.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0");
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(0.025);
            assertThat(row.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(5).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 3, 1));
            assertThat(row.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(row.getCell(6).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 6, 1, 9, 30));
            assertThat(row.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm");
            Row second = wb.getSheetAt(0).getRow(2);
            assertThat(second.getCell(1).getStringCellValue()).isEqualTo("0123");
            assertThat(second.getCell(5)).as("null values leave the cell empty").isNull();
        }
    }

    @Test
    void accentsCjkAndEmojiSurvive() throws Exception {
        try (XSSFWorkbook wb = read(writeSample())) {
            assertThat(wb.getSheetAt(0).getRow(2).getCell(0).getStringCellValue()).isEqualTo("東京オープンソース 🚀");
        }
    }

    @Test
    void formulaLookingTextStaysTextAndIsQuotePrefixed() throws Exception {
        try (XSSFWorkbook wb = read(writeSample())) {
            Sheet sheet = wb.getSheetAt(0);
            Cell injected = sheet.getRow(3).getCell(0);
            assertThat(injected.getCellType()).isEqualTo(CellType.STRING);
            assertThat(injected.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\",\"y\")");
            assertThat(injected.getCellStyle().getQuotePrefixed()).isTrue();
            Cell phone = sheet.getRow(1).getCell(1);
            assertThat(phone.getStringCellValue()).isEqualTo("+1 613 555 0100");
            assertThat(phone.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(1).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void totalsAreLiveFormulasThatCarryTheirValues() throws Exception {
        try (XSSFWorkbook wb = read(writeSample())) {
            Row totals = wb.getSheetAt(0).getRow(4);
            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Total");
            Cell headcount = totals.getCell(2);
            assertThat(headcount.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(headcount.getCellFormula()).isEqualTo("SUM(C2:C4)");
            assertThat(headcount.getCachedFormulaResultType()).isEqualTo(CellType.NUMERIC);
            assertThat(headcount.getNumericCellValue()).isEqualTo(47.0);
            Cell hours = totals.getCell(3);
            assertThat(hours.getCellFormula()).isEqualTo("SUM(D2:D4)");
            assertThat(hours.getNumericCellValue()).isEqualTo(12.0);
            assertThat(hours.getCellStyle().getDataFormatString()).isEqualTo("#,##0.0");
            assertThat(totals.getCell(4)).as("percentages are not summed").isNull();
            Row emptyTotals = wb.getSheetAt(1).getRow(1);
            assertThat(emptyTotals.getCell(2).getCellType()).as("no rows: a plain 0, not a circular SUM")
                    .isEqualTo(CellType.NUMERIC);
            assertThat(emptyTotals.getCell(2).getNumericCellValue()).isZero();
        }
    }

    @Test
    void everySheetPrintsLandscapeOnePageWideWithHeaderAndPageNumbers() throws Exception {
        try (XSSFWorkbook wb = read(writeSample())) {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                XSSFSheet sheet = wb.getSheetAt(i);
                assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
                assertThat(sheet.getFitToPage()).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(sheet.getPrintSetup().getFitHeight()).isZero();
                assertThat(sheet.getHeader().getLeft()).isEqualTo("Ottawa && Gatineau OSCC");
                assertThat(sheet.getHeader().getRight()).isEqualTo("&A");
                assertThat(sheet.getFooter().getCenter()).isEqualTo("Page &P of &N");
                assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:1");
            }
        }
    }

    @Test
    void columnWidthsFollowTheContent() throws Exception {
        try (XSSFWorkbook wb = read(writeSample())) {
            XSSFSheet sheet = wb.getSheetAt(0);
            // the longest name has 26 characters, which take about 0.9 of as many digits; one more for room
            assertThat(sheet.getColumnWidth(0)).isEqualTo((24 + 1) * 256);
            // "Member since" goes on two lines ("Member" and "since", plus one for bold): the dates decide
            assertThat(sheet.getColumnWidth(5)).as("a date column fits its dates").isEqualTo((10 + 1) * 256);
            assertThat(sheet.getColumnWidth(7)).as("the width hint is a minimum").isEqualTo((12 + 1) * 256);
            assertThat(sheet.getColumnWidth(0)).isGreaterThan(sheet.getColumnWidth(2));
        }
    }

    @Test
    void conditionalFormattingHighlightsAtRiskInRed() throws Exception {
        try (XSSFWorkbook wb = read(writeSample())) {
            var formatting = wb.getSheetAt(0).getSheetConditionalFormatting();
            assertThat(formatting.getNumConditionalFormattings()).isEqualTo(1);
            var cf = formatting.getConditionalFormattingAt(0);
            assertThat(cf.getFormattingRanges()[0].formatAsString()).isEqualTo("H2:H4");
            XSSFConditionalFormattingRule rule = cf.getRule(0);
            assertThat(rule.getFormula1()).isEqualTo("\"At risk\"");
            assertThat(rule.getPatternFormatting().getFillBackgroundColorColor().getARGBHex()).endsWith("FFC7CE");
        }
    }

    @Test
    void sheetNamesAreMadeSafeAndMustBeUnique() throws Exception {
        try (WorkbookWriter workbook = new WorkbookWriter("C")) {
            assertThat(workbook.sheet("Q3: members/contacts [draft] and more words", COLUMNS).name())
                    .isEqualTo("Q3  members contacts  draft  an");
            workbook.sheet("Members", COLUMNS);
            assertThatThrownBy(() -> workbook.sheet("MEMBERS", COLUMNS)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aValueOfTheWrongTypeIsABugNamedByItsColumn() throws Exception {
        List<Column<String>> columns = List.of(Column.of("Since", CellKind.DATE, s -> s));
        try (WorkbookWriter workbook = new WorkbookWriter("C")) {
            SheetWriter<String> sheet = workbook.sheet("S", columns);
            assertThatThrownBy(() -> sheet.writeRow("2026-01-01")).hasMessageContaining("\"Since\"");
        }
    }
}
