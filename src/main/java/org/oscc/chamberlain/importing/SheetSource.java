package org.oscc.chamberlain.importing;

import java.util.List;
import org.oscc.chamberlain.validation.InvalidInputException;

/**
 * An open spreadsheet being read row by row: its header row and then its data rows, blank rows skipped.
 * Obtain one from {@link SpreadsheetReader#open}; reading never holds more than one row in memory.
 */
public interface SheetSource extends AutoCloseable {

    /** The header cells, trimmed; an empty header cell reads as "Column C" (its letter). */
    List<String> headers();

    /** The row number of the header row (1 unless a workbook has blank rows above it). */
    int headerRowNumber();

    /** File name, format, and for plain-text files the detected encoding and delimiter, e.g. "roster.csv (CSV, UTF-8, ';')". */
    String description();

    /** The next non-blank data row, or null at the end; refuses a damaged file naming the row. */
    SheetRow next() throws InvalidInputException;

    @Override
    void close();
}
