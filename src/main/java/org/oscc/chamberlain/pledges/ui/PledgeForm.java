package org.oscc.chamberlain.pledges.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.oscc.chamberlain.pledges.Fulfilment;
import org.oscc.chamberlain.pledges.MemberFacts;
import org.oscc.chamberlain.pledges.PitchChoice;
import org.oscc.chamberlain.pledges.Pledge;
import org.oscc.chamberlain.pledges.PledgeKind;
import org.oscc.chamberlain.pledges.PledgeService;
import org.oscc.chamberlain.pledges.PledgeStatus;
import org.oscc.chamberlain.pledges.ProjectChoice;
import org.oscc.chamberlain.ui.BackgroundTasks;
import org.oscc.chamberlain.ui.FormProblems;
import org.oscc.chamberlain.ui.Messages;

/**
 * The pledge form below the table: creates a pledge or edits the selected one (hours, or a percent of the
 * workforce on a headcount basis that defaults to the member's IT headcount). The service's refusals are listed
 * beside the form and the fields they name are outlined. Its fields are {@link PledgeFields}; this class holds the
 * heading, the Save button, the messages and what is loaded into the fields.
 */
final class PledgeForm {
    private final PledgeService pledges;
    private final BackgroundTasks tasks;
    private final Label heading = new Label();
    private final Label summary = new Label();
    private final Label message = new Label();
    private final Label problemSummary = new Label();
    private final PledgeFormModel model;
    private final PledgeFields fields;
    private final FormProblems problems;
    private final VBox root;
    /** Today in the chamber's time zone, as the pledge service says once the choices have loaded. */
    private LocalDate today = LocalDate.now();
    private int loads;

    PledgeForm(PledgeService pledges, BackgroundTasks tasks, Consumer<Pledge> saved) {
        this.pledges = pledges;
        this.tasks = tasks;
        this.model = new PledgeFormModel(pledges, tasks);
        this.fields = new PledgeFields(model);
        message.setId("pledgeMessage");
        summary.setId("pledgeSummary");
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
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, heading, gap, save);
        HBox.setHgrow(heading, Priority.SOMETIMES);
        top.setAlignment(Pos.CENTER_LEFT);
        // an empty message or summary line takes no room: the form starts right under its heading
        for (Label line : new Label[] {message, summary}) {
            line.managedProperty().bind(line.textProperty().isNotEmpty());
            line.visibleProperty().bind(line.managedProperty());
        }
        root = new VBox(8, top, problemSummary, message, summary, fields.node());
        root.setId("pledgeForm");
        root.setPrefWidth(430);
        root.setMinWidth(400);
        problems = new FormProblems(problemSummary);
        fields.name(problems);
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

    void setChoices(List<MemberFacts> members, List<ProjectChoice> projects, List<PitchChoice> pitches) {
        // the same values come back in the new lists: that is no edit of the organizer's
        model.keepingState(() -> fields.setChoices(members, projects, pitches));
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
            fields.clearChoices();
            model.kind.set(PledgeKind.HOURS);
            model.hours.set("");
            model.percent.set("");
            model.headcount.set("");
            model.start.set(today.toString());
            model.end.set(PledgeService.defaultPeriodEnd(today).toString());
            model.status.set(PledgeStatus.ACTIVE);
            model.signed.set(today.toString());
            model.notes.set("");
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
        if (!Objects.equals(model.editing(), p.id())) {
            model.say("");
        }
        heading.setText(headingFor(p.organizationId(), p.projectId(), p.periodStart(), p.periodEnd()));
        summary.setText(f == null ? "" : Messages.get("pledges.form.summary", Figures.hours(f.pledgedMinutes()),
                Figures.hours(f.deliveredMinutes()), Figures.percent(f.percentOfPledgedBp()),
                Figures.hours(f.expectedMinutes())));
        String name = headingFor(p.organizationId(), p.projectId(), p.periodStart(), p.periodEnd());
        model.show(p.id(), name, () -> {
            fields.choose(p.organizationId(), p.projectId(), p.pitchSlotId());
            model.fill(p);
        });
    }

    /** "Acme Inc. · Project X · Jan 2026 – Dec 2026": a stored pledge is named by what it is, not by its id. */
    private String headingFor(long organizationId, Long projectId, LocalDate from, LocalDate to) {
        MemberFacts m = fields.member(organizationId);
        return Messages.get("pledges.form.edit", m == null ? "" : m.name(), fields.projectName(projectId),
                from == null || to == null ? "" : Figures.period(from, to));
    }

    private record Loaded(Pledge pledge, Fulfilment fulfilment) {
    }
}
