package org.oscc.chamberlain.members;

import java.util.List;
import java.util.function.IntConsumer;
import org.oscc.chamberlain.importing.SheetRow;
import org.oscc.chamberlain.importing.SheetSource;
import org.oscc.chamberlain.validation.InvalidInputException;

/** A sheet source that tells how many rows were read every 1,000 rows, for an import's progress display. */
final class CountingSource implements SheetSource {
    private static final int EVERY = 1_000;
    private final SheetSource source;
    private final IntConsumer rowsRead;
    private int count;

    CountingSource(SheetSource source, IntConsumer rowsRead) {
        this.source = source;
        this.rowsRead = rowsRead;
    }

    @Override
    public List<String> headers() {
        return source.headers();
    }

    @Override
    public int headerRowNumber() {
        return source.headerRowNumber();
    }

    @Override
    public String description() {
        return source.description();
    }

    @Override
    public SheetRow next() throws InvalidInputException {
        SheetRow row = source.next();
        if (row != null && ++count % EVERY == 0) {
            rowsRead.accept(count);
        }
        return row;
    }

    @Override
    public void close() {
        source.close();
    }
}
