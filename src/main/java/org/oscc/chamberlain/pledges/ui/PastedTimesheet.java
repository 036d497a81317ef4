package org.oscc.chamberlain.pledges.ui;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.oscc.chamberlain.importing.ColumnMapping;
import org.oscc.chamberlain.importing.HeaderGuesser;
import org.oscc.chamberlain.importing.ValueParsers;
import org.oscc.chamberlain.pledges.ContributionImportFields;

/**
 * Rows copied from a spreadsheet, as the clipboard holds them: cells split by tabs, rows by line breaks (Windows'
 * too), a cell with a tab or a line break in quotes. Without a header row the cells fill the grid's columns left to
 * right; with one (recognised by the timesheet import's column names, so "Heures" or "Duration" work too) each
 * column goes where its header says and columns the grid does not have are left out.
 */
final class PastedTimesheet {
    private static final CSVFormat TAB_SEPARATED = CSVFormat.TDF.builder().setIgnoreSurroundingSpaces(false)
            .setIgnoreEmptyLines(true).setTrim(false).get();

    private PastedTimesheet() {
    }

    /** The pasted rows, each cell under its grid column; blank lines left out. */
    static List<Map<EntryColumn, String>> read(String text, ValueParsers parsers) {
        List<List<String>> lines = split(text);
        if (lines.isEmpty()) {
            return List.of();
        }
        Map<EntryColumn, Integer> columns = headerColumns(lines.get(0), parsers);
        boolean header = !columns.isEmpty();
        if (!header) {
            for (EntryColumn c : EntryColumn.values()) {
                columns.put(c, c.ordinal());
            }
        }
        List<Map<EntryColumn, String>> rows = new ArrayList<>();
        for (List<String> line : header ? lines.subList(1, lines.size()) : lines) {
            Map<EntryColumn, String> row = new EnumMap<>(EntryColumn.class);
            columns.forEach((column, index) -> row.put(column, index < line.size() ? line.get(index).strip() : ""));
            if (row.values().stream().anyMatch(v -> !v.isEmpty())) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<List<String>> split(String text) {
        List<List<String>> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(TAB_SEPARATED).get()) {
            for (CSVRecord r : parser) {
                List<String> cells = r.toList();
                if (cells.stream().anyMatch(c -> !c.isBlank())) {
                    lines.add(cells);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // a stray quote: read the text plainly, one line a row, cells split by tabs
            lines.clear();
            for (String line : text.split("\r\n|\r|\n")) {
                if (!line.isBlank()) {
                    lines.add(List.of(line.split("\t", -1)));
                }
            }
        }
        return lines;
    }

    /**
     * Where each grid column is in the pasted text when its first line is a header: it names at least one of the
     * grid's columns and holds no date (a first row of data always has one). Empty when it is data.
     */
    private static Map<EntryColumn, Integer> headerColumns(List<String> first, ValueParsers parsers) {
        Map<EntryColumn, Integer> columns = new EnumMap<>(EntryColumn.class);
        if (first.stream().anyMatch(cell -> parsers.date(cell).value() != null)) {
            return columns;
        }
        ColumnMapping mapping = HeaderGuesser.guess(first, ContributionImportFields.fields());
        for (EntryColumn c : EntryColumn.values()) {
            if (mapping.isMapped(c.importKey())) {
                columns.put(c, mapping.columnOf(c.importKey()));
            }
        }
        return columns;
    }
}
