package org.oscc.chamberlain.pledges.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import org.oscc.chamberlain.pledges.FulfilmentStatus;
import org.oscc.chamberlain.pledges.PledgeRow;
import org.oscc.chamberlain.ui.ColumnPriorities;
import org.oscc.chamberlain.ui.Messages;

/** The columns of the pledge table: names, figures, a progress bar and the coloured computed status. */
final class PledgeColumns {
    private PledgeColumns() {
    }

    /** Minutes short, as the rules count them (0 unless Behind, At risk or Overdue): never red on an On track row. */
    static long behindBy(PledgeRow r) {
        return r.fulfilment().shortMinutes();
    }

    static void install(TableView<PledgeRow> table) {
        table.getColumns().setAll(Arrays.asList(
                text("pledges.col.member", 150, PledgeRow::memberName),
                text("pledges.col.project", 115, PledgeRow::shownProjectName),
                // two ISO dates, "2026-09-01 – 2027-08-31", read whole
                min(text("pledges.col.period", 190, r -> Figures.period(r.periodStart(), r.periodEnd())), 190),
                min(text("pledges.col.status", 78, r -> Messages.get("pledges.status." + r.status().name())), 78),
                hours("pledges.col.pledged", PledgeRow::pledgedMinutes), // the kind is in the form below
                hours("pledges.col.delivered", PledgeRow::deliveredMinutes),
                progress(),
                status(),
                behind()));
        // the columns share the table's width: the member, project and period keep their text; the stored status,
        // the progress bar and the two figures hide (in that order) when the window is narrow
        List<TableColumn<PledgeRow, ?>> c = table.getColumns();
        ColumnPriorities.of(table).identifying(c.get(0), c.get(1), c.get(2))
                .secondary(c.get(3), c.get(6), c.get(4), c.get(5)).install();
    }

    private static <T> TableColumn<PledgeRow, T> min(TableColumn<PledgeRow, T> c, double width) {
        c.setMinWidth(width);
        return c;
    }

    /**
     * The narrower set for another screen's detail pane. On a member's page: the project, the kind, pledged and
     * delivered hours, progress and the coloured computed status; on a project's page ({@code memberFirst}) the
     * member instead of the project and kind.
     */
    static void installCompact(TableView<PledgeRow> table, boolean memberFirst) {
        List<TableColumn<PledgeRow, ?>> columns = new ArrayList<>();
        if (memberFirst) {
            columns.add(text("pledges.col.member", 150, PledgeRow::memberName));
        } else {
            columns.add(text("pledges.col.project", 114, PledgeRow::shownProjectName));
            columns.add(text("pledges.col.kind", 92, r -> Messages.get("pledges.kind." + r.kind().name())));
        }
        // the figures narrower than in the pledge table, so that the columns fit a detail pane without scrolling
        columns.add(width(hours("pledges.detail.col.pledged", PledgeRow::pledgedMinutes), 84));
        columns.add(width(hours("pledges.detail.col.delivered", PledgeRow::deliveredMinutes), 94));
        columns.add(width(progress(), 104));
        columns.add(width(status(), 90));
        table.getColumns().setAll(columns);
        // the member or project names the row; the kind, then the figures, give way in a narrow pane
        ColumnPriorities<PledgeRow> fit = ColumnPriorities.of(table).identifying(columns.get(0));
        int progress = columns.size() - 2;
        if (!memberFirst) {
            fit.secondary(columns.get(1));
        }
        // the coloured status is the last to go: a narrow form keeps the name and the status
        fit.secondary(columns.get(progress), columns.get(progress - 2), columns.get(progress - 1)).install();
    }

    private static <T extends TableColumn<PledgeRow, ?>> T width(T column, double width) {
        column.setMinWidth(width); // below the pledge table's minimums, which suit its wider pane
        column.setPrefWidth(width);
        return column;
    }

    private static TableColumn<PledgeRow, String> text(String key, double width, Function<PledgeRow, String> value) {
        TableColumn<PledgeRow, String> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        return c;
    }

    private static TableColumn<PledgeRow, Long> hours(String key, Function<PledgeRow, Long> minutes) {
        TableColumn<PledgeRow, Long> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(88);
        c.setMinWidth(88); // the header and a 6-digit figure stay readable when the table is narrow
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(minutes.apply(d.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Long m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : Figures.hours(m));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        return c;
    }

    private static TableColumn<PledgeRow, PledgeRow> progress() {
        TableColumn<PledgeRow, PledgeRow> c = new TableColumn<>(Messages.get("pledges.col.progress"));
        c.setPrefWidth(125);
        c.setMinWidth(125);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        c.setComparator(Comparator.comparingLong(r -> r.fulfilment().percentOfPledgedBp() == null ? 0
                : r.fulfilment().percentOfPledgedBp()));
        c.setCellFactory(col -> new TableCell<>() {
            private final ProgressBar bar = new ProgressBar();
            private final Label percent = new Label();
            private final HBox box = new HBox(6, bar, percent);

            {
                bar.setPrefWidth(64);
                bar.setMinWidth(40);
                percent.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                box.setAlignment(Pos.CENTER_LEFT);
            }

            @Override
            protected void updateItem(PledgeRow r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null) {
                    setGraphic(null);
                    return;
                }
                Integer bp = r.fulfilment().percentOfPledgedBp();
                bar.setProgress(bp == null ? 0 : Math.min(10_000, bp) / 10_000.0);
                bar.getStyleClass().setAll("progress-bar", "pledge-progress",
                        Figures.styleClass(r.fulfilment().status()));
                percent.setText(Figures.percent(bp));
                setGraphic(box);
            }
        });
        return c;
    }

    private static TableColumn<PledgeRow, FulfilmentStatus> status() {
        TableColumn<PledgeRow, FulfilmentStatus> c = new TableColumn<>(Messages.get("pledges.col.fulfilment"));
        c.setPrefWidth(95);
        c.setMinWidth(95);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().fulfilment().status()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(FulfilmentStatus s, boolean empty) {
                super.updateItem(s, empty);
                getStyleClass().removeIf(k -> k.startsWith("fulfilment-") || k.equals("pledge-status"));
                if (empty || s == null) {
                    setText(null);
                    return;
                }
                setText(Figures.status(s));
                getStyleClass().addAll("pledge-status", Figures.styleClass(s));
            }
        });
        return c;
    }

    private static TableColumn<PledgeRow, PledgeRow> behind() {
        TableColumn<PledgeRow, PledgeRow> c = new TableColumn<>(Messages.get("pledges.col.behindBy"));
        c.setPrefWidth(82);
        c.setMinWidth(82);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        c.setComparator(Comparator.comparingLong(PledgeColumns::behindBy));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(PledgeRow r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().removeIf(k -> k.startsWith("fulfilment-") || k.equals("behind-by"));
                setAlignment(Pos.CENTER_RIGHT);
                if (empty || r == null || behindBy(r) == 0) {
                    setText(null);
                    return;
                }
                setText(Messages.get("pledges.behindBy", Figures.hours(behindBy(r))));
                // the colour of the row's status: amber when Behind, red when At risk or Overdue
                getStyleClass().addAll("behind-by", Figures.styleClass(r.fulfilment().status()));
            }
        });
        return c;
    }
}
