package org.oscc.chamberlain.pitches.ui;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.collections.ObservableMap;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.oscc.chamberlain.ui.SplitPositions;
import org.oscc.chamberlain.pitches.PitchNight;
import org.oscc.chamberlain.pitches.PitchNightService;
import org.oscc.chamberlain.pitches.SessionRow;
import org.oscc.chamberlain.ui.BackgroundTasks;
import org.oscc.chamberlain.ui.EmptyState;
import org.oscc.chamberlain.ui.EditableForm;
import org.oscc.chamberlain.ui.LeaveCheck;
import org.oscc.chamberlain.ui.Messages;
import org.oscc.chamberlain.ui.Refreshable;

/**
 * The pitch nights screen: the sessions list on the left (upcoming first, then past), and the chosen night's session
 * form, agenda, invitees and outcomes on the right, each its own included view and controller. Unsaved edits in the
 * form or the agenda are settled (Save / Discard / Cancel) before another night, a new one or another section shows.
 */
public class PitchNightsController implements Refreshable, LeaveCheck {
    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final PitchNightService service;
    private final BackgroundTasks tasks;
    private final Clock clock;
    /** The chamber's zone, known once the list has loaded (null before: every time then names its zone). */
    private java.time.ZoneId chamberZone;
    private final InviteOpener invites;
    /** The night the detail shows (saved or a new draft); null when none. */
    private PitchNight shown;
    /** Set while the list's selection is put back to the shown night, which must not open it again. */
    private boolean syncingSelection;
    private NightEdits edits;

    @FXML private SplitPane root;
    @FXML private ListView<SessionRow> sessionList;
    @FXML private StackPane listHost;
    @FXML private ToggleButton listMode;
    @FXML private ToggleButton monthMode;
    private MonthGrid monthGrid;
    @FXML private Button duplicateButton;
    @FXML private StackPane detailHost;
    @FXML private VBox detail;
    @FXML private Label detailTitle;
    @FXML private Label detailWhen;
    @FXML private Button inviteButton;
    @FXML private TabPane tabs;
    @FXML private Tab sessionTab;
    @FXML private Tab agendaTab;
    @FXML private Tab inviteesTab;
    @FXML private Tab outcomesTab;
    @FXML private SessionFormController sessionController;
    @FXML private AgendaController agendaController;
    @FXML private InviteesController inviteesController;
    @FXML private OutcomesController outcomesController;

    private final EmptyState noSessions = new EmptyState("mdi2p-presentation", Messages.get("pitches.empty.title"),
            Messages.get("pitches.empty.text"));
    private final EmptyState noneChosen = new EmptyState("mdi2c-calendar-month-outline",
            Messages.get("pitches.choose.title"), Messages.get("pitches.choose.text"));

    public PitchNightsController(PitchNightService service, BackgroundTasks tasks, Clock clock,
            InviteOpener invites) {
        this.service = service;
        this.tasks = tasks;
        this.clock = clock;
        this.invites = invites;
    }

    @FXML
    private void initialize() {
        SplitPositions.keep(root);
        noSessions.setId("pitchNightsEmpty");
        noSessions.addAction(Messages.get("pitches.new"), "mdi2c-calendar-plus", this::onNew);
        noneChosen.setId("pitchNightNoneChosen");
        listHost.getChildren().add(noSessions);
        // the month view chooses through the list, so a month click asks about unsaved edits just as a list click
        monthGrid = new MonthGrid(YearMonth.now(clock), row -> sessionList.getSelectionModel().select(row),
                () -> chamberZone);
        monthGrid.setVisible(false);
        listHost.getChildren().add(monthGrid);
        ToggleGroup mode = new ToggleGroup();
        listMode.setToggleGroup(mode);
        monthMode.setToggleGroup(mode);
        mode.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else if (now == monthMode) {
                // open on the chosen night's month, wherever the arrows were left
                monthGrid.show(sessionList.getItems(), sessionList.getSelectionModel().getSelectedItem());
            }
            showMode();
        });
        detailHost.getChildren().add(noneChosen);
        sessionList.setCellFactory(list -> new SessionCell(clock, () -> chamberZone));
        edits = new NightEdits(sessionController, agendaController, () -> root.getScene().getWindow(),
                tab -> tabs.getSelectionModel().select(tab), sessionTab, agendaTab);
        sessionList.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row == null || syncingSelection || isShown(row.id())) {
                return;
            }
            // Cancel (or a refused save) puts the shown night back in the list once this selection change is over
            edits.settle(shown, () -> open(row.id()), () -> Platform.runLater(this::selectShownInList));
        });
        duplicateButton.disableProperty().bind(sessionList.getSelectionModel().selectedItemProperty().isNull());
        sessionController.setOnSaved(this::saved);
        agendaController.setOnChanged(this::reloadList);
        inviteesController.setOnChanged(this::reloadList);
        root.sceneProperty().addListener((obs, old, scene) -> moveShortcuts(old, scene));
        showDetail(null);
    }

    @Override
    public void refresh() {
        reloadList();
        agendaController.reloadChoices();
        inviteesController.reloadChoices();
        // coming back (or clicking the section again) must not overwrite edits that are still on screen
        if (shown != null && shown.id() != null && !edits.any(shown)) {
            open(shown.id());
        }
    }

    @Override
    public List<? extends EditableForm> openForms() {
        return edits.forms(shown);
    }

    private boolean isShown(int id) {
        return shown != null && shown.id() != null && shown.id() == id;
    }

    /** Selects the shown night's row (none for a draft) without opening it again. */
    private void selectShownInList() {
        syncingSelection = true;
        try {
            if (shown == null || shown.id() == null) {
                sessionList.getSelectionModel().clearSelection();
            } else {
                sessionList.getItems().stream().filter(r -> r.id() == shown.id()).findFirst().ifPresent(r -> {
                    sessionList.getSelectionModel().select(r);
                    sessionList.scrollTo(r);
                });
            }
        } finally {
            syncingSelection = false;
        }
        monthGrid.show(sessionList.getItems(), sessionList.getSelectionModel().getSelectedItem());
    }

    private void showMode() {
        boolean empty = sessionList.getItems().isEmpty();
        // only what shows takes room: a hidden month grid would make the list pane wider than its divider
        show(noSessions, empty);
        show(sessionList, !empty && !monthMode.isSelected());
        show(monthGrid, !empty && monthMode.isSelected());
    }

    private static void show(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    /** Ctrl+N and Ctrl+S belong to this screen only while it is shown (other screens may use them too). */
    private void moveShortcuts(Scene old, Scene now) {
        if (old != null) {
            ObservableMap<KeyCombination, Runnable> keys = old.getAccelerators();
            keys.remove(NEW);
            keys.remove(SAVE);
        }
        if (now != null) {
            now.getAccelerators().putAll(Map.of(NEW, this::onNew, SAVE, this::onSave));
        }
    }

    private void reloadList() {
        tasks.run(Messages.get("pitches.loading"), () -> new Listing(service.list(), service.chamberZone()),
                listing -> {
                    chamberZone = listing.zone();
                    showList(listing.rows());
                });
    }

    /** The nights, and the chamber's zone their times are read in. */
    private record Listing(List<SessionRow> rows, java.time.ZoneId zone) {
    }

    private void showList(List<SessionRow> rows) {
        syncingSelection = true;
        try {
            sessionList.getItems().setAll(rows);
        } finally {
            syncingSelection = false;
        }
        showMode();
        selectShownInList();
        // on the first visit, open the soonest night rather than an empty pane
        if (shown == null && !rows.isEmpty()) {
            sessionList.getSelectionModel().select(0);
        }
    }


    private void open(int id) {
        tasks.run(Messages.get("pitches.loading"), () -> service.find(id).orElse(null), this::showDetail);
    }

    private void showDetail(PitchNight night) {
        shown = night;
        detail.setVisible(night != null);
        noneChosen.setVisible(night == null);
        selectShownInList();
        if (night == null) {
            return;
        }
        boolean saved = night.id() != null;
        detailTitle.setText(saved ? night.title() : Messages.get("pitches.newTitle"));
        detailWhen.setText(saved ? PitchTexts.when(night.start()) + " · " + PitchTexts.status(night.status()) : "");
        agendaTab.setDisable(!saved);
        inviteButton.setDisable(!saved);
        inviteesTab.setDisable(!saved);
        outcomesTab.setDisable(!saved);
        sessionController.show(night);
        if (saved) {
            agendaController.show(night);
            inviteesController.show(night);
            outcomesController.show(night);
        } else {
            tabs.getSelectionModel().select(sessionTab);
        }
    }

    @FXML
    private void onInvite() {
        if (shown != null && shown.id() != null) {
            invites.open(shown.id(), root.getScene().getWindow(), this::refresh);
        }
    }

    private void saved(PitchNight night) {
        showDetail(night);
        reloadList();
    }

    @FXML
    private void onNew() {
        edits.settle(shown, this::newDraft, () -> { });
    }

    /** A new draft next Thursday at 18:00 (in the chamber's zone), shown in the form until it is saved. */
    private void newDraft() {
        LocalDate thursday = LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.THURSDAY));
        tasks.run(Messages.get("pitches.new"), () -> service.newDraft("", LocalDateTime.of(thursday,
                LocalTime.of(18, 0)), 120), draft -> {
                    showDetail(draft);
                    sessionController.focusTitle();
                });
    }

    @FXML
    private void onDuplicate() {
        SessionRow source = sessionList.getSelectionModel().getSelectedItem();
        if (source != null) {
            edits.settle(shown, () -> duplicate(source), () -> { });
        }
    }

    /** Copies the night (details and agenda, as stored) to the first same weekday that is still ahead. */
    private void duplicate(SessionRow source) {
        tasks.run(Messages.get("pitches.duplicate"), () -> service.duplicateAsNext(source.id()), copy -> {
            showDetail(copy);
            tabs.getSelectionModel().select(sessionTab);
            reloadList();
            sessionController.showSavedMessage(Messages.get("pitches.duplicated", source.title()));
        }, failure -> sessionController.showFailure(failure));
    }

    private void onSave() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        if (shown == null) {
            return;
        }
        if (tab == agendaTab && !agendaTab.isDisabled()) {
            agendaController.save();
        } else if (tab == sessionTab) {
            sessionController.save();
        }
    }
}
