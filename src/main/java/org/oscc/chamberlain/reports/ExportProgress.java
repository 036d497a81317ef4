package org.oscc.chamberlain.reports;

/**
 * Counts the rows of one export (possibly spread over several sheets or files) against their expected total, and
 * passes that on to a {@link Progress} without calling it for every single row: reporting and the cancel check
 * happen every {@link #STRIDE} rows, which keeps both cheap on million-row sheets and Cancel prompt.
 */
public final class ExportProgress {
    static final int STRIDE = 256;

    private final Progress progress;
    private long total;
    private long done;

    public ExportProgress(Progress progress, long expectedTotal) {
        this.progress = progress;
        this.total = Math.max(0, expectedTotal);
    }

    /** A tracker that reports nothing and is never cancelled. */
    public static ExportProgress none() {
        return new ExportProgress(Progress.NONE, 0);
    }

    /** One more row done; throws once the user has cancelled. */
    public void step() throws ExportCancelledException {
        done++;
        if (done % STRIDE == 0) {
            if (done > total) {
                // more rows than counted (rows added meanwhile): keep the bar honest rather than past 100 %
                total = done;
            }
            progress.update(done, total);
            checkCancelled();
        }
    }

    /** Throws when the user has cancelled; call it before slow steps that are not rows (e.g. zipping the file). */
    public void checkCancelled() throws ExportCancelledException {
        if (progress.isCancelled()) {
            throw new ExportCancelledException();
        }
    }

    /** Reports the work as complete. */
    public void finish() {
        total = Math.max(total, done);
        progress.update(total, total);
    }

    public long done() {
        return done;
    }
}
