package org.oscc.chamberlain.pitches.ui;

import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.oscc.chamberlain.pitches.SlotKind;
import org.oscc.chamberlain.pitches.TimedSlot;

/** An agenda slot's title with an icon saying whether it is a pitch or a break (the table has no kind column). */
final class SlotTitleCell extends TableCell<TimedSlot, String> {
    @Override
    protected void updateItem(String title, boolean empty) {
        super.updateItem(title, empty);
        TimedSlot slot = empty || getTableRow() == null ? null : getTableRow().getItem();
        if (slot == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            return;
        }
        setText(title);
        // long titles are cut to fit the column: the whole title on hover
        setTooltip(title == null || title.isBlank() ? null : new Tooltip(title));
        boolean isBreak = slot.slot().kind() == SlotKind.BREAK;
        FontIcon icon = new FontIcon(isBreak ? "mdi2c-coffee-outline" : "mdi2p-presentation");
        icon.getStyleClass().add(isBreak ? "agenda-break-icon" : "agenda-pitch-icon");
        setGraphic(icon);
    }
}
