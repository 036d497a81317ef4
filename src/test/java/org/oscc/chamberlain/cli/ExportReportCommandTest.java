package org.oscc.chamberlain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportReportCommandTest {
    @TempDir
    Path dir;

    private Path sample() {
        Path db = dir.resolve("chamber.db");
        assertThat(CliRunner.run("demo", "--db", db.toString()).exitCode()).isZero();
        return db;
    }

    @Test
    void writesTheBoardReportForAQuarter() throws Exception {
        Path db = sample();
        Path file = dir.resolve("q3.xlsx");
        CliRunner.Result r = CliRunner.run("export", "report", "--out", file.toString(), "--quarter", "2026-Q3",
                "--db", db.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.DONE);
        assertThat(r.out()).contains("2026-Q3", "2026-07-01 to 2026-09-30", "q3.xlsx");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetName(0)).isEqualTo("Summary");
            assertThat(wb.getSheet("Summary").getRow(1).getCell(0).getStringCellValue()).contains("2026-Q3");
        }
    }

    @Test
    void takesAFiscalYearOrCustomDates() {
        Path db = sample();
        CliRunner.Result fy = CliRunner.run("export", "report", "--out", dir.resolve("fy.xlsx").toString(),
                "--fiscal-year", "2025", "--db", db.toString());
        assertThat(fy.exitCode()).as(fy.err()).isEqualTo(ExitCodes.DONE);
        assertThat(fy.out()).contains("FY2025");
        CliRunner.Result custom = CliRunner.run("export", "report", "--out", dir.resolve("c.xlsx").toString(),
                "--from", "2026-02-01", "--to", "2026-03-15", "--db", db.toString());
        assertThat(custom.exitCode()).as(custom.err()).isEqualTo(ExitCodes.DONE);
        assertThat(custom.out()).contains("2026-02-01 to 2026-03-15");
    }

    @Test
    void refusesBadPeriodsAndNamesWithExitOne() {
        Path db = dir.resolve("c.db");
        CliRunner.Result backwards = CliRunner.run("export", "report", "--out", dir.resolve("r.xlsx").toString(),
                "--from", "2026-03-15", "--to", "2026-02-01", "--db", db.toString());
        assertThat(backwards.exitCode()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(backwards.err()).contains("before it starts");
        CliRunner.Result csv = CliRunner.run("export", "report", "--out", dir.resolve("r.csv").toString(),
                "--db", db.toString());
        assertThat(csv.exitCode()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(csv.err()).contains(".xlsx");
        assertThat(dir.resolve("r.xlsx")).doesNotExist();
    }
}
