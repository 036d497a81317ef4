package org.oscc.chamberlain.pledges.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.SearchableComboBox;
import org.oscc.chamberlain.pledges.MemberFacts;
import org.oscc.chamberlain.pledges.PitchChoice;
import org.oscc.chamberlain.pledges.PledgeKind;
import org.oscc.chamberlain.pledges.PledgeStatus;
import org.oscc.chamberlain.pledges.ProjectChoice;
import org.oscc.chamberlain.ui.DateFields;
import org.oscc.chamberlain.ui.FormProblems;
import org.oscc.chamberlain.ui.Messages;
import org.oscc.chamberlain.ui.TextConverter;

/**
 * The pledge form's grid of fields, bound both ways to the form's view-model: the member, project and pitch
 * pickers with the choices they list, the kind (which turns hours or percent and headcount on), the period, the
 * status, the signing date and the notes.
 */
final class PledgeFields {
    /** The keys of the form's fields; each is also its label's key (pledges.form.KEY). */
    private static final String[] KEYS = {"member", "project", "kind", "hours", "percent", "headcount",
        "start", "end", "status", "signed", "pitch", "notes"};
    private static final Choice NO_PITCH = new Choice(null, Messages.get("pledges.form.pitch.none"));
    private final SearchableComboBox<MemberFacts> member = new SearchableComboBox<>();
    private final ComboBox<Choice> project = new ComboBox<>();
    private final ComboBox<PledgeKind> kind = new ComboBox<>(FXCollections.observableArrayList(PledgeKind.values()));
    private final TextField hours = new TextField();
    private final TextField percent = new TextField();
    private final TextField headcount = new TextField();
    private final DatePicker start = new DatePicker();
    private final DatePicker end = new DatePicker();
    private final ComboBox<PledgeStatus> status = new ComboBox<>(FXCollections.observableArrayList(
            PledgeStatus.values()));
    private final DatePicker signed = new DatePicker();
    private final ComboBox<Choice> pitch = new ComboBox<>();
    private final TextArea notes = new TextArea();
    private final GridPane grid = new GridPane();

    PledgeFields(PledgeFormModel model) {
        ids();
        kind.setConverter(TextConverter.of(k -> Messages.get("pledges.kind." + k.name())));
        status.setConverter(TextConverter.of(s -> Messages.get("pledges.status." + s.name())));
        member.setConverter(TextConverter.of(MemberFacts::name));
        kind.valueProperty().addListener((o, a, k) -> showKind(k));
        member.valueProperty().addListener((o, a, m) -> headcount.setPromptText(m == null || m.itHeadcount() == null
                ? "" : Messages.get("pledges.form.headcount.prompt", m.itHeadcount())));
        notes.setPrefRowCount(2);
        notes.setWrapText(true);
        layOut();
        bind(model);
    }

    Node node() {
        return grid;
    }

    /** Tells the form's problems which control shows each field. */
    void name(FormProblems problems) {
        Control[] edited = {member, project, kind, hours, percent, headcount, start, end, status, signed, pitch,
            notes};
        for (int i = 0; i < edited.length; i++) {
            problems.field(KEYS[i], edited[i], Messages.get("pledges.form." + KEYS[i]));
        }
    }

    private void layOut() {
        grid.getStyleClass().add("form-grid");
        ColumnConstraints labels0 = new ColumnConstraints();
        labels0.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels0, fields);
        // the period on one row right below the member, near the top: it decides every figure of the pledge
        HBox period = new HBox(3, start, new Label("\u2013"), end);
        period.setAlignment(Pos.CENTER_LEFT);
        start.setAccessibleText(Messages.get("pledges.form.start"));
        end.setAccessibleText(Messages.get("pledges.form.end"));
        for (DatePicker d : new DatePicker[] {start, end}) {
            d.setPrefWidth(120); // a date of 10 characters and the calendar button
            d.getStyleClass().add("period-date");
            d.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(d, Priority.ALWAYS);
        }
        String[] labels = {"member", "period", "kind", "hours", "percent", "headcount", "project", "status",
            "signed", "pitch", "notes"};
        Node[] controls = {member, period, kind, hours, percent, headcount, project, status, signed, pitch, notes};
        for (int i = 0; i < labels.length; i++) {
            Label l = new Label(Messages.get("pledges.form." + labels[i]));
            l.setLabelFor(controls[i] == period ? start : controls[i]);
            grid.addRow(i, l, controls[i]);
            if (controls[i] instanceof Control c) {
                c.setMaxWidth(Double.MAX_VALUE);
            }
        }
    }

    private void bind(PledgeFormModel model) {
        member.valueProperty().bindBidirectional(model.member);
        project.valueProperty().bindBidirectional(model.project);
        kind.valueProperty().bindBidirectional(model.kind);
        hours.textProperty().bindBidirectional(model.hours);
        percent.textProperty().bindBidirectional(model.percent);
        headcount.textProperty().bindBidirectional(model.headcount);
        DateFields.bind(start, model.start);
        DateFields.bind(end, model.end);
        status.valueProperty().bindBidirectional(model.status);
        DateFields.bind(signed, model.signed);
        pitch.valueProperty().bindBidirectional(model.pitch);
        notes.textProperty().bindBidirectional(model.notes);
    }

    private void ids() {
        member.setId("pledgeMember");
        project.setId("pledgeProject");
        kind.setId("pledgeKind");
        hours.setId("pledgeHours");
        percent.setId("pledgePercent");
        headcount.setId("pledgeHeadcount");
        start.setId("pledgeStart");
        end.setId("pledgeEnd");
        status.setId("pledgeStatus");
        signed.setId("pledgeSigned");
        pitch.setId("pledgePitch");
        notes.setId("pledgeNotes");
    }

    /** Fills the pickers, keeping what they showed. */
    void setChoices(List<MemberFacts> members, List<ProjectChoice> projects, List<PitchChoice> pitches) {
        MemberFacts m = member.getValue();
        Choice p = project.getValue();
        Long chosenPitch = pitch.getValue() == null ? null : pitch.getValue().id();
        List<Choice> pitchChoices = new ArrayList<>();
        pitchChoices.add(NO_PITCH);
        pitches.forEach(x -> pitchChoices.add(new Choice(x.slotId(), x.label())));
        pitch.getItems().setAll(pitchChoices);
        selectPitch(chosenPitch);
        member.getItems().setAll(members);
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(null, Messages.get("pledges.generalPool")));
        projects.forEach(x -> choices.add(new Choice(x.id(), x.name())));
        project.getItems().setAll(choices);
        member.setValue(m == null ? null : member(m.id()));
        project.setValue(p == null ? choices.get(0) : p);
    }

    /** Empty pickers for a new pledge: no member, the general pool, no pitch. */
    void clearChoices() {
        member.setValue(null);
        project.setValue(project.getItems().isEmpty() ? null : project.getItems().get(0));
        selectPitch(null);
    }

    /** Shows a stored pledge's member, project and pitch. */
    void choose(long organizationId, Long projectId, Long pitchSlotId) {
        member.setValue(member(organizationId));
        project.setValue(project.getItems().stream().filter(x -> Objects.equals(x.id(), projectId))
                .findFirst().orElse(null));
        selectPitch(pitchSlotId);
    }

    /**
     * Shows the pitch a pledge came from. One the picker does not list yet (choices still loading) is added under
     * its id, so that saving never drops the link.
     */
    private void selectPitch(Long slotId) {
        if (slotId == null) {
            pitch.setValue(NO_PITCH);
            return;
        }
        Choice found = pitch.getItems().stream().filter(c -> slotId.equals(c.id())).findFirst().orElse(null);
        if (found == null) {
            found = new Choice(slotId, Messages.get("pledges.form.pitch.unlisted", slotId));
            pitch.getItems().add(found);
        }
        pitch.setValue(found);
    }

    /** The member the picker lists under this id, or null. */
    MemberFacts member(long organizationId) {
        return member.getItems().stream().filter(m -> m.id() == organizationId).findFirst().orElse(null);
    }

    /** The name the project picker shows for this project ("" when it does not list it yet). */
    String projectName(Long projectId) {
        return projectId == null ? Messages.get("pledges.generalPool") : project.getItems().stream()
                .filter(c -> projectId.equals(c.id())).map(Choice::name).findFirst().orElse("");
    }

    private void showKind(PledgeKind k) {
        boolean isHours = k != PledgeKind.PERCENT_OF_WORKFORCE;
        hours.setDisable(!isHours);
        percent.setDisable(isHours);
        headcount.setDisable(isHours);
    }
}
