package org.oscc.chamberlain.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oscc.chamberlain.validation.InvalidInputException;

class SpreadsheetReaderTest {
    private static final String UNICODE_NAME = "Société Générale d'Île — 東京 🚀";

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private Path write(String name, String text, Charset charset, boolean bom) throws IOException {
        byte[] body = text.getBytes(charset);
        if (!bom) {
            return write(name, body);
        }
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        return write(name, withBom);
    }

    private static List<SheetRow> readAll(Path file) throws InvalidInputException {
        try (SheetSource source = SpreadsheetReader.open(file)) {
            List<SheetRow> rows = new ArrayList<>();
            SheetRow row;
            while ((row = source.next()) != null) {
                rows.add(row);
            }
            return rows;
        }
    }

    private static List<String> headers(Path file) throws InvalidInputException {
        try (SheetSource source = SpreadsheetReader.open(file)) {
            return source.headers();
        }
    }

    private static String refusal(Path file) {
        try {
            readAll(file);
        } catch (InvalidInputException e) {
            return e.getMessage();
        }
        throw new AssertionError(file.getFileName() + " was not refused");
    }

    @Test
    void utf8WithBomCommaSeparatedKeepsAccentsCjkEmojiAndApostrophes() throws Exception {
        Path file = write("roster.csv", "Name,City\r\n\"" + UNICODE_NAME + "\",Montréal\r\n", StandardCharsets.UTF_8, true);

        assertThat(headers(file)).containsExactly("Name", "City");
        assertThat(readAll(file)).containsExactly(new SheetRow(2, List.of(UNICODE_NAME, "Montréal")));
    }

    @Test
    void utf8WithoutBomSemicolonSeparatedAsFrenchExcelWrites() throws Exception {
        Path file = write("membres.csv", "Nom;Ville;Effectif TI\nÉcole Polytechnique;Montréal;1 200\n",
                StandardCharsets.UTF_8, false);

        try (SheetSource source = SpreadsheetReader.open(file)) {
            assertThat(source.description()).contains("UTF-8", "semicolon");
            assertThat(source.headers()).containsExactly("Nom", "Ville", "Effectif TI");
            assertThat(source.next().cells()).containsExactly("École Polytechnique", "Montréal", "1 200");
        }
    }

    @Test
    void windows1252IsDetectedWhenTheFileIsNotValidUtf8() throws Exception {
        Path file = write("legacy.csv", "Nom;Ville\nCafé Crème;Québec\n", Charset.forName("windows-1252"), false);

        try (SheetSource source = SpreadsheetReader.open(file)) {
            assertThat(source.description()).contains("Windows-1252");
            assertThat(source.next().cells()).containsExactly("Café Crème", "Québec");
        }
    }

    @Test
    void aSingleWindows1252ByteFarIntoTheFileStillSwitchesTheEncoding() throws Exception {
        StringBuilder text = new StringBuilder("Name,City\n");
        for (int i = 0; i < 5000; i++) {
            text.append("Org ").append(i).append(",Toronto\n");
        }
        text.append("Crème,Montréal\n");
        Path file = write("late.csv", text.toString(), Charset.forName("windows-1252"), false);

        List<SheetRow> rows = readAll(file);
        assertThat(rows.get(rows.size() - 1).cells()).containsExactly("Crème", "Montréal");
    }

    @Test
    void utf16WithBomTabSeparatedAsExcelUnicodeTextWrites() throws Exception {
        byte[] body = "Name\tCity\r\n東京 Labs\tTokyo\r\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);

        assertThat(readAll(write("unicode.txt", bytes))).containsExactly(new SheetRow(2, List.of("東京 Labs", "Tokyo")));
    }

    @Test
    void tabSeparatedWithCommasInsideValues() throws Exception {
        Path file = write("tabs.tsv", "Name\tNotes\nAcme, Inc.\tBig, friendly\n", StandardCharsets.UTF_8, false);

        assertThat(readAll(file).get(0).cells()).containsExactly("Acme, Inc.", "Big, friendly");
    }

    @Test
    void quotedFieldsKeepDelimitersQuotesAndLineBreaksAndRowsAreNumberedAsSpreadsheetRows() throws Exception {
        String notes = "First line, with comma\nSecond \"quoted\" line\r\nThird line";
        Path file = write("notes.csv", "Name,Notes,City\n"
                + "Acme,\"" + notes.replace("\"", "\"\"") + "\",Ottawa\n"
                + "Beta,plain,Laval\n", StandardCharsets.UTF_8, false);

        List<SheetRow> rows = readAll(file);
        assertThat(rows).extracting(SheetRow::rowNumber).containsExactly(2, 3);
        assertThat(rows.get(0).cells()).containsExactly("Acme", notes, "Ottawa");
    }

    @Test
    void excelSepLineChoosesTheDelimiterAndIsNotTheHeader() throws Exception {
        Path file = write("sep.csv", "sep=;\nName;Amount\nAcme;1,5\n", StandardCharsets.UTF_8, false);

        assertThat(headers(file)).containsExactly("Name", "Amount");
        assertThat(readAll(file)).containsExactly(new SheetRow(2, List.of("Acme", "1,5")));
    }

    @Test
    void blankRowsAreSkippedButKeepTheirNumbers() throws Exception {
        Path file = write("gaps.csv", "Name,City\nA,X\n,\n\nB,Y\n", StandardCharsets.UTF_8, false);

        assertThat(readAll(file)).extracting(SheetRow::rowNumber).containsExactly(2, 5);
    }

    @Test
    void shortRowsReadAsEmptyCellsAndLongRowsKeepTheirExtraCells() throws Exception {
        Path file = write("ragged.csv", "A,B,C\n1\n1,2,3,4\n", StandardCharsets.UTF_8, false);

        List<SheetRow> rows = readAll(file);
        assertThat(rows.get(0).cell(2)).isEmpty();
        assertThat(rows.get(1).cells()).containsExactly("1", "2", "3", "4");
    }

    @Test
    void emptyHeaderCellsAreNamedAfterTheirColumnLetter() throws Exception {
        Path file = write("h.csv", "Name,,City,,\nA,b,C,,\n", StandardCharsets.UTF_8, false);

        assertThat(headers(file)).containsExactly("Name", "Column B", "City");
    }

    @Test
    void emptyFileIsRefused() throws Exception {
        assertThat(refusal(write("empty.csv", new byte[0]))).contains("empty.csv is empty");
        assertThat(refusal(write("blank.csv", "\n\n  \n", StandardCharsets.UTF_8, false))).contains("is empty");
        assertThat(refusal(write("bom.csv", "", StandardCharsets.UTF_8, true))).contains("is empty");
    }

    @Test
    void headerOnlyIsRefused() throws Exception {
        assertThat(refusal(write("header.csv", "Name,City\n\n", StandardCharsets.UTF_8, false)))
                .contains("header row (row 1) but no data rows");
    }

    @Test
    void binaryGarbageIsRefused() throws Exception {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        garbage[0] = 'x';
        assertThat(refusal(write("garbage.csv", garbage))).contains("not a spreadsheet", "binary");
    }

    @Test
    void pdfRenamedCsvIsRefused() throws Exception {
        assertThat(refusal(write("report.csv", "%PDF-1.7\n%âãÏÓ\n1 0 obj\n", StandardCharsets.ISO_8859_1, false)))
                .contains("report.csv is not a spreadsheet: it is a PDF document");
    }

    @Test
    void textNamedXlsxIsRefused() throws Exception {
        assertThat(refusal(write("fake.xlsx", "Name,City\nA,B\n", StandardCharsets.UTF_8, false)))
                .contains("fake.xlsx is not a spreadsheet", "not a zip");
    }

    @Test
    void zipThatIsNotAWorkbookAndTruncatedWorkbookAreRefused() throws Exception {
        Path real = realWorkbook();
        byte[] bytes = Files.readAllBytes(real);
        assertThat(refusal(write("cut.xlsx", Arrays.copyOf(bytes, bytes.length / 2))))
                .contains("cut.xlsx is not a spreadsheet", "damaged, truncated");
        byte[] emptyZip = {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        assertThat(refusal(write("empty-zip.xlsx", emptyZip))).contains("not a readable Excel .xlsx workbook");
    }

    @Test
    void unterminatedQuoteIsRefusedNamingTheRow() throws Exception {
        Path file = write("cut.csv", "Name,Notes\nA,fine\nB,\"never closed\nC,more\n", StandardCharsets.UTF_8, false);

        assertThatThrownBy(() -> readAll(file)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Row 3").hasMessageContaining("never closed");
    }

    @Test
    void textAfterAClosingQuoteIsRefusedNamingTheRow() throws Exception {
        Path file = write("q.csv", "Name,Notes\nA,\"quoted\"tail\n", StandardCharsets.UTF_8, false);

        assertThat(refusal(file)).contains("Row 2", "follows the closing quote");
    }

    @Test
    void aFiftyMegabyteSingleLineIsRefusedWithoutReadingItWhole() throws Exception {
        Path file = dir.resolve("huge.csv");
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) 'a');
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("Name,Notes\nAcme,".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 50; i++) {
                out.write(chunk);
            }
        }

        assertThat(refusal(file)).contains("Row 2", "longer than 1,048,576 characters");
    }

    @Test
    void aLongHeaderLineIsRefusedToo() throws Exception {
        Path file = write("wide.csv", "a".repeat(2 << 20) + "\nx\n", StandardCharsets.UTF_8, false);

        assertThat(refusal(file)).contains("Row 1", "longer than");
    }

    @ParameterizedTest
    @ValueSource(strings = {"roster.xlsx", "roster-named.csv"})
    void workbookIsReadByContentWithDatesAsIsoAndNumbersPlain(String name) throws Exception {
        Path file = dir.resolve(name);
        Files.move(realWorkbook(), file);

        try (SheetSource source = SpreadsheetReader.open(file)) {
            assertThat(source.headers()).containsExactly("Organization", "Member since", "IT headcount", "Hours",
                    "Share", "Active", "Notes");
            SheetRow first = source.next();
            assertThat(first.rowNumber()).isEqualTo(2);
            assertThat(first.cells()).containsExactly(UNICODE_NAME, "2025-04-03", "1200", "1.5", "2.5%", "TRUE",
                    "line one\nline two");
            SheetRow second = source.next();
            assertThat(second.rowNumber()).isEqualTo(4);
            assertThat(second.cells()).containsExactly("Beta", "", "7", "", "", "", "", "extra");
            assertThat(source.next()).isNull();
        }
    }

    @Test
    void previewShowsTheFirstRows() throws Exception {
        StringBuilder text = new StringBuilder("Name\n");
        for (int i = 0; i < 50; i++) {
            text.append("Org ").append(i).append('\n');
        }
        SheetPreview preview = SpreadsheetReader.preview(write("p.csv", text.toString(), StandardCharsets.UTF_8, false), 10);

        assertThat(preview.headers()).containsExactly("Name");
        assertThat(preview.rows()).hasSize(10);
        assertThat(preview.rows().get(9).cells()).containsExactly("Org 9");
    }

    private Path realWorkbook() throws IOException {
        Path file = dir.resolve("real-" + System.nanoTime() + ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Members");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("m/d/yy"));
            CellStyle grouped = wb.createCellStyle();
            grouped.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            Row header = sheet.createRow(0);
            String[] names = {"Organization", "Member since", "IT headcount", "Hours", "Share", "Active", "Notes"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Row r = sheet.createRow(1);
            r.createCell(0).setCellValue(UNICODE_NAME);
            r.createCell(1).setCellValue(LocalDate.of(2025, 4, 3));
            r.getCell(1).setCellStyle(date);
            r.createCell(2).setCellValue(1200);
            r.getCell(2).setCellStyle(grouped);
            r.createCell(3).setCellValue(1.5);
            r.createCell(4).setCellValue(0.025);
            r.getCell(4).setCellStyle(percent);
            r.createCell(5).setCellValue(true);
            r.createCell(6).setCellValue("line one\nline two");
            sheet.createRow(2); // a blank row, skipped
            Row r3 = sheet.createRow(3);
            r3.createCell(0).setCellValue("Beta");
            r3.createCell(2).setCellValue(7);
            r3.createCell(7).setCellValue("extra");
            wb.write(out);
        }
        return file;
    }
}
