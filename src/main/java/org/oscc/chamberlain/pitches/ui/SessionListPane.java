package org.oscc.chamberlain.pitches.ui;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.StackPane;
import org.oscc.chamberlain.pitches.SessionRow;
import org.oscc.chamberlain.ui.EmptyState;
import org.oscc.chamberlain.ui.Messages;

/**
 * The pitch nights screen's left pane: the nights as a list or as a month grid (a toggle between them), or the
 * empty state that offers a first night. A night the organizer picks is told to the screen; putting the shown night
 * back in the list (after a reload, or a Cancel) is not.
 */
final class SessionListPane {
    /** The pane's controls, as the view declares them. */
    record Controls(ListView<SessionRow> list, StackPane host, ToggleButton listMode, ToggleButton monthMode) {
    }

    private final Controls c;
    private final MonthGrid monthGrid;
    private final EmptyState noSessions = new EmptyState("mdi2p-presentation", Messages.get("pitches.empty.title"),
            Messages.get("pitches.empty.text"));
    /** Set while the selection is put back to the shown night, which must not open it again. */
    private boolean syncing;

    SessionListPane(Controls controls, Clock clock, Supplier<ZoneId> chamberZone, Runnable onNew,
            Consumer<SessionRow> picked) {
        this.c = controls;
        noSessions.setId("pitchNightsEmpty");
        noSessions.addAction(Messages.get("pitches.new"), "mdi2c-calendar-plus", onNew);
        c.host().getChildren().add(noSessions);
        // the month view chooses through the list, so a month click asks about unsaved edits just as a list click
        monthGrid = new MonthGrid(YearMonth.now(clock), row -> c.list().getSelectionModel().select(row), chamberZone);
        monthGrid.setVisible(false);
        c.host().getChildren().add(monthGrid);
        ToggleGroup mode = new ToggleGroup();
        c.listMode().setToggleGroup(mode);
        c.monthMode().setToggleGroup(mode);
        mode.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else if (now == c.monthMode()) {
                // open on the chosen night's month, wherever the arrows were left
                monthGrid.show(c.list().getItems(), selected());
            }
            showMode();
        });
        c.list().setCellFactory(list -> new SessionCell(clock, chamberZone));
        c.list().getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null && !syncing) {
                picked.accept(row);
            }
        });
    }

    SessionRow selected() {
        return c.list().getSelectionModel().getSelectedItem();
    }

    BooleanBinding noneSelected() {
        return c.list().getSelectionModel().selectedItemProperty().isNull();
    }

    /**
     * Shows the nights, the shown one selected; on the first visit (nothing shown yet) the soonest night is picked
     * rather than leaving the detail empty.
     */
    void show(List<SessionRow> rows, Integer shownId, boolean firstVisit) {
        syncing = true;
        try {
            c.list().getItems().setAll(rows);
        } finally {
            syncing = false;
        }
        showMode();
        select(shownId);
        if (firstVisit && !rows.isEmpty()) {
            c.list().getSelectionModel().select(0);
        }
    }

    /** Selects the shown night's row (none for a draft or no night) without telling the screen. */
    void select(Integer shownId) {
        syncing = true;
        try {
            if (shownId == null) {
                c.list().getSelectionModel().clearSelection();
            } else {
                c.list().getItems().stream().filter(r -> r.id() == shownId).findFirst().ifPresent(r -> {
                    c.list().getSelectionModel().select(r);
                    c.list().scrollTo(r);
                });
            }
        } finally {
            syncing = false;
        }
        monthGrid.show(c.list().getItems(), selected());
    }

    private void showMode() {
        boolean empty = c.list().getItems().isEmpty();
        // only what shows takes room: a hidden month grid would make the list pane wider than its divider
        show(noSessions, empty);
        show(c.list(), !empty && !c.monthMode().isSelected());
        show(monthGrid, !empty && c.monthMode().isSelected());
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
