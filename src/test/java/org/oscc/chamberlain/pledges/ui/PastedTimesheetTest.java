package org.oscc.chamberlain.pledges.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oscc.chamberlain.importing.DateOrder;
import org.oscc.chamberlain.importing.ValueParsers;

/** Rows as a spreadsheet puts them on the clipboard, read into the quick-entry grid's columns. */
class PastedTimesheetTest {
    private final ValueParsers parsers = new ValueParsers(DateOrder.UNDECIDED);

    @Test
    void rowsWithoutAHeaderFillTheColumnsLeftToRight() {
        List<Map<EntryColumn, String>> rows = PastedTimesheet.read("2026-03-02\t2\tZoe\r\n\r\n3 March 2026\t1:30",
                parsers);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry(EntryColumn.DATE, "2026-03-02").containsEntry(EntryColumn.HOURS, "2")
                .containsEntry(EntryColumn.CONTRIBUTOR, "Zoe").containsEntry(EntryColumn.LINK, "");
        assertThat(rows.get(1)).containsEntry(EntryColumn.DATE, "3 March 2026").containsEntry(EntryColumn.HOURS,
                "1:30");
    }

    @Test
    void aHeaderRowInTheImportsWordsPlacesEachColumnAndDropsTheOthers() {
        List<Map<EntryColumn, String>> rows = PastedTimesheet.read(
                "Member\tHeures\tJour\tURL\tNotes\nAcme\t2,5\t2026-03-02\thttps://example.org/1\t\"fixed\ttabs\"\n",
                parsers);
        assertThat(rows).containsExactly(Map.of(EntryColumn.DATE, "2026-03-02", EntryColumn.HOURS, "2,5",
                EntryColumn.LINK, "https://example.org/1", EntryColumn.WHAT, "fixed\ttabs"));
    }

    @Test
    void aFirstRowWithADateIsData() {
        assertThat(PastedTimesheet.read("2026-03-02\tHours\n", parsers)).hasSize(1);
        assertThat(PastedTimesheet.read("\n \n", parsers)).isEmpty();
    }
}
