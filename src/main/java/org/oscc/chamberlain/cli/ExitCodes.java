package org.oscc.chamberlain.cli;

/** Exit codes of the {@code chamberlain} command, as documented in the README. */
public final class ExitCodes {
    public static final int DONE = 0;
    /** The input was refused; nothing was written. */
    public static final int INPUT_REFUSED = 1;
    public static final int USAGE = 2;
    /** The store is locked by another instance, damaged, newer than this build, or cannot be reached. */
    public static final int STORE_UNUSABLE = 3;
    /** A bug: logged with its stack trace. */
    public static final int INTERNAL_ERROR = 4;

    private ExitCodes() {
    }
}
