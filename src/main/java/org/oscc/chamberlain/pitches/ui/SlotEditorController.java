package org.oscc.chamberlain.pitches.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.controlsfx.control.SearchableComboBox;
import org.oscc.chamberlain.pitches.AgendaSlot;
import org.oscc.chamberlain.pitches.Choice;
import org.oscc.chamberlain.pitches.InviteCandidate;
import org.oscc.chamberlain.pitches.SlotKind;
import org.oscc.chamberlain.settings.HoursText;
import org.oscc.chamberlain.ui.FormProblems;
import org.oscc.chamberlain.ui.Messages;
import org.oscc.chamberlain.ui.TextConverter;
import org.oscc.chamberlain.validation.Problem;

/** Edits the chosen agenda slot: project, presenter, title, minutes and the pitch's ask; "Apply" puts it back. */
public class SlotEditorController {
    private static final Choice NO_PROJECT = new Choice(-1, "—");
    private static final InviteCandidate NO_PRESENTER = new InviteCandidate(-1, "—", null, null, null, false);

    private AgendaSlot editing;
    private FormProblems problems;
    private Consumer<AgendaSlot> onApply = s -> { };

    @FXML private GridPane editor;
    @FXML private Label heading;
    @FXML private ComboBox<Choice> project;
    @FXML private SearchableComboBox<InviteCandidate> presenter;
    @FXML private TextField slotTitle;
    @FXML private TextField minutes;
    @FXML private TextField askHours;
    @FXML private TextField askSkills;
    @FXML private Button apply;
    @FXML private Label message;

    @FXML
    private void initialize() {
        project.getItems().setAll(NO_PROJECT);
        presenter.getItems().setAll(NO_PRESENTER);
        project.setConverter(TextConverter.of(Choice::name));
        presenter.setConverter(TextConverter.of(InviteCandidate::displayName));
        problems = new FormProblems(message)
                .field("minutes", minutes, Messages.get("pitches.slot.minutes"))
                .field("askHours", askHours, Messages.get("pitches.slot.askHours"));
        // a problem goes as soon as its field is changed
        minutes.textProperty().addListener((o, a, b) -> problems.show(List.of(), false));
        askHours.textProperty().addListener((o, a, b) -> problems.show(List.of(), false));
        edit(null, -1);
    }

    void setOnApply(Consumer<AgendaSlot> onApply) {
        this.onApply = onApply;
    }

    void setChoices(List<Choice> projects, List<InviteCandidate> contacts) {
        List<Choice> p = new ArrayList<>(List.of(NO_PROJECT));
        p.addAll(projects);
        List<InviteCandidate> c = new ArrayList<>(List.of(NO_PRESENTER));
        c.addAll(contacts);
        project.getItems().setAll(p);
        presenter.getItems().setAll(c);
        edit(editing, editing == null ? -1 : 0);
    }

    void focus() {
        slotTitle.requestFocus();
    }

    /** Shows {@code slot} (the agenda's row {@code index}) for editing, or a disabled editor when none is chosen. */
    void edit(AgendaSlot slot, int index) {
        editing = slot;
        editor.setDisable(slot == null);
        problems.show(List.of(), false);
        if (slot == null) {
            heading.setText(Messages.get("pitches.slot.none"));
            slotTitle.clear();
            minutes.clear();
            askHours.clear();
            askSkills.clear();
            return;
        }
        boolean pitch = slot.kind() == SlotKind.PITCH;
        heading.setText(Messages.get(pitch ? "pitches.slot.editPitch" : "pitches.slot.editBreak"));
        project.setDisable(!pitch);
        presenter.setDisable(!pitch);
        askHours.setDisable(!pitch);
        askSkills.setDisable(!pitch);
        project.setValue(project.getItems().stream().filter(c -> slot.projectId() != null
                && c.id() == slot.projectId()).findFirst().orElse(NO_PROJECT));
        presenter.setValue(presenter.getItems().stream().filter(c -> slot.presenterContactId() != null
                && c.contactId() == slot.presenterContactId()).findFirst().orElse(NO_PRESENTER));
        slotTitle.setText(slot.title());
        minutes.setText(Integer.toString(slot.minutes()));
        askHours.setText(slot.askMinutes() == null ? "" : HoursText.fromMinutes(slot.askMinutes()));
        askSkills.setText(slot.askSkills());
    }

    @FXML
    private void onApply() {
        if (editing == null) {
            return;
        }
        List<Problem> found = new ArrayList<>();
        int length = 0;
        String typed = minutes.getText() == null ? "" : minutes.getText().strip();
        try {
            length = Integer.parseInt(typed);
            if (length <= 0) {
                found.add(Problem.onField("minutes", "pitches.slot.minutes", "pitches.slot.minutesTooShort", length));
            }
        } catch (NumberFormatException e) {
            found.add(Problem.onField("minutes", "pitches.slot.minutes", "pitches.slot.minutesInvalid", typed));
        }
        Integer ask = null;
        if (askHours.getText() != null && !askHours.getText().isBlank()) {
            OptionalInt parsed = HoursText.toMinutes(askHours.getText());
            if (parsed.isEmpty()) {
                found.add(Problem.onField("askHours", "pitches.slot.askHours", "pitches.slot.askInvalid",
                        askHours.getText()));
            } else {
                ask = parsed.getAsInt();
            }
        }
        if (!found.isEmpty()) {
            problems.show(found, true);
            return;
        }
        boolean pitch = editing.kind() == SlotKind.PITCH;
        Choice p = pitch && project.getValue() != null && project.getValue() != NO_PROJECT ? project.getValue() : null;
        InviteCandidate who = pitch && presenter.getValue() != null && presenter.getValue() != NO_PRESENTER
                ? presenter.getValue() : null;
        AgendaSlot edited = new AgendaSlot(editing.id(), editing.kind(), p == null ? null : p.id(),
                p == null ? null : p.name(), who == null ? null : who.contactId(), who == null ? null : who.fullName(),
                slotTitle.getText(), length, pitch ? ask : null, pitch ? askSkills.getText() : null);
        onApply.accept(edited);
    }
}
