package org.oscc.chamberlain.pitches.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.oscc.chamberlain.pitches.SessionRow;
import org.oscc.chamberlain.ui.Messages;
import org.oscc.chamberlain.text.DateTimeText;

/**
 * The sessions on a month's calendar (Monday first): a night's day is a button coloured by its status, with the
 * title on hover; clicking it chooses the night as the list would. The arrows page through the months.
 */
final class MonthGrid extends VBox {

    private final Consumer<SessionRow> onChoose;
    private final Supplier<ZoneId> chamberZone;
    private final Label monthLabel = new Label();
    private final GridPane days = new GridPane();
    /** The month's nights spelled out under the grid, since a day number alone does not say which night it is. */
    private final VBox monthNights = new VBox(4);
    private List<SessionRow> sessions = List.of();
    private YearMonth month;
    private Integer chosenId;

    MonthGrid(YearMonth start, Consumer<SessionRow> onChoose, Supplier<ZoneId> chamberZone) {
        this.month = start;
        this.onChoose = onChoose;
        this.chamberZone = chamberZone;
        setId("monthGrid");
        getStyleClass().add("month-grid");
        Button previous = arrow("mdi2c-chevron-left", "monthPrevious", -1);
        Button next = arrow("mdi2c-chevron-right", "monthNext", 1);
        monthLabel.setId("monthLabel");
        monthLabel.getStyleClass().add("month-title");
        monthLabel.setMaxWidth(Double.MAX_VALUE);
        monthLabel.setAlignment(Pos.CENTER);
        HBox.setHgrow(monthLabel, Priority.ALWAYS);
        HBox header = new HBox(8, previous, monthLabel, next);
        header.setAlignment(Pos.CENTER);
        for (int i = 0; i < 7; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / 7);
            column.setHalignment(HPos.CENTER);
            days.getColumnConstraints().add(column);
        }
        days.setVgap(4);
        monthNights.setId("monthNights");
        getChildren().addAll(header, days, monthNights);
    }

    /** Shows these sessions; the month stays where it is unless {@code chosen} is a night in another month. */
    void show(List<SessionRow> rows, SessionRow chosen) {
        sessions = rows;
        chosenId = chosen == null ? null : chosen.id();
        if (chosen != null) {
            month = YearMonth.from(chosen.start().toLocalDate());
        }
        render();
    }

    private Button arrow(String icon, String id, int months) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().addAll("flat", "button-icon");
        b.setTooltip(new Tooltip(Messages.get(months < 0 ? "pitches.month.previous" : "pitches.month.next")));
        b.setOnAction(e -> {
            month = month.plusMonths(months);
            render();
        });
        return b;
    }

    private void render() {
        monthLabel.setText(DateTimeText.monthHeading(month));
        days.getChildren().clear();
        for (int i = 0; i < 7; i++) {
            Label name = new Label(DateTimeText.weekday(DayOfWeek.of(i + 1)));
            name.getStyleClass().addAll("muted", "month-weekday");
            name.setMinWidth(0); // seven columns share a narrow pane: the week fits, never cut at Sunday
            days.add(name, i, 0);
        }
        LocalDate first = month.atDay(1);
        int offset = first.getDayOfWeek().getValue() - 1;
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            LocalDate date = month.atDay(day);
            int cell = offset + day - 1;
            days.add(dayCell(date), cell % 7, 1 + cell / 7);
        }
        monthNights.getChildren().setAll(sessions.stream().filter(r -> YearMonth.from(r.start()).equals(month))
                .sorted((a, b) -> a.start().compareTo(b.start())).map(this::nightLine).toList());
        if (monthNights.getChildren().isEmpty()) {
            Label none = new Label(Messages.get("pitches.month.none"));
            none.getStyleClass().add("muted");
            monthNights.getChildren().add(none);
        }
    }

    private Button nightLine(SessionRow row) {
        Button b = new Button(row.title() + "\n" + when(row));
        b.getStyleClass().addAll("flat", "month-night");
        b.setMaxWidth(Double.MAX_VALUE);
        b.setAlignment(Pos.CENTER_LEFT);
        b.setMinWidth(0);
        b.setOnAction(e -> onChoose.accept(row));
        return b;
    }

    /** The night's time; its zone named only when it is not the chamber's (the heading names that one). */
    private String when(SessionRow row) {
        ZoneId zone = chamberZone.get();
        return zone != null && row.start().getZone().normalized().equals(zone.normalized())
                ? DateTimeText.dayAndDateTime(row.start()) : PitchTexts.when(row.start());
    }

    /** A plain day number, or a button for the (first) night on that day. */
    private Region dayCell(LocalDate date) {
        List<SessionRow> that = sessions.stream().filter(r -> r.start().toLocalDate().equals(date)).toList();
        if (that.isEmpty()) {
            Label plain = new Label(Integer.toString(date.getDayOfMonth()));
            plain.getStyleClass().add("month-day");
            plain.setMinWidth(0);
            return plain;
        }
        SessionRow row = that.get(0);
        Button b = new Button(Integer.toString(date.getDayOfMonth()));
        b.setId("month-session-" + row.id());
        b.setMinWidth(Region.USE_PREF_SIZE); // the day's number, never "..."
        b.getStyleClass().addAll("month-session", PitchTexts.statusStyle(row.status()));
        if (chosenId != null && chosenId == row.id()) {
            b.getStyleClass().add("month-chosen");
        }
        b.setTooltip(new Tooltip(String.join("\n", that.stream().map(r -> r.title() + " · "
                + when(r)).toList())));
        b.setOnAction(e -> onChoose.accept(row));
        return b;
    }
}
