package org.oscc.chamberlain.pledges.ui;

import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * A text cell of the quick-entry grid that keeps what was typed when focus leaves it (a plain TextFieldTableCell
 * drops it unless Enter is pressed), and moves to the next column on Tab.
 */
final class EditingCell<S> extends TableCell<S, String> {
    private TextField field;
    private boolean escaped;

    @Override
    public void startEdit() {
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        if (field == null) {
            field = new TextField();
            field.focusedProperty().addListener((o, was, now) -> {
                if (!now && isEditing()) {
                    commitEdit(field.getText());
                }
            });
            field.setOnAction(e -> commitEdit(field.getText()));
            field.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    escaped = true;
                    cancelEdit();
                } else if (e.getCode() == KeyCode.TAB) {
                    commitEdit(field.getText());
                    int next = getTableView().getVisibleLeafIndex(getTableColumn()) + (e.isShiftDown() ? -1 : 1);
                    if (next >= 0 && next < getTableView().getVisibleLeafColumns().size()) {
                        getTableView().edit(getIndex(), getTableView().getVisibleLeafColumn(next));
                    }
                    e.consume();
                }
            });
        }
        escaped = false;
        field.setText(getItem() == null ? "" : getItem());
        setText(null);
        setGraphic(field);
        field.requestFocus();
        field.selectAll();
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        // the table cancels the edit when another cell is clicked: keep the typed text all the same
        if (!escaped && field != null && getTableColumn() != null && getIndex() >= 0
                && getTableColumn().getCellObservableValue(getIndex())
                        instanceof javafx.beans.property.StringProperty w) {
            w.setValue(field.getText());
        }
        setText(getItem());
        setGraphic(null);
    }

    @Override
    public void commitEdit(String value) {
        super.commitEdit(value);
        setText(value);
        setGraphic(null);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (empty) {
            setText(null);
            setGraphic(null);
        } else if (isEditing() && field != null) {
            field.setText(item);
            setText(null);
            setGraphic(field);
        } else {
            setText(item);
            setGraphic(null);
        }
    }
}
