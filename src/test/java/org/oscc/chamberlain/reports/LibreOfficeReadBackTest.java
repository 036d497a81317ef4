package org.oscc.chamberlain.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens a written workbook in a real spreadsheet program (LibreOffice, headless, converting to CSV), which does not
 * recalculate xlsx formulas on load: the totals show only if their cached values were written. Skipped where
 * LibreOffice is not installed.
 */
class LibreOfficeReadBackTest {
    @TempDir
    Path dir;

    static boolean sofficeOnPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, "soffice"))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void libreOfficeShowsTheTotalsWithoutRecalculatingAndTheInjectionAsText() throws Exception {
        Assumptions.assumeTrue(sofficeOnPath(), "LibreOffice (soffice) is not installed");
        Path xlsx = dir.resolve("sample.xlsx");
        SafeOutput.write(xlsx, out -> {
            try (WorkbookWriter workbook = new WorkbookWriter("Ottawa OSCC")) {
                workbook.sheet("Members", WorkbookWriterTest.COLUMNS)
                        .writeRows(WorkbookWriterTest.LINES.iterator(), ExportProgress.none()).totalsRow("Total");
                workbook.write(out);
            }
        });
        Path converted = Files.createDirectory(dir.resolve("converted"));
        Process soffice = new ProcessBuilder("soffice",
                "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(), "--headless", "--convert-to",
                "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", converted.toString(), xlsx.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(soffice.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        Path csv = converted.resolve("sample.csv");
        assertThat(csv).as(Files.readString(dir.resolve("soffice.log"))).exists();

        List<CSVRecord> rows = CSVFormat.RFC4180
                .parse(new StringReader(Files.readString(csv, StandardCharsets.UTF_8))).getRecords();
        assertThat(rows).hasSize(5);
        assertThat(rows.get(1).get(0)).isEqualTo("Société Générale du Québec");
        assertThat(rows.get(1).get(1)).isEqualTo("+1 613 555 0100");
        assertThat(rows.get(2).get(0)).isEqualTo("東京オープンソース 🚀");
        // evaluated, the HYPERLINK would show its label "y"
        assertThat(rows.get(3).get(0)).isEqualTo("=HYPERLINK(\"http://x\",\"y\")");
        CSVRecord totals = rows.get(4);
        assertThat(totals.get(0)).isEqualTo("Total");
        assertThat(totals.get(2)).isEqualTo("47");
        assertThat(totals.get(3)).isEqualTo("12.0");
        assertThat(rows.get(1).get(4)).isEqualTo("2.5%");
        assertThat(rows.get(1).get(5)).isEqualTo("2024-03-01");
    }
}
