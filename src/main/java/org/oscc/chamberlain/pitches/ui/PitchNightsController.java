package org.oscc.chamberlain.pitches.ui;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
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
    private NightEdits edits;

    @FXML private SplitPane root;
    @FXML private ListView<SessionRow> sessionList;
    @FXML private StackPane listHost;
    @FXML private ToggleButton listMode;
    @FXML private ToggleButton monthMode;
    private SessionListPane nights;
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
        noneChosen.setId("pitchNightNoneChosen");
        nights = new SessionListPane(new SessionListPane.Controls(sessionList, listHost, listMode, monthMode), clock,
                () -> chamberZone, this::onNew, row -> {
                    if (!isShown(row.id())) {
                        // Cancel (or a refused save) puts the shown night back once this selection change is over
                        edits.settle(shown, () -> open(row.id()), () -> Platform.runLater(this::selectShownInList));
                    }
                });
        detailHost.getChildren().add(noneChosen);
        edits = new NightEdits(sessionController, agendaController, () -> root.getScene().getWindow(),
                tab -> tabs.getSelectionModel().select(tab), sessionTab, agendaTab);
        duplicateButton.disableProperty().bind(nights.noneSelected());
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
        nights.select(shown == null ? null : shown.id());
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
        nights.show(rows, shown == null ? null : shown.id(), shown == null);
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
        SessionRow source = nights.selected();
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
