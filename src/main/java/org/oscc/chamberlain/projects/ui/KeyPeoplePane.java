package org.oscc.chamberlain.projects.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.oscc.chamberlain.members.MemberService;
import org.oscc.chamberlain.projects.KeyPerson;
import org.oscc.chamberlain.projects.ProjectDetail;
import org.oscc.chamberlain.projects.ProjectService;
import org.oscc.chamberlain.ui.BackgroundTasks;
import org.oscc.chamberlain.ui.ColumnPriorities;
import org.oscc.chamberlain.ui.ErrorReporter;
import org.oscc.chamberlain.ui.Messages;

/**
 * The part of a project's form that lists its key people (name, role, organization, e-mail) and adds one (a contact
 * picked with a role) or removes the selected one; each change is saved at once and the project shown again.
 */
final class KeyPeoplePane {
    /** The table's columns, in the order the view declares them. */
    record Columns(TableColumn<KeyPerson, String> name, TableColumn<KeyPerson, String> role,
            TableColumn<KeyPerson, String> organization, TableColumn<KeyPerson, String> email) {
    }

    private final TableView<KeyPerson> table;
    private final Button add;
    private final ProjectService projects;
    private final MemberService members;
    private final BackgroundTasks tasks;
    private final Consumer<ProjectDetail> changed;
    private Long projectId;

    /** @param changed told the project as stored after a person was added or removed */
    KeyPeoplePane(TableView<KeyPerson> table, Columns columns, Button add, Button remove, ProjectService projects,
            MemberService members, BackgroundTasks tasks, Consumer<ProjectDetail> changed) {
        this.table = table;
        this.add = add;
        this.projects = projects;
        this.members = members;
        this.tasks = tasks;
        this.changed = changed;
        column(columns.name(), KeyPerson::fullName);
        column(columns.role(), KeyPerson::role);
        column(columns.organization(), KeyPerson::organizationName);
        column(columns.email(), KeyPerson::email);
        Label none = new Label(Messages.get("projects.people.none"));
        none.setWrapText(true); // a narrow pane wraps the hint rather than cutting it
        table.setPlaceholder(none);
        ColumnPriorities.of(table).identifying(columns.name())
                .secondary(columns.email(), columns.organization()).install();
        add.setOnAction(e -> add());
        remove.setOnAction(e -> remove());
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    }

    /** Shows the key people of a project ({@code id} null for a new one, which has none yet). */
    void show(Long id, List<KeyPerson> people) {
        projectId = id;
        add.setDisable(id == null);
        table.getItems().setAll(people);
    }

    private void add() {
        long id = projectId;
        KeyPersonPicker.pick(table.getScene().getWindow(), members, tasks).ifPresent(choice ->
                tasks.run(Messages.get("projects.saving"), () -> {
                    projects.addKeyPerson(id, choice.contact().id(), choice.role());
                    return projects.get(id);
                }, changed, ErrorReporter::report));
    }

    private void remove() {
        KeyPerson person = table.getSelectionModel().getSelectedItem();
        long id = projectId;
        tasks.run(Messages.get("projects.saving"), () -> {
            projects.removeKeyPerson(id, person.contactId());
            return projects.get(id);
        }, changed, ErrorReporter::report);
    }

    private static void column(TableColumn<KeyPerson, String> column, Function<KeyPerson, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }
}
