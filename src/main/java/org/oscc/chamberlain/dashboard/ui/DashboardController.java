package org.oscc.chamberlain.dashboard.ui;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.oscc.chamberlain.dashboard.ChamberOverview;
import org.oscc.chamberlain.dashboard.DashboardFigures;
import org.oscc.chamberlain.dashboard.DashboardService;
import org.oscc.chamberlain.pitches.SessionRow;
import org.oscc.chamberlain.pledges.FulfilmentStatus;
import org.oscc.chamberlain.pledges.ui.Figures;
import org.oscc.chamberlain.sample.SampleChamberService;
import org.oscc.chamberlain.ui.BackgroundTasks;
import org.oscc.chamberlain.ui.Dialogs;
import org.oscc.chamberlain.ui.EmptyState;
import org.oscc.chamberlain.ui.Messages;
import org.oscc.chamberlain.ui.Refreshable;

/**
 * The dashboard: a first-run welcome with the sample chamber on an empty store; otherwise this fiscal year's pledge
 * figures (the behind / at risk / overdue tiles open the Pledges list filtered), the next pitch night, three charts
 * ({@link DashboardCharts}) and what the chamber holds. Recomputed on every visit, in the background.
 */
public class DashboardController implements Refreshable {
    private final DashboardService dashboard;
    private final SampleChamberService sample;
    private final BackgroundTasks tasks;
    private final Runnable chamberReplaced;
    private final Consumer<FulfilmentStatus> showPledges;
    private int loads;

    @FXML private Label title;
    @FXML private StackPane body;

    public DashboardController(DashboardService dashboard, SampleChamberService sample, BackgroundTasks tasks,
            Runnable chamberReplaced, Consumer<FulfilmentStatus> showPledges) {
        this.dashboard = dashboard;
        this.sample = sample;
        this.tasks = tasks;
        this.chamberReplaced = chamberReplaced;
        this.showPledges = showPledges;
    }

    @FXML
    private void initialize() {
        body.getChildren().setAll(new Label(Messages.get("dashboard.loading")));
    }

    @Override
    public void refresh() {
        int asked = ++loads;
        tasks.run(Messages.get("dashboard.loading"), dashboard::figures, f -> {
            if (asked == loads) {
                render(f);
            }
        });
    }

    private void render(DashboardFigures f) {
        ChamberOverview o = f.overview();
        if (o.isEmpty()) {
            EmptyState welcome = new EmptyState("mdi2h-handshake-outline", Messages.get("dashboard.welcome.title"),
                    Messages.get("dashboard.welcome.text"));
            welcome.setId("welcome");
            welcome.addAction(Messages.get("dashboard.welcome.sample"), "mdi2d-database-import-outline",
                    () -> loadSample(false)).setId("load-sample");
            body.getChildren().setAll(welcome);
            title.setText("");
            return;
        }
        title.setText(o.chamberName());
        String fy = f.fiscalFrom().getYear() == f.fiscalTo().getYear() ? Integer.toString(f.fiscalFrom().getYear())
                : f.fiscalFrom().getYear() + "\u2013" + f.fiscalTo().getYear();
        Label year = new Label(Messages.get("dashboard.fiscalYear", Figures.date(f.fiscalFrom()),
                Figures.date(f.fiscalTo())));
        year.getStyleClass().add("muted");
        FlowPane figures = new FlowPane(12, 12,
                tile("mdi2d-domain", String.format("%,d", f.activeMembers()), "dashboard.activeMembers",
                        "tile-active-members"),
                tile("mdi2h-handshake-outline", Figures.hours(f.pledgedMinutes()),
                        Messages.get("dashboard.hoursPledged", fy), "tile-hours-pledged"),
                tile("mdi2c-clock-outline", Figures.hours(f.deliveredMinutes()),
                        Messages.get("dashboard.hoursDelivered", fy), "tile-hours-delivered"),
                tile("mdi2c-check-circle-outline", Figures.percent(f.fulfilmentBp()),
                        Messages.get("dashboard.fulfilment", fy), "tile-fulfilment"));
        FlowPane attention = new FlowPane(12, 12,
                statusTile(f, FulfilmentStatus.BEHIND, "dashboard.behind", "tile-behind"),
                statusTile(f, FulfilmentStatus.AT_RISK, "dashboard.atRisk", "tile-at-risk"),
                statusTile(f, FulfilmentStatus.OVERDUE, "dashboard.overdue", "tile-overdue"),
                nextPitch(f.nextPitchNight()));
        Label holdings = new Label(Messages.get("dashboard.holdings"));
        holdings.getStyleClass().add("section-heading");
        VBox content = new VBox(16, year, figures, attention, DashboardCharts.charts(f), holdings, overviewTiles(o));
        body.getChildren().setAll(content);
    }

    private FlowPane overviewTiles(ChamberOverview o) {
        FlowPane tiles = new FlowPane(12, 12);
        tiles.setId("overview-tiles");
        tiles.getChildren().addAll(
                countTile("mdi2d-domain", o.organizations(), "dashboard.members"),
                countTile("mdi2a-account-group-outline", o.contacts(), "dashboard.contacts"),
                countTile("mdi2s-source-branch", o.projects(), "dashboard.projects"),
                countTile("mdi2h-handshake-outline", o.pledges(), "dashboard.pledges"),
                countTile("mdi2c-clock-outline", o.contributions(), "dashboard.contributions"),
                countTile("mdi2p-presentation", o.pitchNights(), "dashboard.pitchNights"));
        return tiles;
    }

    private static Node countTile(String icon, int figure, String labelKey) {
        return tile(icon, String.format("%,d", figure), Messages.get(labelKey),
                "tile-" + labelKey.substring(labelKey.indexOf('.') + 1));
    }

    private static VBox tile(String icon, String figure, String label, String id) {
        Label number = new Label(figure, new FontIcon(icon));
        number.getStyleClass().add("tile-figure");
        Label text = new Label(label.startsWith("dashboard.") ? Messages.get(label) : label);
        text.getStyleClass().add("tile-label");
        VBox tile = new VBox(number, text);
        tile.getStyleClass().add("tile");
        tile.setId(id);
        return tile;
    }

    /** A count of pledges with a computed status; a click opens the Pledges list filtered to them. */
    private Node statusTile(DashboardFigures f, FulfilmentStatus status, String labelKey, String id) {
        VBox tile = tile("mdi2a-alert-outline", String.format("%,d", f.count(status)), labelKey, id);
        tile.getStyleClass().addAll("status-tile", Figures.styleClass(status));
        Tooltip.install(tile, new Tooltip(Messages.get("dashboard.showList")));
        tile.setOnMouseClicked(e -> showPledges.accept(status));
        return tile;
    }

    private static Node nextPitch(Optional<SessionRow> next) {
        if (next.isEmpty()) {
            return tile("mdi2c-calendar-star", "\u2013", Messages.get("dashboard.nextPitch.none"), "next-pitch");
        }
        SessionRow s = next.get();
        VBox tile = tile("mdi2c-calendar-star", s.title(), Messages.get("dashboard.nextPitch") + " \u00b7 "
                + Figures.date(s.start().toLocalDate()), "next-pitch");
        tile.getChildren().get(0).getStyleClass().setAll("label", "tile-title");
        Label rsvp = new Label(Messages.get("dashboard.nextPitch.rsvp", s.accepted(), s.tentative(), s.declined(),
                s.waitlisted(), s.awaitingAnswer()));
        rsvp.getStyleClass().add("tile-label");
        tile.getChildren().add(rsvp);
        return tile;
    }

    /** Offers the sample chamber: at once on an empty store, after a confirmation otherwise. */
    public void offerSample() {
        tasks.run(Messages.get("dashboard.loading"), dashboard::figures, f -> {
            if (f.overview().isEmpty()) {
                loadSample(false);
                return;
            }
            if (Dialogs.confirmDestructive(body.getScene().getWindow(), Messages.get("sample.confirm.title"),
                    Messages.get("sample.confirm.text"), Messages.get("sample.confirm.replace"))) {
                loadSample(true);
            }
        });
    }

    private void loadSample(boolean force) {
        tasks.run(Messages.get("sample.loading"), () -> sample.load(force), summary -> chamberReplaced.run());
    }
}
