package org.oscc.chamberlain.importing;

import java.util.List;

/**
 * One data row of a spreadsheet as text cells, with the row number the spreadsheet shows (the header is row 1 in a
 * plain file; in a workbook, its own row number). Cells past the end of a short row read as empty.
 */
public record SheetRow(int rowNumber, List<String> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    /** The cell at a 0-based column, or "" when the row is shorter. */
    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    public boolean isBlank() {
        for (String c : cells) {
            if (!c.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
