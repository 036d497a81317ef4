package org.oscc.chamberlain.reports;

/**
 * How long work tells its caller how far it got and learns that it should stop. The desktop binds this to a
 * JavaFX Task (updateProgress / isCancelled); the command line and tests use {@link #NONE} or their own.
 */
public interface Progress {
    /** Never cancelled, reports nothing. */
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code done} of {@code total} units finished; {@code total} may be 0 when it is not known. */
    void update(long done, long total);

    /** True once the user asked to stop; the work then stops at the next row and leaves nothing behind. */
    boolean isCancelled();
}
