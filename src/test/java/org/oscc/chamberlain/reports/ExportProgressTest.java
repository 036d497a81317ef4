package org.oscc.chamberlain.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportProgressTest {
    /** Records what it is told; cancels once {@code cancelAfter} rows were reported. */
    static final class RecordingProgress implements Progress {
        final List<long[]> updates = new ArrayList<>();
        final long cancelAfter;

        RecordingProgress(long cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public void update(long done, long total) {
            updates.add(new long[] {done, total});
        }

        @Override
        public boolean isCancelled() {
            return !updates.isEmpty() && updates.get(updates.size() - 1)[0] >= cancelAfter;
        }
    }

    @Test
    void reportsEveryStrideAndAtTheEnd() throws Exception {
        RecordingProgress recorded = new RecordingProgress(Long.MAX_VALUE);
        ExportProgress progress = new ExportProgress(recorded, 1000);
        for (int i = 0; i < 1000; i++) {
            progress.step();
        }
        progress.finish();
        assertThat(recorded.updates).extracting(u -> u[0]).containsExactly(256L, 512L, 768L, 1000L);
        assertThat(recorded.updates).allSatisfy(u -> assertThat(u[1]).isEqualTo(1000));
    }

    @Test
    void moreRowsThanExpectedNeverShowMoreThanAllDone() throws Exception {
        RecordingProgress recorded = new RecordingProgress(Long.MAX_VALUE);
        ExportProgress progress = new ExportProgress(recorded, 10);
        for (int i = 0; i < 600; i++) {
            progress.step();
        }
        assertThat(recorded.updates).allSatisfy(u -> assertThat(u[0]).isLessThanOrEqualTo(u[1]));
    }

    @Test
    void cancellingStopsAtTheNextCheck() throws Exception {
        ExportProgress progress = new ExportProgress(new RecordingProgress(512), 10_000);
        assertThatThrownBy(() -> {
            for (int i = 0; i < 10_000; i++) {
                progress.step();
            }
        }).isInstanceOf(ExportCancelledException.class);
        assertThat(progress.done()).isEqualTo(512);
    }
}
