package org.oscc.chamberlain.pitches.ui;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.oscc.chamberlain.pitches.SessionRow;
import org.oscc.chamberlain.text.DateTimeText;
import org.oscc.chamberlain.ui.Messages;

/**
 * A session in the list: title and status badge, when and where, and its RSVP counts. The first session that is over
 * carries the "Past" heading, so upcoming and past nights read as two groups in one list.
 */
final class SessionCell extends ListCell<SessionRow> {
    private final Clock clock;
    private final Supplier<ZoneId> chamberZone;

    SessionCell(Clock clock, Supplier<ZoneId> chamberZone) {
        this.clock = clock;
        this.chamberZone = chamberZone;
        // the list, not the text, decides the width: long titles are cut with an ellipsis, never scrolled sideways
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(SessionRow row, boolean empty) {
        super.updateItem(row, empty);
        setText(null);
        if (empty || row == null) {
            setGraphic(null);
            setId(null);
            return;
        }
        setId("session-" + row.id());
        Label title = new Label(row.title());
        title.getStyleClass().add("session-title");
        title.setMinWidth(0);
        Label badge = new Label(PitchTexts.status(row.status()));
        badge.setMinWidth(Region.USE_PREF_SIZE);
        badge.getStyleClass().addAll("pitch-badge", PitchTexts.statusStyle(row.status()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);

        String where = row.venue() == null || row.venue().isBlank() ? "" : " · " + row.venue();
        // the chamber's zone is named once, in the night's heading; a night held in another zone says which
        ZoneId zone = chamberZone.get();
        String time = zone != null && row.start().getZone().normalized().equals(zone.normalized())
                ? DateTimeText.dayAndDateTime(row.start()) : PitchTexts.when(row.start());
        Label when = new Label(time + where);
        when.getStyleClass().add("muted");
        when.setMinWidth(0); // a long venue is cut with an ellipsis; the list never grows past its pane
        StringBuilder countsText = new StringBuilder(Messages.get("pitches.list.counts", row.invited(),
                row.accepted(), row.tentative(), row.declined()));
        if (row.waitlisted() > 0) {
            countsText.append(Messages.get("pitches.list.waitlisted", row.waitlisted()));
        }
        if (row.attended() > 0) {
            countsText.append(Messages.get("pitches.list.attended", row.attended()));
        }
        Label counts = new Label(countsText.toString());
        counts.getStyleClass().addAll("muted", "session-counts");
        counts.setMinWidth(0);
        HBox bottom = new HBox(8, counts, gap, badge);
        VBox box = new VBox(2, title, when, bottom);
        if (startsPastGroup(row)) {
            Label heading = new Label(Messages.get("pitches.list.past"));
            heading.getStyleClass().add("session-group-heading");
            heading.setId("pastHeading");
            box.getChildren().add(0, heading);
        }
        box.getStyleClass().add("session-cell");
        setGraphic(box);
    }

    private boolean isPast(SessionRow row) {
        return !row.end().toInstant().isAfter(clock.instant());
    }

    private boolean startsPastGroup(SessionRow row) {
        if (!isPast(row)) {
            return false;
        }
        List<SessionRow> items = getListView().getItems();
        int index = getIndex();
        return index == 0 || index > 0 && index <= items.size() && !isPast(items.get(index - 1));
    }
}
