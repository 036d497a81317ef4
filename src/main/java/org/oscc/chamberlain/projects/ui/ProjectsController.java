package org.oscc.chamberlain.projects.ui;

import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
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
import org.oscc.chamberlain.members.MemberService;
import org.oscc.chamberlain.pledges.PledgeService;
import org.oscc.chamberlain.pledges.ui.PledgeListPane;
import org.oscc.chamberlain.projects.KeyPerson;
import org.oscc.chamberlain.projects.Project;
import org.oscc.chamberlain.projects.ProjectDetail;
import org.oscc.chamberlain.projects.ProjectPitch;
import org.oscc.chamberlain.projects.ProjectRow;
import org.oscc.chamberlain.projects.ProjectService;
import org.oscc.chamberlain.projects.ProjectStage;
import org.oscc.chamberlain.ui.SplitPositions;
import org.oscc.chamberlain.ui.BackgroundTasks;
import org.oscc.chamberlain.ui.EditableForm;
import org.oscc.chamberlain.ui.ErrorReporter;
import org.oscc.chamberlain.ui.LeaveCheck;
import org.oscc.chamberlain.ui.Messages;
import org.oscc.chamberlain.ui.Refreshable;
import org.oscc.chamberlain.ui.UnsavedEdits;
import org.oscc.chamberlain.ui.ViewShortcuts;

/**
 * The Projects screen: the projects and communities with search, and one project's form with its key people and,
 * read-only, the pledges naming it (with the hours delivered) and the pitches that named it.
 */
public class ProjectsController implements Refreshable, LeaveCheck {
    private final ProjectService projects;
    private final MemberService members;
    private final PledgeService pledgeService;
    private final BackgroundTasks tasks;
    private final PledgeListPane pledges;
    private final ProjectFormModel model;
    private ProjectFields fields;
    private KeyPeoplePane keyPeople;
    private ProjectPitchesPane projectPitches;
    private long searchGeneration;
    private long loadGeneration;
    private boolean quietSelection;
    private Long selectNext;

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
    @FXML private Label problemSummary;
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
        this.model = new ProjectFormModel(projects, tasks);
        this.pledges = new PledgeListPane(Messages.get("projects.pledges"), true, "projectPledge", tasks,
                openPledge);
    }

    @FXML
    private void initialize() {
        ProjectColumns.install(table, nameColumn, stageColumn, licenceColumn, peopleColumn, pledgesColumn,
                pitchesColumn);
        SplitPositions.keep(split);
        keyPeople = new KeyPeoplePane(people, new KeyPeoplePane.Columns(personColumn, personRoleColumn,
                personOrgColumn, personEmailColumn), addPerson, removePerson, projects, members, tasks, d -> {
                    show(d);
                    reload(d.project().id());
                });
        pledgeBox.getChildren().setAll(pledges.node());
        projectPitches = new ProjectPitchesPane(pitches, pitchNightColumn, pitchDateColumn, pitchTitleColumn,
                presenterColumn);
        fields = new ProjectFields(new ProjectFields.Controls(name, repository, website, licence, stage, description,
                message, problemSummary), model);
        model.onSaved(id -> {
            reload(id);
            reloadForm(id);
        });
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
        reload(model.shown().id());
    }

    @Override
    public List<? extends EditableForm> openForms() {
        return List.of(model);
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
                // a row chosen while this list was loading (after a save, the organizer's next row) wins
                Long wanted = selectNext != null ? selectNext : selectId;
                selectNext = null;
                rows.stream().filter(r -> wanted != null && r.id() == wanted).findFirst()
                        .ifPresent(table.getSelectionModel()::select);
            } finally {
                quietSelection = false;
            }
            count.setText(Messages.get("projects.count", rows.size()));
        });
    }

    private void selected(ProjectRow old, ProjectRow row) {
        Project shown = model.shown();
        if (quietSelection || row == null || shown.id() != null && shown.id() == row.id()) {
            return;
        }
        if (!model.isDirty()) {
            load(row.id());
            return;
        }
        // stay on the edited project's row while the organizer answers
        Platform.runLater(() -> {
            selectQuietly(old);
            UnsavedEdits.settle(root.getScene().getWindow(), openForms(), () -> {
                selectNext = row.id();
                selectQuietly(row);
                load(row.id());
            });
        });
    }

    private void selectQuietly(ProjectRow row) {
        quietSelection = true;
        try {
            if (row == null) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().select(row);
            }
        } finally {
            quietSelection = false;
        }
    }

    /** Shows another project (its status line starts empty). */
    private void load(long id) {
        model.say("");
        reloadForm(id);
    }

    /** Shows the project as stored, keeping the status line (a save's "Saved."). */
    private void reloadForm(long id) {
        long generation = ++loadGeneration;
        tasks.run(Messages.get("projects.loading"), () -> projects.get(id), d -> {
            if (generation == loadGeneration) {
                show(d);
            }
        });
    }

    private void show(ProjectDetail d) {
        Project p = d.project();
        model.show(p);
        heading.setText(p.id() == null ? Messages.get("projects.newHeading") : p.name());
        archivedBadge.setVisible(p.archived());
        archivedBadge.setManaged(p.archived());
        archive.setDisable(p.id() == null);
        archive.setText(Messages.get(p.archived() ? "members.restore" : "members.archive"));
        keyPeople.show(p.id(), d.keyPeople());
        if (p.id() == null) {
            pledges.clear();
        } else {
            long id = p.id();
            pledges.load(() -> pledgeService.toProject(id));
        }
        projectPitches.show(d.pitches());
    }

    @FXML
    private void onNew() {
        UnsavedEdits.settle(root.getScene().getWindow(), openForms(), () -> {
            selectQuietly(null);
            ++loadGeneration;
            model.say("");
            show(new ProjectDetail(Project.named(""), List.of(), List.of()));
            fields.focusName();
        });
    }

    @FXML
    private void onSave() {
        model.save(saved -> {
            if (!saved) {
                fields.focusFirstProblem();
            }
        });
    }

    @FXML
    private void onRevert() {
        model.discard();
    }

    @FXML
    private void onArchive() {
        Project shown = model.shown();
        if (shown.id() == null) {
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
        }, ErrorReporter::report);
    }
}
