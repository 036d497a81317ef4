package org.oscc.chamberlain.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.oscc.chamberlain.validation.InvalidInputException;
import org.oscc.chamberlain.validation.Problem;
import org.oscc.chamberlain.text.Messages;

/**
 * Reads a comma, semicolon or tab separated file as Excel and LibreOffice write it: double-quoted fields may hold
 * delimiters, doubled quotes and line breaks. A row's number is its record number, as a spreadsheet shows it.
 */
final class CsvSheetSource implements SheetSource {
    private final String fileName;
    private final CsvDialect dialect;
    private final BoundedReader reader;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> headers;
    private int headerRow;
    private int lastRow;

    CsvSheetSource(Path file, CsvDialect dialect) throws IOException, InvalidInputException {
        this.fileName = file.getFileName().toString();
        this.dialect = dialect;
        InputStream in = Files.newInputStream(file);
        try {
            in.skipNBytes(dialect.bomBytes());
            reader = new BoundedReader(new InputStreamReader(in, dialect.charset()),
                    SpreadsheetReader.MAX_ROW_CHARS + 16_384L);
            CSVFormat format = CSVFormat.DEFAULT.builder()
                    .setDelimiter(dialect.delimiter())
                    .setQuote('"')
                    .setIgnoreEmptyLines(false)
                    .setRecordSeparator("\r\n")
                    .get();
            parser = CSVParser.builder().setReader(reader).setFormat(format).get();
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
        records = parser.iterator();
        if (dialect.sepLine()) {
            nextRecord();
            lastRow = 0;
        }
        headers = readHeader();
    }

    private List<String> readHeader() throws InvalidInputException {
        CSVRecord first;
        do {
            first = nextRecord();
            if (first == null) {
                throw new InvalidInputException("", Messages.get("importing.file.emptyCsv", fileName));
            }
        } while (isBlank(first));
        headerRow = lastRow;
        return SpreadsheetReader.cleanHeaders(Arrays.asList(first.values()));
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public int headerRowNumber() {
        return headerRow;
    }

    @Override
    public String description() {
        return Messages.get("importing.file.describeCsv", fileName, dialect.encodingName(), dialect.describeDelimiter());
    }

    @Override
    public SheetRow next() throws InvalidInputException {
        CSVRecord rec;
        do {
            rec = nextRecord();
            if (rec == null) {
                return null;
            }
        } while (isBlank(rec));
        return new SheetRow(lastRow, Arrays.asList(rec.values()));
    }

    private CSVRecord nextRecord() throws InvalidInputException {
        int row = lastRow + 1;
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord rec = records.next();
            reader.rowDone();
            lastRow = row;
            return rec;
        } catch (UncheckedIOException e) {
            throw refusal(row, e.getCause());
        }
    }

    private InvalidInputException refusal(int row, IOException cause) {
        if (cause instanceof BoundedReader.RowTooLongException) {
            return new InvalidInputException(List.of(new Problem(row, "",
                    SpreadsheetReader.tooLong())));
        }
        String text = String.valueOf(cause.getMessage());
        String reason;
        // Commons CSV's words (not a message), turned into the organizer's
        if (text.contains("EOF reached before encapsulated token finished")) { // not a message
            reason = Messages.get("importing.row.unclosedQuote");
        } else if (text.contains("Invalid character between encapsulated token and delimiter")) { // not a message
            reason = Messages.get("importing.row.afterQuote");
        } else {
            reason = Messages.get("importing.row.unreadable", text);
        }
        return new InvalidInputException(List.of(new Problem(row, "", reason)));
    }

    private static boolean isBlank(CSVRecord rec) {
        for (String v : rec.values()) {
            if (!v.isBlank()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // reading is over; a failure to release the file handle changes nothing the user can act on
        }
    }
}
