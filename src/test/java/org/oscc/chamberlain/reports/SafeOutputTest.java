package org.oscc.chamberlain.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.validation.InvalidInputException;

class SafeOutputTest {
    @TempDir
    Path dir;

    private long filesIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.count();
        }
    }

    @Test
    void aCompleteWriteEndsUpAtTheTargetAndNothingElseRemains() throws Exception {
        Path target = dir.resolve("sub").resolve("out.txt");
        SafeOutput.write(target, out -> out.write("done".getBytes(StandardCharsets.UTF_8)));
        assertThat(target).hasContent("done");
        assertThat(filesIn(target.getParent())).isEqualTo(1);
    }

    @Test
    void aFailedWriteLeavesNoFileAndKeepsAnOlderOne() throws Exception {
        Path target = dir.resolve("out.txt");
        Files.writeString(target, "old");
        assertThatThrownBy(() -> SafeOutput.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(target).hasContent("old");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void aCancelledWriteLeavesNothing() throws Exception {
        Path target = dir.resolve("out.txt");
        assertThatThrownBy(() -> SafeOutput.write(target, out -> {
            out.write(new byte[1 << 20]);
            throw new ExportCancelledException();
        })).isInstanceOf(ExportCancelledException.class);
        assertThat(filesIn(dir)).isZero();
    }

    @Test
    void aBugInTheWriterAlsoLeavesNothing() {
        Path target = dir.resolve("out.txt");
        assertThatThrownBy(() -> SafeOutput.write(target, out -> {
            throw new IllegalStateException("bug");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(target).doesNotExist();
    }

    @Test
    void aFolderIsNotATarget() {
        assertThatThrownBy(() -> SafeOutput.write(dir, out -> { })).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("folder");
    }

    @Test
    void aFolderThatCannotBeWrittenInIsRefusedWithItsNameAndNoTemporaryName() throws Exception {
        // a file where the folder should be: refused even for root, which read-only permissions would not stop
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        Path target = blocker.resolve("report.xlsx");
        assertThatThrownBy(() -> SafeOutput.write(target, out -> out.write(1)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Cannot write in the folder " + blocker)
                .hasMessageContaining("Choose another folder")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(".partial"));
        assertThat(Files.readString(blocker)).isEqualTo("x");
    }
}
