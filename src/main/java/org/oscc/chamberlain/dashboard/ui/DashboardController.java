package org.oscc.chamberlain.dashboard.ui;

import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.oscc.chamberlain.dashboard.ChamberOverview;
import org.oscc.chamberlain.dashboard.ChamberOverviewService;
import org.oscc.chamberlain.sample.SampleChamberService;
import org.oscc.chamberlain.ui.BackgroundTasks;
import org.oscc.chamberlain.ui.EmptyState;
import org.oscc.chamberlain.ui.Messages;
import org.oscc.chamberlain.ui.Refreshable;

/** The dashboard: a first-run welcome with the sample chamber on an empty store, the chamber's figures otherwise. */
public class DashboardController implements Refreshable {
    private final ChamberOverviewService overview;
    private final SampleChamberService sample;
    private final BackgroundTasks tasks;
    private final Runnable chamberReplaced;

    @FXML private Label title;
    @FXML private StackPane body;

    public DashboardController(ChamberOverviewService overview, SampleChamberService sample, BackgroundTasks tasks,
            Runnable chamberReplaced) {
        this.overview = overview;
        this.sample = sample;
        this.tasks = tasks;
        this.chamberReplaced = chamberReplaced;
    }

    @FXML
    private void initialize() {
        body.getChildren().setAll(new Label(Messages.get("dashboard.loading")));
    }

    @Override
    public void refresh() {
        tasks.run(Messages.get("dashboard.loading"), overview::overview, this::render);
    }

    private void render(ChamberOverview o) {
        title.setText(o.isEmpty() ? Messages.get("dashboard.welcome.title") : o.chamberName());
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
        FlowPane tiles = new FlowPane(12, 12);
        tiles.setId("overview-tiles");
        tiles.getChildren().addAll(
                tile("mdi2d-domain", o.organizations(), "dashboard.members"),
                tile("mdi2a-account-group-outline", o.contacts(), "dashboard.contacts"),
                tile("mdi2s-source-branch", o.projects(), "dashboard.projects"),
                tile("mdi2h-handshake-outline", o.pledges(), "dashboard.pledges"),
                tile("mdi2c-clock-outline", o.contributions(), "dashboard.contributions"),
                tile("mdi2p-presentation", o.pitchNights(), "dashboard.pitchNights"));
        VBox content = new VBox(16, new Label(Messages.get("dashboard.title")), tiles);
        content.getChildren().get(0).getStyleClass().add("section-heading");
        body.getChildren().setAll(content);
    }

    private static Node tile(String icon, int figure, String labelKey) {
        Label number = new Label(String.format("%,d", figure), new FontIcon(icon));
        number.getStyleClass().add("tile-figure");
        Label label = new Label(Messages.get(labelKey));
        label.getStyleClass().add("tile-label");
        VBox tile = new VBox(number, label);
        tile.getStyleClass().add("tile");
        tile.setId("tile-" + labelKey.substring(labelKey.indexOf('.') + 1));
        return tile;
    }

    /** Offers the sample chamber: at once on an empty store, after a confirmation otherwise. */
    public void offerSample() {
        tasks.run(Messages.get("dashboard.loading"), overview::overview, o -> {
            if (o.isEmpty()) {
                loadSample(false);
                return;
            }
            ButtonType replace = new ButtonType(Messages.get("sample.confirm.replace"), ButtonBar.ButtonData.OK_DONE);
            Alert confirm = new Alert(Alert.AlertType.WARNING, Messages.get("sample.confirm.text"), replace,
                    ButtonType.CANCEL);
            confirm.setHeaderText(Messages.get("sample.confirm.title"));
            confirm.initOwner(body.getScene().getWindow());
            Optional<ButtonType> answer = confirm.showAndWait();
            if (answer.isPresent() && answer.get() == replace) {
                loadSample(true);
            }
        });
    }

    private void loadSample(boolean force) {
        tasks.run(Messages.get("sample.loading"), () -> sample.load(force), summary -> chamberReplaced.run());
    }
}
