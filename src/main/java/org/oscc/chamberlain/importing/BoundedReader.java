package org.oscc.chamberlain.importing;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that refuses to hand out more than a limit of characters between two {@link #rowDone()} calls, so that
 * a 50 MB line (or an unclosed quote swallowing the rest of the file) is refused before it is held in memory.
 */
final class BoundedReader extends FilterReader {
    /** Thrown through the CSV parser; carries no row because only the caller knows which row was being read. */
    static final class RowTooLongException extends IOException {
        private static final long serialVersionUID = 1L;

        RowTooLongException() {
            super("row too long"); // for the log; the organizer reads SpreadsheetReader.tooLong(), not a message
        }
    }

    private final long limit;
    private long sinceRow;

    BoundedReader(Reader in, long limit) {
        super(in);
        this.limit = limit;
    }

    void rowDone() {
        sinceRow = 0;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count(1);
        }
        return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws RowTooLongException {
        sinceRow += n;
        if (sinceRow > limit) {
            throw new RowTooLongException();
        }
    }
}
