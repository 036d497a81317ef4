package org.oscc.chamberlain.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.validation.InvalidInputException;

/** A workbook that unpacks to far more than its size (a zip bomb) or is cut short gets a plain refusal. */
class HostileWorkbookTest {
    @TempDir
    Path dir;

    @Test
    void aZipBombIsRefusedInPlainWordsWithoutTheParsersAdviceToProgrammers() throws Exception {
        String row = "<row><c t=\"inlineStr\"><is><t>" + "A".repeat(50_000) + "</t></is></c></row>";
        Path bomb = workbook("bomb.xlsx", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Name</t></is></c></row>"
                + row.repeat(400));

        String refusal = refusal(bomb);

        assertThat(refusal).contains("bomb.xlsx", "unpacks to far more data than a spreadsheet of its size holds",
                "Nothing was imported").doesNotContain("Zip bomb", "ZipSecureFile", "setMinInflateRatio", "Exception");
    }

    @Test
    void aWorkbookCutShortIsNotASpreadsheetInPlainWords() throws Exception {
        Path whole = workbook("whole.xlsx", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Name</t></is></c></row>");
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThat(refusal(cut)).startsWith("cut.xlsx is not a spreadsheet").doesNotContain("Exception", "openxml4j");
    }

    private static String refusal(Path file) {
        InvalidInputException e = catchThrowableOfType(() -> {
            try (SheetSource source = SpreadsheetReader.open(file)) {
                while (source.next() != null) {
                    // read every row, as an import does
                }
            }
        }, InvalidInputException.class);
        assertThat(e).as("refused").isNotNull();
        return e.problems().get(0).message();
    }

    private Path workbook(String name, String rows) throws Exception {
        Map<String, String> parts = new java.util.LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats"
                + "-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override "
                + "PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                + "spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\""
                + "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
        parts.put("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
                + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                + "officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        parts.put("xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas."
                + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
                + "openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "</Relationships>");
        parts.put("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas."
                + "openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + rows + "</sheetData></worksheet>");
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
