package org.oscc.chamberlain.pledges.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.StringProperty;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A text cell of the quick-entry grid, edited as in a spreadsheet: the edit starts with the character typed on the
 * selected cell (or the cell's text, for F2 and double click); Enter, Tab and the up and down arrows commit and hand
 * the key to the grid to move on; Esc puts the old text back. What was typed is kept when focus leaves the cell (a
 * plain TextFieldTableCell drops it unless Enter is pressed). A refused cell is outlined, its reason on hover too.
 */
final class EditingCell extends TableCell<EntryRow, String> {
    static final String EDITOR = "entry-editor";
    static final String PROBLEM = "entry-cell-problem";

    private final EntryColumn column;
    private final Supplier<String> seed;
    private final Consumer<KeyEvent> moveOn;
    private TextField field;
    private StringProperty editing;
    private boolean escaped;

    /**
     * @param seed   the text an edit starts with when it was started by typing (taken once), else null
     * @param moveOn told of the key that committed the edit, to move the selection
     */
    EditingCell(EntryColumn column, Supplier<String> seed, Consumer<KeyEvent> moveOn) {
        this.column = column;
        this.seed = seed;
        this.moveOn = moveOn;
    }

    @Override
    public void startEdit() {
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        if (field == null) {
            field = new TextField();
            field.getStyleClass().add(EDITOR);
            field.focusedProperty().addListener((o, was, now) -> {
                if (!now && isEditing()) {
                    commitEdit(field.getText());
                }
            });
            field.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        }
        escaped = false;
        editing = getTableRow() == null || getTableRow().getItem() == null ? null
                : column.of(getTableRow().getItem());
        String typed = seed.get();
        field.setText(typed != null ? typed : getItem() == null ? "" : getItem());
        setText(null);
        setGraphic(field);
        field.requestFocus();
        field.end();
    }

    private void keyPressed(KeyEvent e) {
        KeyCode code = e.getCode();
        if (code == KeyCode.ESCAPE) {
            escaped = true;
            cancelEdit();
            e.consume();
        } else if (code == KeyCode.ENTER || code == KeyCode.TAB || code == KeyCode.UP || code == KeyCode.DOWN) {
            commitEdit(field.getText());
            moveOn.accept(e);
            e.consume();
        }
    }

    @Override
    public void cancelEdit() {
        if (!isEditing()) {
            return;
        }
        super.cancelEdit();
        // the table cancels the edit when another cell is clicked: keep the typed text all the same (not after Esc)
        if (!escaped && field != null && editing != null) {
            editing.set(field.getText());
        }
        editing = null;
        show(getItem(), false);
    }

    @Override
    public void commitEdit(String value) {
        super.commitEdit(value);
        editing = null;
        show(value, false);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        show(item, empty);
    }

    private void show(String item, boolean empty) {
        EntryRow row = getTableRow() == null ? null : getTableRow().getItem();
        String problem = empty || row == null ? null : row.problemOf(column);
        getStyleClass().remove(PROBLEM);
        if (problem != null) {
            getStyleClass().add(PROBLEM);
        }
        setTooltip(problem == null ? null : new Tooltip(problem));
        if (empty) {
            setText(null);
            setGraphic(null);
        } else if (isEditing() && field != null) {
            setText(null);
            setGraphic(field);
        } else {
            setText(item);
            setGraphic(null);
        }
    }
}
