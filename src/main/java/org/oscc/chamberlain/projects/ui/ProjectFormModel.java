package org.oscc.chamberlain.projects.ui;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import org.oscc.chamberlain.importing.DateOrder;
import org.oscc.chamberlain.importing.Parsed;
import org.oscc.chamberlain.importing.ValueParsers;
import org.oscc.chamberlain.projects.Project;
import org.oscc.chamberlain.projects.ProjectService;
import org.oscc.chamberlain.projects.ProjectStage;
import org.oscc.chamberlain.ui.BackgroundTasks;
import org.oscc.chamberlain.ui.FormModel;
import org.oscc.chamberlain.ui.Messages;
import org.oscc.chamberlain.text.Wording;
import org.oscc.chamberlain.validation.Problems;

/** What the project form edits: a project's fields as typed, whether they are saved, and what is wrong with them. */
final class ProjectFormModel extends FormModel {
    final StringProperty name = textField("name");
    final StringProperty repository = textField("repository");
    final StringProperty website = textField("website");
    final StringProperty licence = textField("licence");
    final ObjectProperty<ProjectStage> stage = valueField("stage");
    final StringProperty description = textField("description");

    private final ProjectService projects;
    private final BackgroundTasks tasks;
    private final ValueParsers parsers = new ValueParsers(DateOrder.UNDECIDED);
    private Project shown = Project.named("");
    private Consumer<Long> saved = id -> { };

    ProjectFormModel(ProjectService projects, BackgroundTasks tasks) {
        this.projects = projects;
        this.tasks = tasks;
    }

    void onSaved(Consumer<Long> listener) {
        this.saved = listener;
    }

    Project shown() {
        return shown;
    }

    void show(Project p) {
        shown = p;
        load(() -> {
            name.set(text(p.name()));
            repository.set(text(p.repositoryUrl()));
            website.set(text(p.website()));
            licence.set(text(p.licenceSpdx()));
            stage.set(p.stage());
            description.set(text(p.description()));
        });
    }

    Optional<Project> read() {
        Problems problems = new Problems();
        if (name.get() == null || name.get().isBlank()) {
            problems.onField("name", labelKey("name"), "members.invalid.name");
        }
        Parsed<String> repo = link("repository", repository.get(), problems);
        Parsed<String> site = link("website", website.get(), problems);
        if (!problems.isEmpty()) {
            showProblems(problems.list());
            return Optional.empty();
        }
        return Optional.of(new Project(shown.id(), name.get().strip(), repo.value(), site.value(),
                blank(licence.get()), stage.get(), blank(description.get()) == null ? null : description.get(),
                shown.archivedAt()));
    }

    @Override
    public void save(Consumer<Boolean> done) {
        Optional<Project> edited = read();
        if (edited.isEmpty()) {
            done.accept(false);
            return;
        }
        storeInBackground(tasks, Messages.get("projects.saving"), () -> projects.save(edited.get()), id -> {
            shown = edited.get().withId(id);
            saved.accept(id);
        }, Messages.get("members.saved"), done);
    }

    @Override
    public String unsavedName() {
        String n = shown.id() == null ? name.get() : shown.name();
        return n == null || n.isBlank() ? Messages.get("projects.unsaved.new")
                : Messages.get("projects.unsaved.name", n);
    }

    void say(String text) {
        setStatus(text);
    }

    private Parsed<String> link(String key, String text, Problems problems) {
        Parsed<String> read = parsers.website(text(text));
        if (read.failed()) {
            problems.onField(key, labelKey(key), Wording.plain(read.problem() + "."));
        }
        return read;
    }

    static String label(String key) {
        return Messages.get(labelKey(key));
    }

    /** The bundle's key of a field's label: a problem names its field by it, written out when shown. */
    static String labelKey(String key) {
        return "projects.field." + key;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
