package org.oscc.chamberlain.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.oscc.chamberlain.text.DateTimeText;

/**
 * Writes rows as CSV that Excel and LibreOffice open correctly: UTF-8 with a byte-order mark (without it Excel
 * reads accents as Windows-1252), CRLF line ends and RFC 4180 quoting (fields quoted only when they hold a comma,
 * quote or line break). Text goes through {@link FormulaGuard}; numbers and dates are written plainly (ISO dates,
 * hours with up to two decimals, percentages as "2.5%") so that spreadsheets read them as values.
 */
public final class CsvWriter<T> {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setRecordSeparator("\r\n").setQuoteMode(QuoteMode.MINIMAL).get();

    private final List<Column<T>> columns;

    public CsvWriter(List<Column<T>> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a CSV file needs at least one column");
        }
        this.columns = List.copyOf(columns);
    }

    /** Writes the header and every row to {@code out} (which stays open), counting rows in {@code progress}. */
    public void write(OutputStream out, Iterator<? extends T> rows, ExportProgress progress)
            throws IOException, ExportCancelledException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        for (Column<T> column : columns) {
            printer.print(FormulaGuard.forCsv(column.header()));
        }
        printer.println();
        while (rows.hasNext()) {
            T row = rows.next();
            for (Column<T> column : columns) {
                printer.print(field(column, column.valueOf(row)));
            }
            printer.println();
            progress.step();
        }
        // flush, not close: closing would close the caller's stream
        printer.flush();
    }

    /** The text of one field. */
    static String field(Column<?> column, Object value) {
        if (value == null) {
            return "";
        }
        return switch (column.kind()) {
            case TEXT, TEXT_AS_IS -> FormulaGuard.forCsv(value.toString());
            case INTEGER -> Long.toString(whole(column, value));
            case HOURS -> BigDecimal.valueOf(whole(column, value)).divide(BigDecimal.valueOf(60), 2,
                    RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
            case PERCENT -> BigDecimal.valueOf(whole(column, value), 2).stripTrailingZeros().toPlainString() + "%";
            case DATE -> DateTimeText.date(typed(column, value, LocalDate.class));
            case DATETIME -> DateTimeText.dateTime(typed(column, value, LocalDateTime.class));
        };
    }

    private static long whole(Column<?> column, Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return ((Number) value).longValue();
        }
        throw new IllegalArgumentException("column \"" + column.header() + "\" (" + column.kind()
                + ") cannot hold a " + value.getClass().getSimpleName()); // not a message: a bug
    }

    private static <V> V typed(Column<?> column, Object value, Class<V> type) {
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("column \"" + column.header() + "\" (" + column.kind()
                    + ") cannot hold a " + value.getClass().getSimpleName()); // not a message: a bug
        }
        return type.cast(value);
    }
}
