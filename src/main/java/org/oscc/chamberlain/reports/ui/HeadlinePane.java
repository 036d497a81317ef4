package org.oscc.chamberlain.reports.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.oscc.chamberlain.reports.AttentionPledge;
import org.oscc.chamberlain.reports.BoardHeadline;
import org.oscc.chamberlain.reports.HeadlineFigures;
import org.oscc.chamberlain.ui.Messages;

/**
 * The headline block of the board report just made, as the Summary sheet prints it: five figures with the last
 * report's value and the change, then the pledges furthest behind schedule. The organizer sees what the board will
 * see before sending the file.
 */
final class HeadlinePane {
    static final String STYLE = "board-headline";

    private HeadlinePane() {
    }

    /** Replaces what {@code box} shows with {@code headline}. */
    static void show(VBox box, BoardHeadline headline) {
        box.getChildren().clear();
        Label title = new Label(Messages.get("reports.headline.title"));
        title.getStyleClass().add("section-heading");
        GridPane grid = new GridPane();
        grid.getStyleClass().addAll("form-grid", STYLE);
        grid.setId("headlineGrid");
        Optional<HeadlineFigures> before = headline.previous();
        head(grid, 0, "", "reports.headline.now");
        if (before.isPresent()) {
            head(grid, 2, "reports.headline.last", "reports.headline.change");
        }
        HeadlineFigures now = headline.figures();
        row(grid, 1, "reports.headline.activeMembers", now, before, f -> (long) f.activeMembers(), HeadlinePane::count);
        row(grid, 2, "reports.headline.pledged", now, before, HeadlineFigures::pledgedMinutes, HeadlinePane::hours);
        row(grid, 3, "reports.headline.delivered", now, before, HeadlineFigures::deliveredMinutes,
                HeadlinePane::hours);
        row(grid, 4, "reports.headline.fulfilment", now, before,
                f -> f.fulfilmentBp() == null ? null : (long) f.fulfilmentBp(), HeadlinePane::percent);
        row(grid, 5, "reports.headline.attention", now, before, f -> (long) f.attentionPledges(),
                HeadlinePane::count);
        box.getChildren().addAll(title, grid, worst(headline.worst()));
        Label compared = new Label(headline.comparedWith()
                .map(r -> Messages.get("reports.headline.compared", r.createdAt().toLocalDate(), r.periodFrom(),
                        r.periodTo()))
                .orElse(Messages.get("reports.headline.first")));
        compared.getStyleClass().add("muted");
        compared.setWrapText(true);
        compared.setId("headlineCompared");
        box.getChildren().add(compared);
    }

    private static void head(GridPane grid, int column, String first, String second) {
        if (!first.isEmpty()) {
            grid.add(muted(Messages.get(first)), column == 2 ? 2 : 1, 0);
        }
        grid.add(muted(Messages.get(second)), column == 2 ? 3 : 1, 0);
    }

    private static void row(GridPane grid, int r, String key, HeadlineFigures now, Optional<HeadlineFigures> before,
            Function<HeadlineFigures, Long> figure, Function<Long, String> format) {
        grid.add(new Label(Messages.get(key)), 0, r);
        Long value = figure.apply(now);
        Label shown = new Label(value == null ? Messages.get("reports.headline.none") : format.apply(value));
        shown.getStyleClass().add("headline-figure");
        shown.setId("headline-" + key.substring(key.lastIndexOf('.') + 1));
        grid.add(shown, 1, r);
        if (before.isPresent()) {
            Long old = figure.apply(before.get());
            grid.add(new Label(old == null ? "" : format.apply(old)), 2, r);
            if (old != null && value != null) {
                grid.add(new Label(change(key, value - old, format)), 3, r);
            }
        }
    }

    private static String change(String key, long delta, Function<Long, String> format) {
        String sign = delta > 0 ? "+" : delta < 0 ? "\u2212" : "";
        if (key.endsWith("fulfilment")) {
            return sign + Messages.get("reports.headline.points", String.format("%.1f", Math.abs(delta) / 100.0));
        }
        return sign + format.apply(Math.abs(delta));
    }

    private static VBox worst(List<AttentionPledge> worst) {
        VBox list = new VBox(2);
        list.setId("headlineWorst");
        if (worst.isEmpty()) {
            list.getChildren().add(new Label(Messages.get("reports.headline.noneBehind")));
            return list;
        }
        list.getChildren().add(muted(Messages.get("reports.headline.worst")));
        int n = 1;
        for (AttentionPledge p : worst) {
            Label line = new Label(Messages.get("reports.headline.worstLine", n++, p.memberName(), p.projectName(),
                    p.status(), hours(p.shortMinutes())));
            line.setWrapText(true);
            list.getChildren().add(line);
        }
        return list;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        return l;
    }

    static String count(long n) {
        return String.format("%,d", n);
    }

    static String hours(long minutes) {
        return Messages.get("reports.headline.hours", String.format("%,.1f", minutes / 60.0));
    }

    static String percent(long bp) {
        return String.format("%.1f %%", bp / 100.0);
    }
}
