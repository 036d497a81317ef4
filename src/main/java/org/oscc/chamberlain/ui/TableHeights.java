package org.oscc.chamberlain.ui;

import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;

/**
 * Gives a table a minimum height of a number of rows, so that a detail pane sharing the height (a split pane, a
 * form below) gives way before the list becomes a peephole. Measured from the rendered header and rows.
 */
public final class TableHeights {
    /** Rows a main list shows at least (issue: eight rows on a 1280x720 screen). */
    public static final int MAIN_LIST_ROWS = 8;
    /** Rows kept for an empty or nearly empty list (its placeholder, a first row). */
    private static final int FEWEST_ROWS = 3;

    private TableHeights() {
    }

    /** Keeps at least {@code rows} rows visible; an estimate until the table has been shown once. */
    public static void showAtLeast(TableView<?> table, int rows) {
        table.setMinHeight(estimate(shown(table, rows), 36, 40));
        table.needsLayoutProperty().addListener((obs, was, now) -> {
            if (!now) {
                measure(table, rows);
            }
        });
    }

    private static void measure(TableView<?> table, int rows) {
        Node row = table.lookup(".table-row-cell");
        Node header = table.lookup(".column-header-background");
        if (!(row instanceof Region r) || !(header instanceof Region h) || r.getHeight() <= 0 || h.getHeight() <= 0) {
            return;
        }
        double rowHeight = table.getFixedCellSize() > 0 ? table.getFixedCellSize() : r.getHeight();
        double min = Math.ceil(estimate(shown(table, rows), rowHeight, h.getHeight()) + table.snappedTopInset()
                + table.snappedBottomInset());
        if (Math.abs(table.getMinHeight() - min) > 0.5) {
            table.setMinHeight(min);
        }
    }

    /** A short list needs only the height of its rows: the form beside it keeps the rest. */
    private static int shown(TableView<?> table, int rows) {
        int items = table.getItems() == null ? 0 : table.getItems().size();
        return Math.min(rows, Math.max(FEWEST_ROWS, items));
    }

    private static double estimate(int rows, double rowHeight, double headerHeight) {
        // half a row more, so the eighth row shows whole when a horizontal scroll bar appears
        return headerHeight + (rows + 0.5) * rowHeight;
    }
}
