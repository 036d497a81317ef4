package org.oscc.chamberlain.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateTempFilesTest {
    @TempDir
    Path tmp;

    @Test
    void temporaryFilesGoToAFreshFolderOnlyTheOwnerCanEnter() throws Exception {
        PrivateTempFiles strategy = new PrivateTempFiles(tmp);

        File file = strategy.createTempFile("poi-sxssf-sheet", ".xml");

        Path folder = file.toPath().getParent();
        assertThat(folder.getParent()).isEqualTo(tmp);
        assertThat(folder.getFileName().toString()).startsWith("chamberlain-poi-").isNotEqualTo("poifiles");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(strategy.createTempDirectory("dir").toPath().getParent()).isEqualTo(folder);
    }

    @Test
    void aFolderOfPoiFilesOwnedBySomeoneElseIsNotNeeded() throws Exception {
        // what broke exports for a second user: POI's shared folder exists and cannot be written (here: is a file)
        Files.writeString(tmp.resolve("poifiles"), "in the way");
        PrivateTempFiles strategy = new PrivateTempFiles(tmp);
        Path target = tmp.resolve("report.xlsx");

        TempFile.withStrategy(strategy, () -> {
            try {
                SafeOutput.write(target, out -> {
                    try (WorkbookWriter workbook = new WorkbookWriter("OSCC")) {
                        workbook.sheet("Names", List.of(Column.<String>text("Name", s -> s)))
                                .writeRows(List.of("Ada", "Grace").iterator(), ExportProgress.none());
                        workbook.write(out);
                    }
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return null;
        });

        try (InputStream in = Files.newInputStream(target); XSSFWorkbook read = new XSSFWorkbook(in)) {
            assertThat(read.getSheet("Names").getRow(2).getCell(0).getStringCellValue()).isEqualTo("Grace");
        }
        try (var left = Files.list(strategy.folder())) {
            assertThat(left).as("closing the workbook deletes its temporary sheets").isEmpty();
        }
    }

    @Test
    void theFolderIsMadeAgainWhenSomethingRemovedIt() throws Exception {
        PrivateTempFiles strategy = new PrivateTempFiles(tmp);
        Path first = strategy.folder();
        Files.delete(first);

        assertThat(strategy.createTempFile("a", ".xml")).exists();
    }
}
