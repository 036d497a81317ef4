package org.oscc.chamberlain.pledges.ui;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One row of the quick-entry grid while it is typed: text as entered, read only when saving, and the reasons its
 * cells were refused. The grid's small editable state; stored contributions are immutable records.
 */
final class EntryRow {
    final StringProperty date = new SimpleStringProperty("");
    final StringProperty hours = new SimpleStringProperty("");
    final StringProperty contributor = new SimpleStringProperty("");
    final StringProperty what = new SimpleStringProperty("");
    final StringProperty link = new SimpleStringProperty("");
    final SimpleBooleanProperty problem = new SimpleBooleanProperty(false);
    private final Map<EntryColumn, String> cellProblems = new EnumMap<>(EntryColumn.class);

    EntryRow(String date) {
        this.date.set(date);
    }

    /** A row without hours, contributor, description or link is not an entry (its date is filled in for you). */
    boolean isBlank() {
        return hours.get().isBlank() && contributor.get().isBlank() && what.get().isBlank() && link.get().isBlank();
    }

    /** Marks the row, and the cell when the column is known (null: the row as a whole). */
    void mark(EntryColumn column, String reason) {
        problem.set(true);
        if (column != null) {
            cellProblems.merge(column, reason, (a, b) -> a + " " + b);
        }
    }

    void clearMarks() {
        problem.set(false);
        cellProblems.clear();
    }

    /** Why this cell was refused, or null. */
    String problemOf(EntryColumn column) {
        return cellProblems.get(column);
    }
}
