package org.oscc.chamberlain.projects.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.oscc.chamberlain.members.MemberService;
import org.oscc.chamberlain.members.WebAddress;
import org.oscc.chamberlain.pledges.PledgeService;
import org.oscc.chamberlain.pledges.ui.Figures;
import org.oscc.chamberlain.pledges.ui.PledgeListPane;
import org.oscc.chamberlain.projects.KeyPerson;
import org.oscc.chamberlain.projects.Project;
import org.oscc.chamberlain.projects.ProjectDetail;
import org.oscc.chamberlain.projects.ProjectPitch;
import org.oscc.chamberlain.projects.ProjectRow;
import org.oscc.chamberlain.projects.ProjectService;
import org.oscc.chamberlain.projects.ProjectStage;
import org.oscc.chamberlain.ui.ColumnPriorities;
import org.oscc.chamberlain.ui.SplitPositions;
import org.oscc.chamberlain.ui.BackgroundTasks;
import org.oscc.chamberlain.ui.Dialogs;
import org.oscc.chamberlain.ui.ErrorReporter;
import org.oscc.chamberlain.ui.Messages;
import org.oscc.chamberlain.ui.Refreshable;
import org.oscc.chamberlain.ui.ViewShortcuts;
import org.oscc.chamberlain.validation.InvalidInputException;
import org.oscc.chamberlain.validation.Problem;

/**
 * The Projects screen: the projects and communities with search, and one project's form with its key people and,
 * read-only, the pledges naming it (with the hours delivered) and the pitches that named it.
 */
public class ProjectsController implements Refreshable {
    private static final List<String> COMMON_LICENCES = List.of("Apache-2.0", "MIT", "BSD-3-Clause", "BSD-2-Clause",
            "GPL-3.0-or-later", "GPL-2.0-only", "LGPL-3.0-or-later", "AGPL-3.0-or-later", "MPL-2.0", "EPL-2.0",
            "ISC", "CC-BY-4.0", "Unlicense");
    private final ProjectService projects;
    private final MemberService members;
    private final PledgeService pledgeService;
    private final BackgroundTasks tasks;
    private final PledgeListPane pledges;
    private final ValidationSupport validation = new ValidationSupport();
    private long searchGeneration;
    private long loadGeneration;
    private boolean quietSelection;
    private Project shown;
    private List<Object> shownState = List.of();

    @FXML private BorderPane root;
    @FXML private TextField search;
    @FXML private ToggleButton showArchived;
    @FXML private Label count;
    @FXML private TableView<ProjectRow> table;
    @FXML private SplitPane split;
    @FXML private TableColumn<ProjectRow, String> nameColumn;
    @FXML private TableColumn<ProjectRow, String> stageColumn;
    @FXML private TableColumn<ProjectRow, String> licenceColumn;
    @FXML private TableColumn<ProjectRow, Integer> peopleColumn;
    @FXML private TableColumn<ProjectRow, Integer> pledgesColumn;
    @FXML private TableColumn<ProjectRow, Integer> pitchesColumn;
    @FXML private Label heading;
    @FXML private Label archivedBadge;
    @FXML private TextField name;
    @FXML private TextField repository;
    @FXML private TextField website;
    @FXML private ComboBox<String> licence;
    @FXML private ComboBox<ProjectStage> stage;
    @FXML private TextArea description;
    @FXML private Label message;
    @FXML private Button archive;
    @FXML private Button addPerson;
    @FXML private Button removePerson;
    @FXML private TableView<KeyPerson> people;
    @FXML private TableColumn<KeyPerson, String> personColumn;
    @FXML private TableColumn<KeyPerson, String> personRoleColumn;
    @FXML private TableColumn<KeyPerson, String> personOrgColumn;
    @FXML private TableColumn<KeyPerson, String> personEmailColumn;
    @FXML private VBox pledgeBox;
    @FXML private TableView<ProjectPitch> pitches;
    @FXML private TableColumn<ProjectPitch, String> pitchNightColumn;
    @FXML private TableColumn<ProjectPitch, String> pitchDateColumn;
    @FXML private TableColumn<ProjectPitch, String> pitchTitleColumn;
    @FXML private TableColumn<ProjectPitch, String> presenterColumn;

    /** @param openPledge shows one pledge in the Pledges screen */
    public ProjectsController(ProjectService projects, MemberService members, PledgeService pledges,
            BackgroundTasks tasks, LongConsumer openPledge) {
        this.projects = projects;
        this.members = members;
        this.pledgeService = pledges;
        this.tasks = tasks;
        this.pledges = new PledgeListPane(Messages.get("projects.pledges"), true, "projectPledge", tasks,
                openPledge);
    }

    @FXML
    private void initialize() {
        column(nameColumn, ProjectRow::name);
        column(stageColumn, r -> stageText(r.stage()));
        column(licenceColumn, ProjectRow::licenceSpdx);
        peopleColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().keyPeopleCount()));
        pledgesColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().pledgeCount()));
        pitchesColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().pitchCount()));
        table.setPlaceholder(new Label(Messages.get("projects.table.empty")));
        ColumnPriorities.of(table).identifying(nameColumn)
                .secondary(licenceColumn, pitchesColumn, peopleColumn, stageColumn).install();
        SplitPositions.keep(split);
        personColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().fullName()));
        personRoleColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().role()));
        personOrgColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().organizationName()));
        personEmailColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().email()));
        Label noPeople = new Label(Messages.get("projects.people.none"));
        noPeople.setWrapText(true); // a narrow pane wraps the hint rather than cutting it
        people.setPlaceholder(noPeople);
        ColumnPriorities.of(people).identifying(personColumn)
                .secondary(personEmailColumn, personOrgColumn).install();
        pledgeBox.getChildren().setAll(pledges.node());
        pitchNightColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().pitchNightTitle()));
        pitchDateColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Figures.date(c.getValue().date())));
        pitchTitleColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().slotTitle()));
        presenterColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().presenterName()));
        // as tall as its rows, up to six (as the pledges above): a project pitched once leaves no tall empty box
        pitches.prefHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> 48
                + pitches.getFixedCellSize() * Math.max(1.5, Math.min(6, pitches.getItems().size())),
                pitches.getItems()));
        pitches.setPlaceholder(new Label(Messages.get("projects.pitches.none")));
        // the night and its date name the row; the pitch's title and presenter stay (the list is short)
        ColumnPriorities.of(pitches).identifying(pitchDateColumn, pitchNightColumn).install();
        licence.getItems().setAll(COMMON_LICENCES);
        stage.getItems().setAll(ProjectStage.values());
        stage.setConverter(new StringConverter<>() {
            @Override
            public String toString(ProjectStage s) {
                return s == null ? "" : stageText(s);
            }

            @Override
            public ProjectStage fromString(String s) {
                return null;
            }
        });
        validation.registerValidator(name, false,
                Validator.createEmptyValidator(Messages.get("members.invalid.name"), Severity.ERROR));
        for (TextField link : List.of(repository, website)) {
            validation.registerValidator(link, false, (Control c, String v) -> ValidationResult.fromErrorIf(c,
                    Messages.get("members.invalid.website"), v != null && !v.isBlank()
                            && !WebAddress.isValid(WebAddress.normalize(v))));
        }
        removePerson.disableProperty().bind(people.getSelectionModel().selectedItemProperty().isNull());
        search.textProperty().addListener((o, a, b) -> reload(null));
        showArchived.selectedProperty().addListener((o, a, b) -> reload(null));
        table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> selected(old, row));
        ViewShortcuts.install(root, Map.of(
                new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::onNew,
                new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), search::requestFocus,
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::onSave,
                new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), this::onArchive));
        show(new ProjectDetail(Project.named(""), List.of(), List.of()));
    }

    @Override
    public void refresh() {
        reload(shown == null ? null : shown.id());
    }

    private void reload(Long selectId) {
        String text = search.getText();
        boolean archived = showArchived.isSelected();
        long generation = ++searchGeneration;
        tasks.run(Messages.get("projects.loading"), () -> projects.search(text, archived), rows -> {
            if (generation != searchGeneration) {
                return;
            }
            quietSelection = true;
            try {
                table.getItems().setAll(rows);
                rows.stream().filter(r -> selectId != null && r.id() == selectId).findFirst()
                        .ifPresent(table.getSelectionModel()::select);
            } finally {
                quietSelection = false;
            }
            count.setText(Messages.get("projects.count", rows.size()));
        });
    }

    private void selected(ProjectRow old, ProjectRow row) {
        if (quietSelection || row == null || shown != null && shown.id() != null && shown.id() == row.id()) {
            return;
        }
        if (isDirty() && !Dialogs.confirm(root.getScene().getWindow(), Messages.get("members.discard.header"),
                Messages.get("members.discard.text"))) {
            Platform.runLater(() -> {
                quietSelection = true;
                try {
                    if (old == null) {
                        table.getSelectionModel().clearSelection();
                    } else {
                        table.getSelectionModel().select(old);
                    }
                } finally {
                    quietSelection = false;
                }
            });
            return;
        }
        load(row.id());
    }

    private void load(long id) {
        load(id, null);
    }

    /** Loads the project, then shows {@code note} (e.g. "Saved."), which showing the project would otherwise clear. */
    private void load(long id, String note) {
        long generation = ++loadGeneration;
        tasks.run(Messages.get("projects.loading"), () -> projects.get(id), d -> {
            if (generation == loadGeneration) {
                show(d);
                if (note != null) {
                    say(note, false);
                }
            }
        });
    }

    private void show(ProjectDetail d) {
        shown = d.project();
        Project p = shown;
        name.setText(p.name());
        repository.setText(text(p.repositoryUrl()));
        website.setText(text(p.website()));
        licence.setValue(p.licenceSpdx());
        licence.getEditor().setText(text(p.licenceSpdx()));
        stage.setValue(p.stage());
        description.setText(text(p.description()));
        heading.setText(p.id() == null ? Messages.get("projects.newHeading") : p.name());
        archivedBadge.setVisible(p.archived());
        archivedBadge.setManaged(p.archived());
        archive.setDisable(p.id() == null);
        archive.setText(Messages.get(p.archived() ? "members.restore" : "members.archive"));
        addPerson.setDisable(p.id() == null);
        people.getItems().setAll(d.keyPeople());
        if (p.id() == null) {
            pledges.clear();
        } else {
            long id = p.id();
            pledges.load(() -> pledgeService.toProject(id));
        }
        pitches.getItems().setAll(d.pitches());
        say(null, false);
        shownState = state();
    }

    private List<Object> state() {
        return Arrays.asList(name.getText(), repository.getText(), website.getText(), licence.getEditor().getText(),
                stage.getValue(), description.getText());
    }

    private boolean isDirty() {
        return !state().equals(shownState);
    }

    @FXML
    private void onNew() {
        if (isDirty() && !Dialogs.confirm(root.getScene().getWindow(), Messages.get("members.discard.header"),
                Messages.get("members.discard.text"))) {
            return;
        }
        quietSelection = true;
        table.getSelectionModel().clearSelection();
        quietSelection = false;
        ++loadGeneration;
        show(new ProjectDetail(Project.named(""), List.of(), List.of()));
        name.requestFocus();
    }

    @FXML
    private void onSave() {
        Project edited = new Project(shown.id(), name.getText(), blank(repository.getText()),
                blank(website.getText()), blank(licence.getEditor().getText()), stage.getValue(),
                description.getText() == null || description.getText().isBlank() ? null : description.getText(),
                shown.archivedAt());
        tasks.run(Messages.get("projects.saving"), () -> projects.save(edited), id -> {
            shownState = state();
            reload(id);
            load(id, Messages.get("members.saved"));
        }, this::failed);
    }

    @FXML
    private void onRevert() {
        if (shown.id() == null) {
            show(new ProjectDetail(Project.named(""), List.of(), List.of()));
        } else {
            load(shown.id());
        }
    }

    @FXML
    private void onArchive() {
        if (shown == null || shown.id() == null) {
            return;
        }
        long id = shown.id();
        boolean restore = shown.archived();
        tasks.run(Messages.get(restore ? "members.restore" : "members.archive"), () -> {
            if (restore) {
                projects.restore(id);
            } else {
                projects.archive(id);
            }
            return projects.get(id);
        }, d -> {
            show(d);
            reload(id);
        }, this::failed);
    }

    @FXML
    private void onAddPerson() {
        long projectId = shown.id();
        KeyPersonPicker.pick(root.getScene().getWindow(), members, tasks).ifPresent(choice ->
                tasks.run(Messages.get("projects.saving"), () -> {
                    projects.addKeyPerson(projectId, choice.contact().id(), choice.role());
                    return projects.get(projectId);
                }, d -> {
                    show(d);
                    reload(projectId);
                }, this::failed));
    }

    @FXML
    private void onRemovePerson() {
        KeyPerson person = people.getSelectionModel().getSelectedItem();
        long projectId = shown.id();
        tasks.run(Messages.get("projects.saving"), () -> {
            projects.removeKeyPerson(projectId, person.contactId());
            return projects.get(projectId);
        }, d -> {
            show(d);
            reload(projectId);
        }, this::failed);
    }

    private void failed(Throwable failure) {
        if (failure instanceof InvalidInputException invalid) {
            say(invalid.problems().stream().map(Problem::describe).collect(Collectors.joining("\n")), true);
        } else {
            ErrorReporter.report(failure);
        }
    }

    private void say(String text, boolean error) {
        message.setText(text == null ? "" : text);
        message.setVisible(text != null);
        message.setManaged(text != null);
        message.getStyleClass().removeAll("message-ok", "message-error");
        message.getStyleClass().add(error ? "message-error" : "message-ok");
    }

    private static String stageText(ProjectStage s) {
        return Messages.get("projects.stage." + s.name().toLowerCase(Locale.ROOT));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void column(TableColumn<ProjectRow, String> column, Function<ProjectRow, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }
}
