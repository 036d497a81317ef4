package org.oscc.chamberlain.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The warm-up goes through the whole board report writer on made-up rows, without a store and without leftovers. */
class ReportWarmUpTest {

    @Test
    void writesTheMadeUpReportAndLeavesNoTemporaryFiles() throws Exception {
        Path poiFiles = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        long before = count(poiFiles);
        ReportWarmUp.run();
        assertThat(count(poiFiles)).isLessThanOrEqualTo(before);
    }

    @Test
    void runsOncePerJvm() throws Exception {
        ReportWarmUp.runOnce();
        assertThat(ReportWarmUp.runOnce()).isFalse();
    }

    @Test
    void theMadeUpReportHasEveryStatusColourAndBothCharts() {
        // the made-up input covers the summary's charts: months and a project with hours
        BoardReportInput input = ReportWarmUp.input();
        assertThat(input.months()).hasSizeGreaterThan(1);
        assertThat(input.previous()).isPresent();
    }

    private static long count(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.count();
        }
    }
}
