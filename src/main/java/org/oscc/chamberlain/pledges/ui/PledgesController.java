package org.oscc.chamberlain.pledges.ui;

import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.controlsfx.control.SearchableComboBox;
import org.oscc.chamberlain.importing.Importer;
import org.oscc.chamberlain.ui.imports.ImportWizard;
import org.oscc.chamberlain.pledges.ContributionImporter;
import org.oscc.chamberlain.pledges.FulfilmentStatus;
import org.oscc.chamberlain.pledges.MemberFacts;
import org.oscc.chamberlain.pledges.PitchChoice;
import org.oscc.chamberlain.pledges.PledgeFilter;
import org.oscc.chamberlain.pledges.PledgeImporter;
import org.oscc.chamberlain.pledges.PledgeRow;
import org.oscc.chamberlain.pledges.PledgeService;
import org.oscc.chamberlain.pledges.PledgeStatus;
import org.oscc.chamberlain.pledges.ProjectChoice;
import org.oscc.chamberlain.ui.SplitPositions;
import org.oscc.chamberlain.ui.TableHeights;
import org.oscc.chamberlain.ui.BackgroundTasks;
import org.oscc.chamberlain.ui.EditableForm;
import org.oscc.chamberlain.ui.LeaveCheck;
import org.oscc.chamberlain.ui.Messages;
import org.oscc.chamberlain.ui.Refreshable;
import org.oscc.chamberlain.ui.UnsavedEdits;
import org.oscc.chamberlain.ui.ViewShortcuts;


/**
 * The Pledges screen: filters, the table of pledges with their progress and computed status, and below it the
 * selected pledge's form ({@link PledgeForm}) and contribution log ({@link ContributionLog}). Every query runs in
 * the background; a reload that was overtaken by a newer filter is dropped.
 */
public class PledgesController implements Refreshable, LeaveCheck {
    private final PledgeService pledges;
    private final ContributionImporter importer;
    private final PledgeImporter pledgeImporter;
    private final BackgroundTasks tasks;
    private PledgeForm form;
    private ContributionLog log;
    private int generation;
    private int unfilteredCount = -1;
    private PledgeFilterBar filters;
    private boolean replacingRows;
    private boolean quietSelection;
    /** A pledge another screen asked to show: selected once the reload that follows brings it. */
    private Long wanted;

    @FXML private ComboBox<FulfilmentStatus> fulfilmentFilter;
    @FXML private ComboBox<PledgeStatus> statusFilter;
    @FXML private SearchableComboBox<Choice> memberFilter;
    @FXML private SearchableComboBox<Choice> projectFilter;
    @FXML private DatePicker fromFilter;
    @FXML private DatePicker toFilter;
    @FXML private TableView<PledgeRow> table;
    @FXML private SplitPane split;
    @FXML private Label count;
    @FXML private HBox detail;

    public PledgesController(PledgeService pledges, ContributionImporter importer, PledgeImporter pledgeImporter,
            BackgroundTasks tasks) {
        this.pledges = pledges;
        this.importer = importer;
        this.pledgeImporter = pledgeImporter;
        this.tasks = tasks;
    }

    @FXML
    private void initialize() {
        PledgeColumns.install(table);
        // the list keeps eight rows, compact ones (as a spreadsheet's), so that the form below keeps room for
        // its first fields and hours on a laptop screen; what does not fit there scrolls
        table.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        TableHeights.showAtLeast(table, TableHeights.MAIN_LIST_ROWS);
        SplitPositions.keep(split);
        table.setPlaceholder(new Label(Messages.get("pledges.none")));
        filters = new PledgeFilterBar(new PledgeFilterBar.Controls(fulfilmentFilter, statusFilter, memberFilter,
                projectFilter, fromFilter, toFilter), () -> reload(selectedId()));
        form = new PledgeForm(pledges, tasks, saved -> reload(saved.id()));
        log = new ContributionLog(pledges, tasks, () -> reload(selectedId()));
        detail.getChildren().setAll(form.node(), log.node());
        HBox.setHgrow(log.node(), Priority.ALWAYS);
        table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> {
            if (replacingRows || quietSelection) {
                return; // a reload passes through "nothing selected" on its way back to the same pledge
            }
            if (row == null || !anyDirty()) {
                open(row);
                return;
            }
            // stay on the edited pledge's row while the organizer answers; a save reloads the list onto the new row
            Platform.runLater(() -> {
                selectQuietly(old);
                UnsavedEdits.settle(table.getScene().getWindow(), openForms(), () -> reload(row.pledgeId()));
            });
        });
        ViewShortcuts.install(table, Map.of(
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), form::save,
                new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::onNew));
    }

    private void open(PledgeRow row) {
        if (row != null) {
            form.edit(row.pledgeId());
        }
        log.show(row);
    }

    private boolean anyDirty() {
        return openForms().stream().anyMatch(EditableForm::isDirty);
    }

    private void selectQuietly(PledgeRow row) {
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

    @Override
    public List<? extends EditableForm> openForms() {
        return List.of(form.model(), log.entries());
    }

    @Override
    public void refresh() {
        tasks.run(Messages.get("pledges.loading"), () -> new Choices(pledges.members(), pledges.projects(),
                pledges.pitches(), pledges.today()),
                this::choicesLoaded);
        reload(selectedId());
    }

    /**
     * Sets the filters to show only the pledges with this computed status (null: all pledges). The dashboard's tiles
     * call it just before showing the section, whose refresh then loads the list once.
     */
    public void showOnly(FulfilmentStatus status) {
        filters.showOnly(status);
    }

    /**
     * Clears the filters so that this pledge is listed, selected and open below once the section is shown (the
     * Members and Projects screens link here).
     */
    public void showPledge(long pledgeId) {
        wanted = pledgeId;
        showOnly(null);
    }

    /** The selected pledge's hours log, whose quick-entry rows may be unsaved. */
    public ContributionLog hoursLog() {
        return log;
    }

    @FXML
    private void onNew() {
        UnsavedEdits.settle(table.getScene().getWindow(), openForms(), () -> {
            selectQuietly(null);
            log.show(null);
            form.startNew();
        });
    }

    /** The pledge spreadsheet, through the same wizard as the member roster. */
    @FXML
    private void onImportPledges() {
        openWizard(pledgeImporter, "pledgeImport.");
    }

    /** A timesheet of hours given, through the same wizard. */
    @FXML
    private void onImport() {
        openWizard(importer, "contributionImport.");
    }

    private void openWizard(Importer<?> kind, String prefix) {
        new ImportWizard<>(kind, prefix, outcome -> Messages.get(prefix + "done", outcome.batchId(),
                outcome.created(), outcome.updated(), outcome.skipped(), outcome.leftOut().size()),
                tasks, table.getScene().getWindow(), () -> reload(selectedId())).show();
    }

    @FXML
    private void onClearFilters() {
        showOnly(null);
        reload(null);
    }

    private Long selectedId() {
        PledgeRow row = table.getSelectionModel().getSelectedItem();
        return row == null ? null : row.pledgeId();
    }

    private void reload(Long keepSelectedOrNull) {
        Long keepSelected = wanted != null ? wanted : keepSelectedOrNull;
        PledgeFilter filter = filters.filter();
        boolean unfiltered = filter.equals(PledgeFilter.ALL);
        int asked = ++generation;
        tasks.run(Messages.get("pledges.loading"), () -> pledges.list(filter), rows -> {
            if (asked != generation) {
                return; // a newer filter was asked for meanwhile
            }
            if (unfiltered) {
                unfilteredCount = rows.size();
            }
            replacingRows = true;
            table.getItems().setAll(rows);
            count.setText(unfiltered || unfilteredCount < 0 ? Messages.get(unfiltered ? "pledges.count"
                    : "pledges.count.filtered", rows.size(), rows.size())
                    : Messages.get("pledges.count", rows.size(), unfilteredCount));
            PledgeRow kept = keepSelected == null ? null
                    : rows.stream().filter(r -> r.pledgeId() == keepSelected).findFirst().orElse(null);
            if (kept != null) {
                table.getSelectionModel().select(kept);
                table.scrollTo(kept);
            }
            replacingRows = false;
            wanted = null;
            if (kept != null) {
                form.edit(kept.pledgeId());
            }
            log.show(kept);
        });
    }

    private void choicesLoaded(Choices c) {
        filters.setChoices(c.members(), c.projects());
        form.setChoices(c.members(), c.projects(), c.pitches());
        form.setToday(c.today());
    }

    /** Members and projects for the pickers, loaded together. */
    private record Choices(List<MemberFacts> members, List<ProjectChoice> projects, List<PitchChoice> pitches,
            java.time.LocalDate today) {
    }
}
