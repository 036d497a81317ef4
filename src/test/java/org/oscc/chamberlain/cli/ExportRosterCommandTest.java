package org.oscc.chamberlain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportRosterCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesTheRosterWorkbook() throws Exception {
        Path db = dir.resolve("chamber.db");
        assertThat(CliRunner.run("demo", "--db", db.toString()).exitCode()).isZero();
        Path file = dir.resolve("roster.xlsx");
        CliRunner.Result r = CliRunner.run("export", "roster", "--out", file.toString(), "--db", db.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.DONE);
        assertThat(r.out()).contains("Wrote", "roster.xlsx", "rows");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetName(0)).isEqualTo("Members");
            assertThat(wb.getSheetAt(0).getLastRowNum()).isGreaterThan(1);
        }
    }

    @Test
    void writesTheRosterCsv() throws Exception {
        Path db = dir.resolve("chamber.db");
        Path file = dir.resolve("roster.CSV");
        CliRunner.Result r = CliRunner.run("export", "roster", "--out", file.toString(), "--db", db.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.DONE);
        assertThat(Files.readAllBytes(file)).startsWith(0xEF, 0xBB, 0xBF);
    }

    @Test
    void anUnknownExtensionIsRefusedWithExitOne() {
        Path file = dir.resolve("roster.ods");
        CliRunner.Result r = CliRunner.run("export", "roster", "--out", file.toString(), "--db",
                dir.resolve("c.db").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(r.err()).contains("must end in .xlsx", ".csv");
        assertThat(file).doesNotExist();
        assertThat(dir.resolve("c.db")).as("the store is not even opened").doesNotExist();
    }

    @Test
    void exportWithoutWhatToExportIsAUsageError() {
        CliRunner.Result r = CliRunner.run("export", "--db", dir.resolve("c.db").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("roster");
    }
}
