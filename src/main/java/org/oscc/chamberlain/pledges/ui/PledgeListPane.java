package org.oscc.chamberlain.pledges.ui;

import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
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
     * @param memberFirst whether the first column names the member (on a project's page) or the project
     * @param idPrefix    prefix of the node ids tests look for: {@code <prefix>Table}, {@code <prefix>Total}...
     * @param openPledge  shows one pledge in the Pledges screen
     */
    public PledgeListPane(boolean memberFirst, String idPrefix, BackgroundTasks tasks, LongConsumer openPledge) {
        this.tasks = tasks;
        PledgeColumns.installCompact(table, memberFirst);
        table.setId(idPrefix + "Table");
        table.getStyleClass().add("detail-pledges");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(150);
        table.setMinHeight(110);
        table.setPlaceholder(new Label(Messages.get("pledges.detail.none")));
        table.setOnMouseClicked(e -> {
            PledgeRow row = table.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && row != null) {
                openPledge.accept(row.pledgeId());
            }
        });
        Button open = new Button(Messages.get("pledges.detail.open"), new FontIcon("mdi2o-open-in-app"));
        open.setId(idPrefix + "Open");
        open.getStyleClass().add("small");
        open.setTooltip(new Tooltip(Messages.get("pledges.detail.open.tip")));
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> openPledge.accept(table.getSelectionModel().getSelectedItem().pledgeId()));
        totalBar.setPrefWidth(80);
        totalBar.setMinWidth(50);
        totalText.setId(idPrefix + "Total");
        totalText.setWrapText(true);
        totalText.setMinWidth(0);
        totalStatus.setId(idPrefix + "TotalStatus");
        totalStatus.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox.setHgrow(totalText, Priority.SOMETIMES);
        totals = new HBox(8, totalBar, totalText, totalStatus, gap, open);
        totals.setAlignment(Pos.CENTER_LEFT);
        totals.getStyleClass().add("detail-pledge-totals");
        received.setId(idPrefix + "Received");
        received.getStyleClass().add("muted");
        received.setWrapText(true);
        received.setTooltip(new Tooltip(Messages.get("pledges.detail.received.tip")));
        root = new VBox(6, table, totals, received);
        clear();
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
