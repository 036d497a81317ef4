package org.oscc.chamberlain.pledges.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.oscc.chamberlain.importing.DateOrder;
import org.oscc.chamberlain.importing.Parsed;
import org.oscc.chamberlain.importing.ValueParsers;
import org.oscc.chamberlain.pledges.Fulfilment;
import org.oscc.chamberlain.pledges.MemberFacts;
import org.oscc.chamberlain.pledges.Pledge;
import org.oscc.chamberlain.pledges.PledgeDraft;
import org.oscc.chamberlain.pledges.PledgeKind;
import org.oscc.chamberlain.pledges.PledgeService;
import org.oscc.chamberlain.pledges.PledgeStatus;
import org.oscc.chamberlain.pledges.PitchChoice;
import org.oscc.chamberlain.pledges.ProjectChoice;
import org.oscc.chamberlain.settings.HoursText;
import org.oscc.chamberlain.ui.BackgroundTasks;
import org.oscc.chamberlain.ui.Messages;
import org.oscc.chamberlain.ui.StatusLine;
import org.oscc.chamberlain.validation.InvalidInputException;
import org.oscc.chamberlain.validation.Problem;

/**
 * The pledge form below the table: creates a pledge or edits the selected one (hours, or a percent of the
 * workforce on a headcount basis that defaults to the member's IT headcount). The service's refusals are listed
 * beside the form and the fields they name are outlined.
 */
final class PledgeForm {
    private final PledgeService pledges;
    private final BackgroundTasks tasks;
    private final Consumer<Pledge> saved;
    private final ValueParsers parsers = new ValueParsers(DateOrder.UNDECIDED);
    private final Label heading = new Label();
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
    private final Label summary = new Label();
    private final Label message = new Label();
    private final Map<String, Control> fieldsByProblem = new HashMap<>();
    private final VBox root;
    private static final Choice NO_PITCH = new Choice(null, Messages.get("pledges.form.pitch.none"));
    private Long editing;
    /** The pledge this form just saved: its reload must not wipe the confirmation. */
    private Long justSaved;
    private int loads;

    PledgeForm(PledgeService pledges, BackgroundTasks tasks, Consumer<Pledge> saved) {
        this.pledges = pledges;
        this.tasks = tasks;
        this.saved = saved;
        ids();
        kind.setConverter(converter(k -> Messages.get("pledges.kind." + k.name())));
        status.setConverter(converter(s -> Messages.get("pledges.status." + s.name())));
        member.setConverter(converter(MemberFacts::name));
        kind.valueProperty().addListener((o, a, k) -> showKind(k));
        member.valueProperty().addListener((o, a, m) -> headcount.setPromptText(m == null || m.itHeadcount() == null
                ? "" : Messages.get("pledges.form.headcount.prompt", m.itHeadcount())));
        notes.setId("pledgeNotes");
        notes.setPrefRowCount(2);
        notes.setWrapText(true);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        javafx.scene.layout.ColumnConstraints labels0 = new javafx.scene.layout.ColumnConstraints();
        labels0.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels0, fields);
        String[] labels = {"member", "project", "kind", "hours", "percent", "headcount", "start", "end", "status",
            "signed", "pitch", "notes"};
        Control[] controls = {member, project, kind, hours, percent, headcount, start, end, status, signed, pitch,
            notes};
        for (int i = 0; i < labels.length; i++) {
            Label l = new Label(Messages.get("pledges.form." + labels[i]));
            l.setLabelFor(controls[i]);
            grid.addRow(i, l, controls[i]);
            controls[i].setMaxWidth(Double.MAX_VALUE);
        }
        Button save = new Button(Messages.get("pledges.form.save"), new FontIcon("mdi2c-content-save-outline"));
        save.setId("savePledge");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> save());
        heading.getStyleClass().add("section-heading");
        heading.setId("pledgeHeading");
        // a pledge is named by member, project and period: that may take two lines, never the Save button's room
        heading.setWrapText(true);
        heading.setMinWidth(0);
        save.setMinWidth(Button.USE_PREF_SIZE);
        summary.getStyleClass().add("muted");
        summary.setWrapText(true);
        message.setWrapText(true);
        message.setMaxWidth(420);
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        javafx.scene.layout.HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.HBox top = new javafx.scene.layout.HBox(8, heading, gap, save);
        javafx.scene.layout.HBox.setHgrow(heading, javafx.scene.layout.Priority.SOMETIMES);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        root = new VBox(8, top, message, summary, grid);
        StatusLine.clearOnEdit(message, root);
        root.setPrefWidth(430);
        root.setMinWidth(400);
        problemFields();
        startNew();
    }

    Node node() {
        return root;
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
        message.setId("pledgeMessage");
        summary.setId("pledgeSummary");
    }

    private void problemFields() {
        fieldsByProblem.put("Member", member);
        fieldsByProblem.put("Project", project);
        fieldsByProblem.put("Kind", kind);
        fieldsByProblem.put("Hours", hours);
        fieldsByProblem.put("Percent", percent);
        fieldsByProblem.put("Headcount basis", headcount);
        fieldsByProblem.put("Hours per week", headcount);
        fieldsByProblem.put("Period start", start);
        fieldsByProblem.put("Period end", end);
        fieldsByProblem.put("Period", end);
        fieldsByProblem.put("Pitch", pitch);
    }

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
        member.setValue(m == null ? null : find(m.id()));
        project.setValue(p == null ? choices.get(0) : p);
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

    /** An empty form for a new pledge: this calendar year, active, hours. */
    void startNew() {
        loads++;
        justSaved = null;
        editing = null;
        heading.setText(Messages.get("pledges.form.new"));
        summary.setText("");
        member.setValue(null);
        project.setValue(project.getItems().isEmpty() ? null : project.getItems().get(0));
        kind.setValue(PledgeKind.HOURS);
        hours.clear();
        percent.clear();
        headcount.clear();
        LocalDate today = LocalDate.now();
        start.setValue(today.withDayOfYear(1));
        end.setValue(today.withDayOfYear(1).plusYears(1).minusDays(1));
        status.setValue(PledgeStatus.ACTIVE);
        signed.setValue(today);
        selectPitch(null);
        notes.clear();
        clearMessage();
    }

    /** Loads a stored pledge into the form (in the background: a later selection wins). */
    void edit(long pledgeId) {
        int asked = ++loads;
        tasks.run(Messages.get("pledges.loading"), () -> new Loaded(pledges.get(pledgeId).orElse(null),
                pledges.fulfilment(pledgeId).orElse(null)), loaded -> {
                    if (asked == loads && loaded.pledge() != null) {
                        fill(loaded.pledge(), loaded.fulfilment());
                    }
                });
    }

    private void fill(Pledge p, Fulfilment f) {
        editing = p.id();
        heading.setText(headingFor(p.organizationId(), p.projectId(), p.periodStart(), p.periodEnd()));
        summary.setText(f == null ? "" : Messages.get("pledges.form.summary", Figures.hours(f.pledgedMinutes()),
                Figures.hours(f.deliveredMinutes()), Figures.percent(f.percentOfPledgedBp()),
                Figures.hours(f.expectedMinutes())));
        member.setValue(find(p.organizationId()));
        project.setValue(project.getItems().stream().filter(c -> java.util.Objects.equals(c.id(), p.projectId()))
                .findFirst().orElse(null));
        kind.setValue(p.kind());
        hours.setText(p.pledgedMinutes() == null ? "" : HoursText.fromMinutes(p.pledgedMinutes().intValue()));
        percent.setText(p.percentBp() == null ? "" : java.math.BigDecimal.valueOf(p.percentBp(), 2)
                .stripTrailingZeros().toPlainString());
        headcount.setText(p.headcountBasis() == null ? "" : p.headcountBasis().toString());
        start.setValue(p.periodStart());
        end.setValue(p.periodEnd());
        status.setValue(p.status());
        signed.setValue(p.signedOn());
        selectPitch(p.pitchSlotId());
        notes.setText(p.notes() == null ? "" : p.notes());
        if (justSaved == null || justSaved != p.id()) {
            clearMessage(); // the reload that follows a save keeps its "Pledge saved." in view
        }
        justSaved = null;
    }

    /** "Acme Inc. · Project X · Jan 2026 – Dec 2026": a stored pledge is named by what it is, not by its id. */
    private String headingFor(long organizationId, Long projectId, LocalDate from, LocalDate to) {
        MemberFacts m = find(organizationId);
        String projectName = projectId == null ? Messages.get("pledges.generalPool") : project.getItems().stream()
                .filter(c -> projectId.equals(c.id())).map(Choice::name).findFirst().orElse("");
        return Messages.get("pledges.form.edit", m == null ? "" : m.name(), projectName,
                from == null || to == null ? "" : Figures.period(from, to));
    }

    private MemberFacts find(long organizationId) {
        return member.getItems().stream().filter(m -> m.id() == organizationId).findFirst().orElse(null);
    }

    private void showKind(PledgeKind k) {
        boolean isHours = k != PledgeKind.PERCENT_OF_WORKFORCE;
        hours.setDisable(!isHours);
        percent.setDisable(isHours);
        headcount.setDisable(isHours);
    }

    private void save() {
        clearMessage();
        List<Problem> local = new ArrayList<>();
        Long minutes = null;
        Integer bp = null;
        Long basis = null;
        if (kind.getValue() == PledgeKind.HOURS && !hours.getText().isBlank()) {
            Parsed<Integer> h = parsers.hours(hours.getText());
            if (h.failed()) {
                local.add(Problem.of("Hours", h.problem()));
            } else {
                minutes = h.value() == null ? null : h.value().longValue();
            }
        }
        if (kind.getValue() == PledgeKind.PERCENT_OF_WORKFORCE) {
            Parsed<Integer> pc = parsers.percentBasisPoints(percent.getText());
            if (pc.failed()) {
                local.add(Problem.of("Percent", pc.problem()));
            }
            bp = pc.value();
            if (!headcount.getText().isBlank()) {
                Parsed<Integer> n = parsers.count(headcount.getText());
                if (n.failed()) {
                    local.add(Problem.of("Headcount basis", n.problem()));
                } else {
                    basis = n.value().longValue();
                }
            }
        }
        if (!local.isEmpty()) {
            showProblems(local);
            return;
        }
        MemberFacts m = member.getValue();
        Choice p = project.getValue();
        PledgeDraft draft = new PledgeDraft(m == null ? null : m.id(), p == null ? null : p.id(), kind.getValue(),
                minutes, bp, basis, null, start.getValue(), end.getValue(), status.getValue(), signed.getValue(),
                pitch.getValue() == null ? null : pitch.getValue().id(), notes.getText());
        Long id = editing;
        tasks.run(Messages.get("pledges.form.save"), () -> id == null ? pledges.create(draft)
                : pledges.update(id, draft), stored -> {
                    editing = stored.id();
                    justSaved = stored.id();
                    heading.setText(headingFor(stored.organizationId(), stored.projectId(), stored.periodStart(),
                            stored.periodEnd()));
                    message.setText(Messages.get("pledges.form.saved"));
                    message.getStyleClass().setAll("label", "message-ok");
                    saved.accept(stored);
                }, failure -> {
                    if (failure instanceof InvalidInputException refused) {
                        showProblems(refused.problems());
                    } else {
                        org.oscc.chamberlain.ui.ErrorReporter.report(failure);
                    }
                });
    }

    private void showProblems(List<Problem> problems) {
        StringBuilder text = new StringBuilder();
        for (Problem p : problems) {
            text.append(p.describe()).append('\n');
            Control c = fieldsByProblem.get(p.field());
            if (c != null && !c.getStyleClass().contains("field-error")) {
                c.getStyleClass().add("field-error");
            }
        }
        message.setText(text.toString().strip());
        message.getStyleClass().setAll("label", "message-error");
    }

    private void clearMessage() {
        message.setText("");
        fieldsByProblem.values().forEach(c -> c.getStyleClass().remove("field-error"));
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private record Loaded(Pledge pledge, Fulfilment fulfilment) {
    }
}
