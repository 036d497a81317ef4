package org.oscc.chamberlain.pitches.ui;

import java.util.function.BiConsumer;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.util.Callback;
import org.oscc.chamberlain.pitches.TimedSlot;

/** Agenda rows that can be dragged onto another row: the slot lands at that row's place. */
final class AgendaDragAndDrop implements Callback<TableView<TimedSlot>, TableRow<TimedSlot>> {
    /** The dragged row's index; only this screen's rows carry it, so drops from elsewhere are ignored. */
    private static final DataFormat SLOT_INDEX = new DataFormat("application/x-chamberlain-agenda-slot");
    private final BiConsumer<Integer, Integer> move;

    AgendaDragAndDrop(BiConsumer<Integer, Integer> move) {
        this.move = move;
    }

    @Override
    public TableRow<TimedSlot> call(TableView<TimedSlot> table) {
        TableRow<TimedSlot> row = new TableRow<>();
        row.setOnDragDetected(e -> {
            if (!row.isEmpty()) {
                Dragboard board = row.startDragAndDrop(TransferMode.MOVE);
                board.setDragView(row.snapshot(null, null));
                ClipboardContent content = new ClipboardContent();
                content.put(SLOT_INDEX, row.getIndex());
                board.setContent(content);
                e.consume();
            }
        });
        row.setOnDragOver(e -> {
            if (e.getGestureSource() != row && e.getDragboard().hasContent(SLOT_INDEX)) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        row.setOnDragDropped(e -> {
            Dragboard board = e.getDragboard();
            if (board.hasContent(SLOT_INDEX)) {
                int from = (Integer) board.getContent(SLOT_INDEX);
                int to = row.isEmpty() ? table.getItems().size() - 1 : row.getIndex();
                move.accept(from, to);
                e.setDropCompleted(true);
            }
            e.consume();
        });
        return row;
    }
}
