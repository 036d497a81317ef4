package org.oscc.chamberlain.pitches.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.oscc.chamberlain.ui.ColumnPriorities;
import org.oscc.chamberlain.pitches.AgendaPlan;
import org.oscc.chamberlain.pitches.AgendaReflow;
import org.oscc.chamberlain.pitches.AgendaSlot;
import org.oscc.chamberlain.pitches.Conflict;
import org.oscc.chamberlain.pitches.PitchNight;
import org.oscc.chamberlain.pitches.PitchNightService;
import org.oscc.chamberlain.pitches.TimedSlot;
import org.oscc.chamberlain.settings.HoursText;
import org.oscc.chamberlain.ui.BackgroundTasks;
import org.oscc.chamberlain.ui.Messages;
import org.oscc.chamberlain.ui.StatusLine;

/**
 * The agenda: pitches and breaks in order, each slot's times reflowed from the session start after every change
 * (add, edit, remove, drag and drop, Alt+Up/Alt+Down), the total and a warning when it runs past the session's end.
 * Changes stay on screen until "Save agenda".
 */
public class AgendaController {
    private final PitchNightService service;
    private final BackgroundTasks tasks;
    private PitchNight night;
    private List<AgendaSlot> slots = List.of();
    private boolean dirty;
    private Runnable onChanged = () -> { };

    @FXML private TableView<TimedSlot> table;
    @FXML private TableColumn<TimedSlot, String> startColumn;
    @FXML private TableColumn<TimedSlot, String> titleColumn;
    @FXML private TableColumn<TimedSlot, String> projectColumn;
    @FXML private TableColumn<TimedSlot, String> presenterColumn;
    @FXML private TableColumn<TimedSlot, Number> minutesColumn;
    @FXML private TableColumn<TimedSlot, String> askColumn;
    @FXML private TableColumn<TimedSlot, String> skillsColumn;
    @FXML private Label total;
    @FXML private Label overrun;
    @FXML private Label message;
    @FXML private VBox conflictBox;
    @FXML private Label conflictText;
    @FXML private SlotEditorController editorController;

    public AgendaController(PitchNightService service, BackgroundTasks tasks) {
        this.service = service;
        this.tasks = tasks;
    }

    @FXML
    private void initialize() {
        StatusLine.clearOnEdit(message, message.getParent().getParent());
        // the time and the project name a slot; a long title gives way (it repeats the project's name)
        ColumnPriorities.of(table).identifying(startColumn, projectColumn)
                .secondary(skillsColumn, askColumn, presenterColumn).install();
        startColumn.setCellValueFactory(c -> text(PitchTexts.time(c.getValue().start())));
        titleColumn.setCellValueFactory(c -> text(c.getValue().slot().label()));
        projectColumn.setCellValueFactory(c -> text(c.getValue().slot().projectName()));
        presenterColumn.setCellValueFactory(c -> text(c.getValue().slot().presenterName()));
        minutesColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().slot().minutes()));
        askColumn.setCellValueFactory(c -> text(c.getValue().slot().askMinutes() == null ? ""
                : HoursText.fromMinutes(c.getValue().slot().askMinutes()) + " h"));
        titleColumn.setCellFactory(c -> new SlotTitleCell());
        skillsColumn.setCellValueFactory(c -> text(c.getValue().slot().askSkills()));
        table.setRowFactory(new AgendaDragAndDrop(this::moveTo));
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        table.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> editSelected());
        editorController.setOnApply(this::replaceSelected);
        hideConflicts();
    }

    void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    void reloadChoices() {
        tasks.run(Messages.get("pitches.loading"), () -> new Object[] {service.projectChoices(),
            service.contactChoices()}, both -> editorController.setChoices(cast(both[0]), cast(both[1])));
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(Object list) {
        return (List<T>) list;
    }

    void show(PitchNight shownNight) {
        boolean sameNight = night != null && night.id() != null && night.id().equals(shownNight.id());
        night = shownNight;
        if (sameNight && dirty) {
            relayout(table.getSelectionModel().getSelectedIndex());
            return;
        }
        tasks.run(Messages.get("pitches.loading"), () -> service.agenda(shownNight.id()), loaded -> {
            slots = loaded;
            setDirty(false);
            PitchTexts.showOk(message, "");
            hideConflicts();
            relayout(-1);
        });
    }

    /** Saves the agenda as shown (Ctrl+S on this tab), after a look for presenters booked elsewhere. */
    @FXML
    void save() {
        save(() -> { }, () -> { });
    }

    /** True when slots were added, changed, moved or removed since the agenda was loaded or saved. */
    boolean isDirty() {
        return dirty;
    }

    /** Drops the unsaved changes and reloads the agenda as stored. */
    void discard() {
        onRevert();
    }

    /**
     * Saves as {@link #save()} does, then runs {@code then}; runs {@code notSaved} instead when a slot is refused or
     * a presenter clash needs the user's "Save anyway".
     */
    void save(Runnable then, Runnable notSaved) {
        List<AgendaSlot> toSave = slots;
        hideConflicts();
        tasks.run(Messages.get("pitches.agenda.checking"), () -> service.conflicts(night, toSave).stream()
                .filter(c -> c.kind() == Conflict.Kind.PRESENTER).toList(), conflicts -> {
                    if (conflicts.isEmpty()) {
                        store(toSave, then, notSaved);
                    } else {
                        conflictText.setText(String.join("\n", conflicts.stream().map(c -> "• " + c.message())
                                .toList()));
                        conflictBox.setVisible(true);
                        conflictBox.setManaged(true);
                        notSaved.run();
                    }
                }, failure -> {
                    PitchTexts.showFailure(message, failure);
                    notSaved.run();
                });
    }

    @FXML
    private void onSaveAnyway() {
        hideConflicts();
        store(slots, () -> { }, () -> { });
    }

    private void store(List<AgendaSlot> toSave, Runnable then, Runnable notSaved) {
        int selected = table.getSelectionModel().getSelectedIndex();
        tasks.run(Messages.get("pitches.agenda.saving"), () -> service.saveAgenda(night.id(), toSave), saved -> {
            slots = saved;
            setDirty(false);
            relayout(selected);
            PitchTexts.showOk(message, Messages.get("pitches.agenda.saved", saved.size()));
            onChanged.run();
            then.run();
        }, failure -> {
            PitchTexts.showFailure(message, failure);
            notSaved.run();
        });
    }

    @FXML
    private void onRevert() {
        dirty = false;
        show(night);
    }

    @FXML
    private void onAddPitch() {
        add(AgendaSlot.pitch(null, null, null, 10, null, null));
    }

    @FXML
    private void onAddBreak() {
        add(AgendaSlot.breakOf(Messages.get("pitches.slot.break"), 10));
    }

    @FXML
    private void onRemove() {
        int index = table.getSelectionModel().getSelectedIndex();
        if (index >= 0) {
            List<AgendaSlot> fewer = new ArrayList<>(slots);
            fewer.remove(index);
            change(fewer, Math.min(index, fewer.size() - 1));
        }
    }

    @FXML
    private void onMoveUp() {
        int index = table.getSelectionModel().getSelectedIndex();
        if (index > 0) {
            moveTo(index, index - 1);
        }
    }

    @FXML
    private void onMoveDown() {
        int index = table.getSelectionModel().getSelectedIndex();
        if (index >= 0 && index < slots.size() - 1) {
            moveTo(index, index + 1);
        }
    }

    private void onKey(KeyEvent e) {
        if (e.isAltDown() && e.getCode() == KeyCode.UP) {
            onMoveUp();
            e.consume();
        } else if (e.isAltDown() && e.getCode() == KeyCode.DOWN) {
            onMoveDown();
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE) {
            onRemove();
            e.consume();
        }
    }

    private void add(AgendaSlot slot) {
        List<AgendaSlot> more = new ArrayList<>(slots);
        more.add(slot);
        change(more, more.size() - 1);
        editorController.focus();
    }

    void moveTo(int from, int to) {
        if (from >= 0 && from < slots.size() && to >= 0 && to < slots.size() && from != to) {
            change(AgendaReflow.moveTo(slots, from, to), to);
        }
    }

    private void replaceSelected(AgendaSlot edited) {
        int index = table.getSelectionModel().getSelectedIndex();
        if (index >= 0) {
            List<AgendaSlot> changed = new ArrayList<>(slots);
            changed.set(index, edited);
            change(changed, index);
        }
    }

    private void change(List<AgendaSlot> newSlots, int select) {
        slots = List.copyOf(newSlots);
        setDirty(true);
        relayout(select);
    }

    /** Recomputes every start time from the session start: the only place the table's rows are made. */
    private void relayout(int select) {
        AgendaPlan plan = AgendaReflow.plan(night, slots);
        table.getItems().setAll(plan.slots());
        if (select >= 0 && select < slots.size()) {
            table.getSelectionModel().clearAndSelect(select);
            table.scrollTo(select);
        }
        editSelected();
        total.setText(Messages.get("pitches.agenda.total", plan.slots().size(), plan.totalMinutes(),
                plan.sessionMinutes(), PitchTexts.time(night.start().plusMinutes(plan.totalMinutes()))));
        overrun.setText(plan.warning().orElse(""));
        overrun.setVisible(plan.overruns());
        overrun.setManaged(plan.overruns());
    }

    private void editSelected() {
        int index = table.getSelectionModel().getSelectedIndex();
        editorController.edit(index >= 0 && index < slots.size() ? slots.get(index) : null, index);
    }

    private void setDirty(boolean changed) {
        dirty = changed;
        if (changed) {
            PitchTexts.showOk(message, "");
            message.setText(Messages.get("pitches.agenda.unsaved"));
            message.getStyleClass().setAll("label", "muted");
        }
    }

    private void hideConflicts() {
        conflictBox.setVisible(false);
        conflictBox.setManaged(false);
    }

    private static ReadOnlyObjectWrapper<String> text(String value) {
        return new ReadOnlyObjectWrapper<>(value == null ? "" : value);
    }
}
