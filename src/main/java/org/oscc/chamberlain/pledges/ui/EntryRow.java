package org.oscc.chamberlain.pledges.ui;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One row of the quick-entry grid while it is typed: text as entered, read only when saving. The grid's small
 * editable state; stored contributions are immutable records.
 */
final class EntryRow {
    final StringProperty date = new SimpleStringProperty("");
    final StringProperty hours = new SimpleStringProperty("");
    final StringProperty contributor = new SimpleStringProperty("");
    final StringProperty what = new SimpleStringProperty("");
    final StringProperty link = new SimpleStringProperty("");
    final SimpleBooleanProperty problem = new SimpleBooleanProperty(false);

    EntryRow(String date) {
        this.date.set(date);
    }

    boolean isBlank() {
        return hours.get().isBlank() && contributor.get().isBlank() && what.get().isBlank() && link.get().isBlank();
    }
}
