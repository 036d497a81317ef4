package org.oscc.chamberlain.members.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import org.controlsfx.control.CheckComboBox;
import org.oscc.chamberlain.ui.imports.ImportWizard;
import org.oscc.chamberlain.members.MemberFilter;
import org.oscc.chamberlain.members.MemberImportResult;
import org.oscc.chamberlain.members.MemberImporter;
import org.oscc.chamberlain.members.MemberRow;
import org.oscc.chamberlain.members.MemberService;
import org.oscc.chamberlain.members.MemberStatus;
import org.oscc.chamberlain.members.OrganizationKind;
import org.oscc.chamberlain.ui.SplitPositions;
import org.oscc.chamberlain.ui.BackgroundTasks;
import org.oscc.chamberlain.ui.EditableForm;
import org.oscc.chamberlain.ui.LeaveCheck;
import org.oscc.chamberlain.ui.Messages;
import org.oscc.chamberlain.ui.Refreshable;
import org.oscc.chamberlain.ui.UnsavedEdits;
import org.oscc.chamberlain.ui.ViewShortcuts;

/**
 * The Members screen's roster: the table with search-as-you-type and filters over the whole roster loaded once, the
 * count of what is shown, rows that need attention, and the shortcuts. The detail form is {@link MemberFormController}.
 */
public class MembersController implements Refreshable, LeaveCheck {
    private final MemberService members;
    private final MemberImporter importer;
    private final BackgroundTasks tasks;
    private final ObservableList<MemberRow> roster = FXCollections.observableArrayList();
    private final FilteredList<MemberRow> shown = new FilteredList<>(roster, r -> !r.archived());
    /**
     * Raised by each search request; a result from an older one is dropped, never shown over a newer one, and a
     * request already overtaken when the worker reaches it is not run at all (keys typed while the roster loads).
     */
    private final java.util.concurrent.atomic.AtomicLong searchGeneration = new java.util.concurrent.atomic.AtomicLong();
    private long loadGeneration;
    /** True until the first roster arrives: keys typed before it are applied once, by the load's own search. */
    private boolean firstLoadPending = true;
    private boolean revertingSelection;
    private Long selectAfterLoad;

    @FXML private BorderPane root;
    @FXML private TextField search;
    @FXML private CheckComboBox<MemberStatus> statusFilter;
    @FXML private CheckComboBox<String> tierFilter;
    @FXML private CheckComboBox<String> sectorFilter;
    @FXML private CheckComboBox<OrganizationKind> kindFilter;
    @FXML private ToggleButton showArchived;
    @FXML private Label count;
    @FXML private TableView<MemberRow> table;
    @FXML private SplitPane split;
    @FXML private TableColumn<MemberRow, String> nameColumn;
    @FXML private TableColumn<MemberRow, String> kindColumn;
    @FXML private TableColumn<MemberRow, String> cityColumn;
    @FXML private TableColumn<MemberRow, String> tierColumn;
    @FXML private TableColumn<MemberRow, String> statusColumn;
    @FXML private TableColumn<MemberRow, LocalDate> sinceColumn;
    @FXML private TableColumn<MemberRow, LocalDate> renewalColumn;
    @FXML private TableColumn<MemberRow, String> contactColumn;
    @FXML private TableColumn<MemberRow, String> emailColumn;
    @FXML private MemberFormController memberFormController;
    private MemberFilterBar filters;

    /** The chamber's time zone (read on the worker thread), in which import times are shown. */
    private final java.util.function.Supplier<java.time.ZoneId> chamberZone;

    public MembersController(MemberService members, MemberImporter importer, BackgroundTasks tasks,
            java.util.function.Supplier<java.time.ZoneId> chamberZone) {
        this.chamberZone = chamberZone;
        this.members = members;
        this.importer = importer;
        this.tasks = tasks;
    }

    @FXML
    private void initialize() {
        RosterColumns.install(table, new RosterColumns.Columns(nameColumn, kindColumn, cityColumn, tierColumn,
                statusColumn, sinceColumn, renewalColumn, contactColumn, emailColumn));
        filters = new MemberFilterBar(new MemberFilterBar.Controls(search, statusFilter, tierFilter, sectorFilter,
                kindFilter, showArchived), this::search);
        SplitPositions.keep(split);
        SortedList<MemberRow> sorted = new SortedList<>(shown);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label(Messages.get("members.table.empty")));
        shown.predicateProperty().addListener((obs, old, p) -> updateCount());
        roster.addListener((ListChangeListener<MemberRow>) c -> updateCount());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> selected(old, row));
        memberFormController.onChanged(this::reload);
        ViewShortcuts.install(root, Map.of(
                new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::onNew,
                new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), filters::focusSearch,
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), memberFormController::save,
                new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), memberFormController::toggleArchived));
        updateCount();
    }

    @Override
    public void refresh() {
        reload(null);
    }

    /** Reads the whole roster (current and archived) once; searching then narrows it in memory. */
    private void reload(Long selectId) {
        selectAfterLoad = selectId != null ? selectId : selectedId();
        long generation = ++loadGeneration;
        if (roster.isEmpty()) {
            count.setText(Messages.get("members.loading")); // otherwise the rows shown stay until the new ones come
            table.setPlaceholder(new Label(Messages.get("members.loading")));
        }
        tasks.run(Messages.get("members.loading"), () -> {
            List<MemberRow> rows = new ArrayList<>(members.list(MemberFilter.all()));
            rows.addAll(members.list(MemberFilter.all().withArchived(true)));
            return new Loaded(rows, members.tiers(), members.sectors());
        }, loaded -> {
            if (generation != loadGeneration) {
                return;
            }
            filters.choices(loaded.tiers(), loaded.sectors());
            memberFormController.choices(loaded.tiers(), loaded.sectors());
            firstLoadPending = false;
            table.setPlaceholder(new Label(Messages.get("members.table.empty")));
            revertingSelection = true;
            try {
                roster.setAll(loaded.rows());
            } finally {
                revertingSelection = false;
            }
            search();
        });
    }

    private record Loaded(List<MemberRow> rows, List<String> tiers, List<String> sectors) {
    }

    private void search() {
        MemberFilter filter = filters.filter();
        long generation = searchGeneration.incrementAndGet();
        if (firstLoadPending) {
            return; // nothing to narrow yet; the roster's arrival searches with the text as it is then
        }
        tasks.run(Messages.get("members.searching"), () -> generation == searchGeneration.get()
                ? members.matcher(filter) : null, predicate -> {
            if (generation != searchGeneration.get() || predicate == null) {
                return;
            }
            revertingSelection = true;
            try {
                shown.setPredicate(predicate);
            } finally {
                revertingSelection = false;
            }
            restoreSelection();
        });
    }

    private void restoreSelection() {
        Long id = selectAfterLoad;
        selectAfterLoad = null;
        if (id == null) {
            return;
        }
        table.getItems().stream().filter(r -> r.id() == id).findFirst().ifPresent(r -> {
            revertingSelection = true;
            try {
                table.getSelectionModel().select(r);
                table.scrollTo(r);
            } finally {
                revertingSelection = false;
            }
        });
    }

    private void selected(MemberRow old, MemberRow row) {
        if (revertingSelection || row == null) {
            return;
        }
        if (memberFormController.shows(row.id())) {
            return;
        }
        if (!memberFormController.isDirty()) {
            memberFormController.load(row.id());
            return;
        }
        // stay on the edited member's row while the organizer answers; go to the clicked one only if they agree
        Platform.runLater(() -> {
            selectQuietly(old);
            UnsavedEdits.settle(root.getScene().getWindow(), openForms(), () -> goTo(row));
        });
    }

    /** Selects and shows a member, also after a save whose roster reload would select the saved one. */
    private void goTo(MemberRow row) {
        selectAfterLoad = row.id();
        selectQuietly(row);
        memberFormController.load(row.id());
    }

    private void selectQuietly(MemberRow row) {
        revertingSelection = true;
        try {
            if (row != null) {
                table.getSelectionModel().select(row);
            } else {
                table.getSelectionModel().clearSelection();
            }
        } finally {
            revertingSelection = false;
        }
    }

    @Override
    public List<? extends EditableForm> openForms() {
        return List.of(memberFormController.model());
    }

    @FXML
    private void onNew() {
        UnsavedEdits.settle(root.getScene().getWindow(), openForms(), () -> {
            selectAfterLoad = null;
            selectQuietly(null);
            memberFormController.showNew();
        });
    }

    @FXML
    private void onImport() {
        new ImportWizard<>(importer, "memberImport.", outcome -> ((MemberImportResult) outcome).describe(), tasks,
                root.getScene().getWindow(), () -> reload(null)).show();
    }

    @FXML
    private void onImportHistory() {
        new ImportHistoryDialog(importer, chamberZone, tasks, root.getScene().getWindow(), () -> reload(null)).show();
    }

    private void updateCount() {
        boolean archived = filters.archived();
        long total = roster.stream().filter(r -> r.archived() == archived).count();
        count.setText(Messages.get(archived ? "members.count.archived" : "members.count", shown.size(), total));
    }

    private Long selectedId() {
        MemberRow row = table.getSelectionModel().getSelectedItem();
        return row == null ? null : row.id();
    }
}
