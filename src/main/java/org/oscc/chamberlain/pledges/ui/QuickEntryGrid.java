package org.oscc.chamberlain.pledges.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import org.oscc.chamberlain.importing.Parsed;
import org.oscc.chamberlain.importing.ValueParsers;
import org.oscc.chamberlain.pledges.ContributionField;
import org.oscc.chamberlain.ui.Messages;
import org.oscc.chamberlain.validation.Problem;

/**
 * The quick-entry grid, kept like a spreadsheet: a click selects a cell, typing on it starts editing with that
 * character (F2 or a double click edit its text), Enter moves down, Tab and Shift+Tab move right and left (on to the
 * next row, a new one at the end), Delete empties a cell, Esc puts an edit back, Ctrl+V adds the rows copied from a
 * spreadsheet. Keys pressed in the grid stay in it: none reaches a button behind it (Ctrl and Alt shortcuts do).
 */
final class QuickEntryGrid {
    private final TableView<EntryRow> table = new TableView<>();
    private final StackPane box = new StackPane(table);
    private final ValueParsers parsers;
    private final Supplier<LocalDate> newRowDate;
    private final IntConsumer pasted;
    private final Consumer<Boolean> leave;
    /** The character that started the edit under way, for the cell to begin with. */
    private String seed;

    /**
     * @param pasted told how many rows a paste added (after they were checked and marked)
     * @param leave  moves the focus out of the grid on Ctrl+Tab (true) or Ctrl+Shift+Tab (false), since Tab stays
     */
    QuickEntryGrid(ValueParsers parsers, Supplier<LocalDate> newRowDate, IntConsumer pasted,
            Consumer<Boolean> leave) {
        this.parsers = parsers;
        this.newRowDate = newRowDate;
        this.pasted = pasted;
        this.leave = leave;
        table.setId("entryGrid");
        table.getStyleClass().add("entry-grid");
        table.setEditable(true);
        table.setPrefHeight(150);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        for (EntryColumn c : EntryColumn.values()) {
            table.getColumns().add(column(c));
        }
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(EntryRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("entry-problem");
                if (!empty && row != null && row.problem.get()) {
                    getStyleClass().add("entry-problem");
                }
            }
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        table.addEventFilter(KeyEvent.KEY_TYPED, this::keyTyped);
        // whatever the grid and its editor leave unconsumed stops here, short of the screen's buttons
        box.addEventHandler(KeyEvent.ANY, e -> {
            if (!e.isShortcutDown() && !e.isAltDown() && !e.isMetaDown()) {
                e.consume();
            }
        });
    }

    Node node() {
        return box;
    }

    List<EntryRow> rows() {
        return table.getItems();
    }

    boolean hasEntries() {
        return table.getItems().stream().anyMatch(r -> !r.isBlank());
    }

    /** Empties the grid down to one fresh row. */
    void reset() {
        table.getItems().clear();
        addRow();
    }

    void addRow() {
        table.getItems().add(new EntryRow(newRowDate.get().toString()));
    }

    /** Shows the marks set on the rows (their cells read them as they are drawn). */
    void showMarks() {
        table.refresh();
    }

    /**
     * Reads each non-blank row's date and hours, marking every cell that cannot be read; returns one line per problem
     * ("Row 2, column "Hours": ..."), rows numbered as the grid shows them.
     */
    List<String> check() {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < table.getItems().size(); i++) {
            EntryRow r = table.getItems().get(i);
            r.clearMarks();
            if (r.isBlank()) {
                continue;
            }
            checkCell(i, r, EntryColumn.DATE, parsers.date(r.date.get()), problems);
            checkCell(i, r, EntryColumn.HOURS, parsers.hours(r.hours.get()), problems);
        }
        showMarks();
        return problems;
    }

    private void checkCell(int index, EntryRow r, EntryColumn column, Parsed<?> value, List<String> problems) {
        String reason = value.failed() ? value.problem() : value.isEmpty() ? Messages.get("pledges.grid.required")
                : null;
        if (reason != null) {
            problems.add(mark(index, r, column, reason));
        }
    }

    /** Marks a stored-side refusal on its row and cell; returns its line, named by the grid's row and header. */
    String mark(EntryRow r, Problem p) {
        EntryColumn column = ContributionField.ofKey(p.key()).map(EntryColumn::of).orElse(null);
        return mark(table.getItems().indexOf(r), r, column, p.message());
    }

    private String mark(int index, EntryRow r, EntryColumn column, String reason) {
        r.mark(column, reason);
        return new Problem(index + 1, column == null ? "" : column.header(), reason).describe();
    }

    private void keyPressed(KeyEvent e) {
        KeyCode code = e.getCode();
        String clipboard = e.isShortcutDown() && code == KeyCode.V ? Clipboard.getSystemClipboard().getString()
                : null;
        if (table.getEditingCell() != null) {
            // the editor keeps its own keys (EditingCell), but rows pasted into it become rows
            if (clipboard != null && (clipboard.contains("\t") || clipboard.strip().contains("\n"))) {
                table.edit(-1, null);
                paste(clipboard);
                e.consume();
            }
            return;
        }
        if (clipboard != null) {
            paste(clipboard);
        } else if (code == KeyCode.TAB && e.isShortcutDown()) {
            leave.accept(!e.isShiftDown());
        } else if (e.isShortcutDown() || e.isAltDown()) {
            return;
        } else if (code == KeyCode.ENTER || code == KeyCode.TAB) {
            moveOn(e);
        } else if (code == KeyCode.F2) {
            edit(null);
        } else if (code == KeyCode.SPACE) {
            // the table would edit the text there; the space typed next replaces it, as any other character does
        } else if (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) {
            TablePosition<EntryRow, ?> at = focused();
            if (at != null) {
                EntryColumn.values()[at.getColumn()].of(table.getItems().get(at.getRow())).set("");
            }
        } else {
            return; // arrows, Home, End, Page up/down: the table's own moves
        }
        e.consume();
    }

    private void keyTyped(KeyEvent e) {
        String c = e.getCharacter();
        if (table.getEditingCell() != null || e.isControlDown() || e.isMetaDown() || c.isEmpty()
                || c.charAt(0) < ' ' || c.charAt(0) == 127) {
            return;
        }
        edit(c);
        e.consume();
    }

    /** Starts editing the selected cell, with this text instead of the cell's (null: the cell's). */
    private void edit(String startWith) {
        TablePosition<EntryRow, ?> at = focused();
        if (at == null) {
            return;
        }
        seed = startWith;
        table.edit(at.getRow(), table.getVisibleLeafColumn(at.getColumn()));
    }

    /** After Enter, Tab or an arrow committed an edit, or on Enter and Tab between edits: where the key leads. */
    void moveOn(KeyEvent key) {
        TablePosition<EntryRow, ?> at = focused();
        if (at == null) {
            return;
        }
        int row = at.getRow();
        int col = at.getColumn();
        int last = EntryColumn.values().length - 1;
        switch (key.getCode()) {
            case TAB -> {
                if (key.isShiftDown()) {
                    if (col > 0) {
                        col--;
                    } else if (row > 0) {
                        row--;
                        col = last;
                    }
                } else if (col < last) {
                    col++;
                } else {
                    row++;
                    col = 0;
                }
            }
            case UP -> row = Math.max(0, row - 1);
            default -> row += key.isShiftDown() ? (row > 0 ? -1 : 0) : 1;
        }
        if (row == table.getItems().size()) {
            if (table.getItems().get(row - 1).isBlank()) {
                row--; // one empty row at the end is enough
                col = at.getColumn();
            } else {
                addRow();
            }
        }
        select(row, col);
    }

    private void select(int row, int col) {
        TableColumn<EntryRow, ?> column = table.getVisibleLeafColumn(col);
        table.getSelectionModel().clearAndSelect(row, column);
        table.getFocusModel().focus(row, column);
        reveal(column);
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(row); // just enough to show it, unlike TableView.scrollTo
        } else {
            table.scrollTo(row);
        }
        table.requestFocus();
    }

    /** Scrolls sideways just enough to show the column (TableView.scrollToColumn puts it at the left edge). */
    private void reveal(TableColumn<EntryRow, ?> column) {
        ScrollBar bar = table.lookupAll(".scroll-bar").stream().filter(n -> n instanceof ScrollBar b
                && b.getOrientation() == Orientation.HORIZONTAL && b.isVisible()).map(n -> (ScrollBar) n)
                .findFirst().orElse(null);
        Node view = table.lookup(".clipped-container");
        if (bar == null || view == null) {
            return;
        }
        double left = 0;
        for (TableColumn<EntryRow, ?> c : table.getVisibleLeafColumns()) {
            if (c == column) {
                break;
            }
            left += c.getWidth();
        }
        double width = view.getLayoutBounds().getWidth();
        if (left < bar.getValue()) {
            bar.setValue(left);
        } else if (left + column.getWidth() > bar.getValue() + width) {
            bar.setValue(Math.min(bar.getMax(), left + column.getWidth() - width));
        }
    }

    /** The selected cell, the first one when none is. */
    private TablePosition<EntryRow, ?> focused() {
        if (table.getItems().isEmpty()) {
            return null;
        }
        TablePosition<EntryRow, ?> at = table.getFocusModel().getFocusedCell();
        if (at == null || at.getRow() < 0 || at.getColumn() < 0) {
            select(0, 0);
            at = table.getFocusModel().getFocusedCell();
        }
        return at;
    }

    /**
     * Adds the rows copied from a spreadsheet in place of the blank rows at the end, dates read as the timesheet
     * import reads them and shown as year-month-day; every cell that cannot be read is marked.
     */
    void paste(String text) {
        List<Map<EntryColumn, String>> rows = PastedTimesheet.read(text, parsers);
        if (rows.isEmpty()) {
            return;
        }
        List<EntryRow> items = table.getItems();
        while (!items.isEmpty() && items.get(items.size() - 1).isBlank()) {
            items.remove(items.size() - 1);
        }
        int first = items.size();
        for (Map<EntryColumn, String> cells : rows) {
            EntryRow r = new EntryRow("");
            cells.forEach((column, value) -> column.of(r).set(value));
            LocalDate date = parsers.date(r.date.get()).value();
            if (date != null) {
                r.date.set(date.toString());
            }
            items.add(r);
        }
        select(first, 0);
        pasted.accept(rows.size());
    }

    private TableColumn<EntryRow, String> column(EntryColumn c) {
        TableColumn<EntryRow, String> column = new TableColumn<>(c.header());
        column.setPrefWidth(c.width());
        column.setSortable(false);
        column.setReorderable(false);
        column.setCellValueFactory(d -> c.of(d.getValue()));
        column.setCellFactory(col -> new EditingCell(c, this::takeSeed, this::moveOn));
        column.setOnEditCommit(e -> c.of(e.getRowValue()).set(e.getNewValue()));
        return column;
    }

    private String takeSeed() {
        String s = seed;
        seed = null;
        return s;
    }
}
