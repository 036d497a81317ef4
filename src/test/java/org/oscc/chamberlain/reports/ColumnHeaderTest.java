package org.oscc.chamberlain.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Column headers: long ones take two or three lines instead of widening the column; they sit over their values. */
class ColumnHeaderTest {
    record Item(String name, LocalDate day, long minutes) {
    }

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Name|4|false",
        "Renewal|7|false",
        // the narrowest break into at most three lines, plus one for bold
        "Renewal due|8|true",
        "Fulfilment %|11|true",
        "Delivered in period (h)|10|true",
        "Pledges that followed|9|true",
        "Hours received|9|true",
        "Averyveryverylongheaderword|27|false"})
    void longHeadersAreMeasuredOnTheirWiderLine(String header, int chars, boolean wraps) {
        assertThat(ColumnWidths.wraps(header)).isEqualTo(wraps);
        assertThat(ColumnWidths.headerChars(header)).isEqualTo(chars);
    }

    @Test
    void headersAlignWithTheirValuesAndALongOneMakesTheHeaderRowTwoLinesTall() throws Exception {
        List<Column<Item>> columns = List.of(Column.text("Name", Item::name),
                Column.of("Day", CellKind.DATE, Item::day),
                Column.of("Delivered in period (h)", CellKind.HOURS, Item::minutes));
        Path file = dir.resolve("h.xlsx");
        SafeOutput.write(file, out -> {
            try (WorkbookWriter workbook = new WorkbookWriter("Chamber")) {
                workbook.sheet("Items", columns).writeRow(new Item("A", LocalDate.of(2026, 1, 2), 90));
                workbook.sheet("Short", List.of(Column.text("Name", Item::name)));
                workbook.write(out);
            }
        });
        try (XSSFWorkbook wb = WorkbookWriterTest.read(file)) {
            XSSFSheet sheet = wb.getSheet("Items");
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getCellStyle().getAlignment()).isIn(HorizontalAlignment.GENERAL,
                    HorizontalAlignment.LEFT);
            assertThat(header.getCell(1).getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.CENTER);
            assertThat(sheet.getRow(1).getCell(1).getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.CENTER);
            assertThat(header.getCell(2).getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.RIGHT);
            assertThat(header.getCell(2).getCellStyle().getWrapText()).isTrue();
            assertThat(header.getHeightInPoints()).isGreaterThanOrEqualTo(2 * sheet.getDefaultRowHeightInPoints());
            // narrower than the header on one line ("Delivered in period (h)" + filter button)
            assertThat(sheet.getColumnWidth(2)).isLessThan((23 + 3) * 256);
            XSSFSheet shortOne = wb.getSheet("Short");
            assertThat(shortOne.getRow(0).getHeightInPoints()).isLessThan(2 * shortOne.getDefaultRowHeightInPoints());
        }
    }
}
