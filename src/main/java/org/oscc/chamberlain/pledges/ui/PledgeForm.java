package org.oscc.chamberlain.pledges.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.oscc.chamberlain.importing.ValueParsers;
import org.oscc.chamberlain.pledges.Fulfilment;
import org.oscc.chamberlain.pledges.MemberFacts;
import org.oscc.chamberlain.pledges.PitchChoice;
import org.oscc.chamberlain.pledges.Pledge;
import org.oscc.chamberlain.pledges.PledgeKind;
import org.oscc.chamberlain.pledges.PledgeService;
import org.oscc.chamberlain.pledges.PledgeStatus;
import org.oscc.chamberlain.pledges.ProjectChoice;
import org.oscc.chamberlain.ui.BackgroundTasks;
import org.oscc.chamberlain.ui.DateFields;
import org.oscc.chamberlain.ui.FormProblems;
import org.oscc.chamberlain.ui.Messages;

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
    private final Label problemSummary = new Label();
    private final PledgeFormModel model;
    private final FormProblems problems;
    private final VBox root;
    private static final Choice NO_PITCH = new Choice(null, Messages.get("pledges.form.pitch.none"));
    /** Today in the chamber's time zone, as the pledge service says once the choices have loaded. */
    private LocalDate today = LocalDate.now();
    private int loads;

    PledgeForm(PledgeService pledges, BackgroundTasks tasks, Consumer<Pledge> saved) {
        this.pledges = pledges;
        this.tasks = tasks;
        this.saved = saved;
        this.model = new PledgeFormModel(pledges, tasks);
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
        // the period on one row right below the member, near the top: it decides every figure of the pledge
        javafx.scene.layout.HBox period = new javafx.scene.layout.HBox(3, start, new Label("\u2013"), end);
        period.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        start.setAccessibleText(Messages.get("pledges.form.start"));
        end.setAccessibleText(Messages.get("pledges.form.end"));
        for (DatePicker d : new DatePicker[] {start, end}) {
            d.setPrefWidth(120); // a date of 10 characters and the calendar button
            d.getStyleClass().add("period-date");
            d.setMaxWidth(Double.MAX_VALUE);
            javafx.scene.layout.HBox.setHgrow(d, javafx.scene.layout.Priority.ALWAYS);
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
        Button save = new Button(Messages.get("pledges.form.save"), new FontIcon("mdi2c-content-save-outline"));
        save.setId("savePledge");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> save());
        problemSummary.setId("pledgeProblems");
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
        // an empty message or summary line takes no room: the form starts right under its heading
        for (Label line : new Label[] {message, summary}) {
            line.managedProperty().bind(line.textProperty().isNotEmpty());
            line.visibleProperty().bind(line.managedProperty());
        }
        root = new VBox(8, top, problemSummary, message, summary, grid);
        root.setId("pledgeForm");
        root.setPrefWidth(430);
        root.setMinWidth(400);
        bind();
        problems = new FormProblems(problemSummary);
        Control[] edited = {member, project, kind, hours, percent, headcount, start, end, status, signed, pitch,
            notes};
        for (int i = 0; i < edited.length; i++) {
            problems.field(PLEDGE_FIELDS[i], edited[i], Messages.get("pledges.form." + PLEDGE_FIELDS[i]));
        }
        problems.alias("period", "end").follow(model.problems());
        model.statusProperty().addListener((o, a, text) -> {
            message.setText(text);
            message.getStyleClass().setAll("label", "message-ok");
        });
        model.onSaved(stored -> {
            heading.setText(headingFor(stored.organizationId(), stored.projectId(), stored.periodStart(),
                    stored.periodEnd()));
            saved.accept(stored);
        });
        startNew();
    }

    /** The keys of the form's fields; each is also its label's key (pledges.form.KEY). */
    private static final String[] PLEDGE_FIELDS = {"member", "project", "kind", "hours", "percent", "headcount",
        "start", "end", "status", "signed", "pitch", "notes"};

    Node node() {
        return root;
    }

    /** The form's view-model: the unsaved-edits contract the Pledges screen and the main window ask. */
    PledgeFormModel model() {
        return model;
    }

    /** Saves (Ctrl+S, the Save button); a refusal shows on the fields, focus on the first. */
    void save() {
        model.save(ok -> {
            if (!ok) {
                problems.focusFirst();
            }
        });
    }

    private void bind() {
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
        message.setId("pledgeMessage");
        summary.setId("pledgeSummary");
    }

    void setChoices(List<MemberFacts> members, List<ProjectChoice> projects, List<PitchChoice> pitches) {
        // the same values come back in the new lists: that is no edit of the organizer's
        model.keepingState(() -> fillChoices(members, projects, pitches));
    }

    private void fillChoices(List<MemberFacts> members, List<ProjectChoice> projects, List<PitchChoice> pitches) {
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

    /** Takes the chamber's today; a new pledge not yet touched moves its default period to it. */
    void setToday(LocalDate chamberToday) {
        boolean untouched = model.editing() == null && !model.isDirty() && !today.equals(chamberToday);
        today = chamberToday;
        if (untouched) {
            startNew();
        }
    }

    /** An empty form for a new pledge: twelve months from today, active, hours. */
    void startNew() {
        loads++;
        heading.setText(Messages.get("pledges.form.new"));
        summary.setText("");
        model.say("");
        model.show(null, "", () -> {
            member.setValue(null);
            project.setValue(project.getItems().isEmpty() ? null : project.getItems().get(0));
            kind.setValue(PledgeKind.HOURS);
            hours.clear();
            percent.clear();
            headcount.clear();
            model.start.set(today.toString());
            model.end.set(PledgeService.defaultPeriodEnd(today).toString());
            status.setValue(PledgeStatus.ACTIVE);
            model.signed.set(today.toString());
            selectPitch(null);
            notes.clear();
        });
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
        // the reload that follows a save keeps its "Pledge saved." in view
        if (!java.util.Objects.equals(model.editing(), p.id())) {
            model.say("");
        }
        heading.setText(headingFor(p.organizationId(), p.projectId(), p.periodStart(), p.periodEnd()));
        summary.setText(f == null ? "" : Messages.get("pledges.form.summary", Figures.hours(f.pledgedMinutes()),
                Figures.hours(f.deliveredMinutes()), Figures.percent(f.percentOfPledgedBp()),
                Figures.hours(f.expectedMinutes())));
        MemberFacts m = find(p.organizationId());
        Choice c = project.getItems().stream().filter(x -> java.util.Objects.equals(x.id(), p.projectId()))
                .findFirst().orElse(null);
        String name = headingFor(p.organizationId(), p.projectId(), p.periodStart(), p.periodEnd());
        model.show(p.id(), name, () -> {
            member.setValue(m);
            project.setValue(c);
            model.fill(p);
            selectPitch(p.pitchSlotId());
        });
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
