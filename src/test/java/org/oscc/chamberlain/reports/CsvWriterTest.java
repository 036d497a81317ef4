package org.oscc.chamberlain.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvWriterTest {
    record Row(String name, String phone, Integer count, Integer minutes, Integer bp, LocalDate day,
            LocalDateTime at) {
    }

    static final List<Column<Row>> COLUMNS = List.of(Column.text("Name", Row::name),
            Column.of("Phone", CellKind.TEXT_AS_IS, Row::phone), Column.of("Count", CellKind.INTEGER, Row::count),
            Column.of("Hours", CellKind.HOURS, Row::minutes), Column.of("Share", CellKind.PERCENT, Row::bp),
            Column.of("Day", CellKind.DATE, Row::day), Column.of("At", CellKind.DATETIME, Row::at));

    static byte[] write(List<Row> rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvWriter<>(COLUMNS).write(out, rows.iterator(), ExportProgress.none());
        return out.toByteArray();
    }

    @Test
    void startsWithAByteOrderMarkAndEndsLinesWithCrLf() throws Exception {
        byte[] bytes = write(List.of(new Row("Acme", null, 1, 60, 100, null, null)));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("\uFEFFName,Phone,Count,Hours,Share,Day,At\r\nAcme,,1,1,1%,,\r\n");
    }

    @Test
    void valuesAreWrittenSoSpreadsheetsReadThem() throws Exception {
        String text = new String(write(List.of(new Row("Ünïcødé 東京 🚀", "0123", -5, 90, 250,
                LocalDate.of(2026, 7, 1), LocalDateTime.of(2026, 7, 1, 18, 5)))), StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\nÜnïcødé 東京 🚀,0123,-5,1.5,2.5%,2026-07-01,2026-07-01 18:05\r\n");
        assertThat(CsvWriter.field(COLUMNS.get(3), 10)).as("10 minutes").isEqualTo("0.17");
    }

    @Test
    void fieldsWithCommasQuotesAndLineBreaksAreQuotedAsRfc4180Says() throws Exception {
        String text = new String(write(List.of(new Row("Smith, \"Bob\"\nand Co", null, null, null, null, null,
                null))), StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n\"Smith, \"\"Bob\"\"\nand Co\",,,,,,\r\n");
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records.get(1).get(0)).isEqualTo("Smith, \"Bob\"\nand Co");
    }

    @Test
    void formulaLookingTextIsNeutralizedWithASingleQuote() throws Exception {
        List<String> attacks = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1", "-2", "@SUM(A1)", "\tx", "\rx");
        List<Row> rows = attacks.stream().map(a -> new Row(a, a, null, null, null, null, null)).toList();
        String text = new String(write(rows), StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
        for (int i = 0; i < attacks.size(); i++) {
            assertThat(records.get(i + 1).get(0)).isEqualTo("'" + attacks.get(i));
            assertThat(records.get(i + 1).get(1)).isEqualTo("'" + attacks.get(i));
        }
        assertThat(text).contains("\r\n\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",");
    }

    @Test
    void numbersAreNotGuardedOnlyText() throws Exception {
        String text = new String(write(List.of(new Row("x", null, -2, null, null, null, null))),
                StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\nx,,-2,,,,\r\n");
    }

    @Test
    void aFloatingPointValueInAnHoursColumnIsRefused() {
        assertThatThrownBy(() -> CsvWriter.field(COLUMNS.get(3), 1.5)).hasMessageContaining("\"Hours\"");
    }
}
