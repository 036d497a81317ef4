package org.oscc.chamberlain.pledges.ui;

import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.oscc.chamberlain.pledges.Fulfilment;
import org.oscc.chamberlain.pledges.PledgeGroup;
import org.oscc.chamberlain.pledges.PledgeRow;
import org.oscc.chamberlain.ui.BackgroundTasks;
import org.oscc.chamberlain.ui.Messages;

/**
 * A read-only list of pledges inside another screen's detail (a member's pledges, the pledges naming a project): the
 * pledge table's columns and colours, a total line, and a way to open a pledge in the Pledges screen. Loads in the
 * background; the result of an older load never replaces that of a newer one (the user moved on to another row).
 */
public final class PledgeListPane {
    private static final double ROW_HEIGHT = 34;
    private static final double HEADER_HEIGHT = 48;
    private final BackgroundTasks tasks;
    private final TableView<PledgeRow> table = new TableView<>();
    private final ProgressBar totalBar = new ProgressBar(0);
    private final Label totalText = new Label();
    private final Label totalStatus = new Label();
    private final Label received = new Label();
    private final HBox totals;
    private final VBox root;
    private long generation;

    /**
     * @param heading     the section heading, shown beside the Open in Pledges button
     * @param memberFirst whether the first column names the member (on a project's page) or the project
     * @param idPrefix    prefix of the node ids tests look for: {@code <prefix>Table}, {@code <prefix>Total}...
     * @param openPledge  shows one pledge in the Pledges screen
     */
    public PledgeListPane(String heading, boolean memberFirst, String idPrefix, BackgroundTasks tasks,
            LongConsumer openPledge) {
        this.tasks = tasks;
        PledgeColumns.installCompact(table, memberFirst);
        setUpTable(idPrefix, openPledge);
        totals = totalsRow(idPrefix);
        received.setId(idPrefix + "Received");
        received.getStyleClass().add("muted");
        received.setWrapText(true);
        received.setTooltip(new Tooltip(Messages.get("pledges.detail.received.tip")));
        Label title = new Label(heading);
        title.getStyleClass().add("section-heading");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(8, title, gap, openButton(idPrefix, openPledge));
        header.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(6, header, table, totals, received);
        root.getStyleClass().add("detail-pledge-list");
        clear();
    }

    private void setUpTable(String idPrefix, LongConsumer openPledge) {
        table.setId(idPrefix + "Table");
        table.getStyleClass().add("detail-pledges");
        // as tall as its rows (up to six, then it scrolls), so one pledge does not leave a tall empty box
        table.setFixedCellSize(ROW_HEIGHT);
        table.prefHeightProperty().bind(Bindings.createDoubleBinding(() -> HEADER_HEIGHT
                + ROW_HEIGHT * Math.max(1.5, Math.min(6, table.getItems().size())), table.getItems()));
        table.setMinHeight(Region.USE_PREF_SIZE);
        table.setPlaceholder(new Label(Messages.get("pledges.detail.none")));
        // the period and stored status tell apart two pledges to the same project
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PledgeRow row, boolean empty) {
                super.updateItem(row, empty);
                setTooltip(empty || row == null ? null : new Tooltip(Messages.get("pledges.detail.row.tip",
                        Figures.period(row.periodStart(), row.periodEnd()),
                        Messages.get("pledges.status." + row.status().name()))));
            }
        });
        table.setOnMouseClicked(e -> {
            PledgeRow row = table.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && row != null) {
                openPledge.accept(row.pledgeId());
            }
        });
    }

    private Button openButton(String idPrefix, LongConsumer openPledge) {
        Button open = new Button(Messages.get("pledges.detail.open"), new FontIcon("mdi2o-open-in-app"));
        open.setId(idPrefix + "Open");
        open.getStyleClass().add("small");
        open.setTooltip(new Tooltip(Messages.get("pledges.detail.open.tip")));
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> openPledge.accept(table.getSelectionModel().getSelectedItem().pledgeId()));
        return open;
    }

    /** The total line: a progress bar, the summed hours and the group's status, in the pledge table's colours. */
    private HBox totalsRow(String idPrefix) {
        totalBar.setPrefWidth(80);
        totalBar.setMinWidth(50);
        totalText.setId(idPrefix + "Total");
        totalText.setWrapText(true);
        totalText.setMinWidth(0);
        totalText.setTooltip(new Tooltip(Messages.get("pledges.detail.total.tip")));
        totalStatus.setId(idPrefix + "TotalStatus");
        totalStatus.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(totalText, Priority.SOMETIMES);
        HBox row = new HBox(8, totalBar, totalText, totalStatus);
        row.setId(idPrefix + "Totals");
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("detail-pledge-totals");
        return row;
    }

    public Node node() {
        return root;
    }

    /** Empties the list (a new, unsaved record has no pledges) and drops any load still running. */
    public void clear() {
        ++generation;
        show(null);
    }

    /** Runs {@code query} in the background and shows its result, unless another load or clear came after it. */
    public void load(Supplier<PledgeGroup> query) {
        long asked = ++generation;
        table.getItems().clear();
        table.setPlaceholder(new Label(Messages.get("pledges.loading")));
        tasks.run(Messages.get("pledges.loading"), query::get, group -> {
            if (asked == generation) {
                show(group);
            }
        });
    }

    private void show(PledgeGroup group) {
        table.setPlaceholder(new Label(Messages.get("pledges.detail.none")));
        boolean any = group != null && !group.isEmpty();
        table.getItems().setAll(any ? group.pledges() : java.util.List.of());
        totals.setVisible(any);
        totals.setManaged(any);
        boolean showReceived = group != null && group.receivedMinutes() != null
                && (any || group.receivedMinutes() > 0);
        received.setVisible(showReceived);
        received.setManaged(showReceived);
        if (showReceived) {
            received.setText(Messages.get("pledges.detail.received", Figures.hours(group.receivedMinutes())));
        }
        if (!any) {
            return;
        }
        Fulfilment t = group.total();
        totalText.setText(group.countingPledges() == 0 ? Messages.get("pledges.detail.noneCounting")
                : Messages.get("pledges.detail.total", Figures.hours(t.pledgedMinutes()),
                        Figures.hours(t.deliveredMinutes()), Figures.percent(t.percentOfPledgedBp())));
        boolean counted = group.countingPledges() > 0;
        totalBar.setVisible(counted);
        totalBar.setManaged(counted);
        totalStatus.setVisible(counted);
        totalStatus.setManaged(counted);
        Integer bp = t.percentOfPledgedBp();
        totalBar.setProgress(bp == null ? 0 : Math.min(10_000, bp) / 10_000.0);
        totalBar.getStyleClass().setAll("progress-bar", "pledge-progress", Figures.styleClass(t.status()));
        totalStatus.setText(Figures.status(t.status()));
        totalStatus.getStyleClass().setAll("label", "pledge-status", Figures.styleClass(t.status()));
    }
}
