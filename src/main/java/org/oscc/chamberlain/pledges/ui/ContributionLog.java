package org.oscc.chamberlain.pledges.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.oscc.chamberlain.importing.DateOrder;
import org.oscc.chamberlain.importing.ValueParsers;
import org.oscc.chamberlain.pledges.Contribution;
import org.oscc.chamberlain.pledges.ContributionDraft;
import org.oscc.chamberlain.pledges.PledgeRow;
import org.oscc.chamberlain.pledges.PledgeService;
import org.oscc.chamberlain.ui.BackgroundTasks;
import org.oscc.chamberlain.ui.ColumnPriorities;
import org.oscc.chamberlain.ui.Dialogs;
import org.oscc.chamberlain.ui.EditableForm;
import org.oscc.chamberlain.ui.ErrorReporter;
import org.oscc.chamberlain.ui.Messages;
import org.oscc.chamberlain.validation.InvalidInputException;
import org.oscc.chamberlain.validation.Problem;

/**
 * The selected pledge's contribution log, and a quick-entry grid ({@link QuickEntryGrid}) below it: type or paste
 * many rows, then "Save all" writes them in one call (all or none); each refused row and cell is marked and named in
 * the lines under the grid. It tells whether it holds rows not saved yet, and saves or discards them on request.
 */
public final class ContributionLog {
    private final PledgeService pledges;
    private final BackgroundTasks tasks;
    private final Runnable changed;
    private final ValueParsers parsers = new ValueParsers(DateOrder.UNDECIDED);
    private final Label heading = new Label(Messages.get("pledges.log.title"));
    private final TableView<Contribution> log = new TableView<>();
    private final QuickEntryGrid grid;
    private final Label message = new Label();
    private final VBox root;
    private PledgeRow pledge;
    private int loads;

    ContributionLog(PledgeService pledges, BackgroundTasks tasks, Runnable changed) {
        this.pledges = pledges;
        this.tasks = tasks;
        this.changed = changed;
        heading.getStyleClass().add("section-heading");
        heading.setWrapText(true); // the member and project may not fit one line beside the form
        heading.setMinHeight(Region.USE_PREF_SIZE);
        log.setId("contributionTable");
        log.setPrefHeight(130);
        log.getStyleClass().add(atlantafx.base.theme.Styles.DENSE); // compact rows, as the pledge list above
        log.setPlaceholder(new Label(Messages.get("pledges.log.select")));
        log.getColumns().setAll(List.of(
                logColumn("pledges.log.date", 100, c -> c.contributedOn().toString()),
                logColumn("pledges.log.hours", 70, c -> Figures.hours(c.minutes())),
                logColumn("pledges.log.contributor", 130, c -> c.contributorName() == null ? ""
                        : c.contributorName()),
                logColumn("pledges.log.what", 200, c -> c.description() == null ? "" : c.description()),
                logColumn("pledges.log.link", 160, c -> c.link() == null ? "" : c.link())));
        // the date names an entry; the link, then the contributor, give way in a narrow pane (the table menu
        // shows them again), and the description is cut before it hides
        List<TableColumn<Contribution, ?>> c = log.getColumns();
        ColumnPriorities.of(log).identifying(c.get(0)).secondary(c.get(4), c.get(2)).install();
        Button delete = new Button(Messages.get("pledges.log.delete"), new FontIcon("mdi2d-delete-outline"));
        delete.setId("deleteEntry");
        delete.disableProperty().bind(log.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> deleteSelected());

        Label gridHeading = new Label(Messages.get("pledges.grid.title"));
        gridHeading.getStyleClass().add("section-heading");
        Label hint = new Label(Messages.get("pledges.grid.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        Button add = new Button(Messages.get("pledges.grid.addRow"), new FontIcon("mdi2t-table-row-plus-after"));
        add.setId("addEntryRow");
        Button save = new Button(Messages.get("pledges.grid.saveAll"), new FontIcon("mdi2c-content-save-all-outline"));
        save.setId("saveEntries");
        save.getStyleClass().add("accent");
        grid = new QuickEntryGrid(parsers, this::newRowDate, this::pasted,
                forward -> (forward ? save : add).requestFocus());
        add.setOnAction(e -> grid.addRow());
        save.setOnAction(e -> saveEntries(saved -> { }));
        message.setId("entriesMessage");
        message.setWrapText(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox gridTop = new HBox(8, gridHeading, gap, add, save);
        gridTop.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(8, heading, log, delete, gridTop, hint, grid.node(), message);
        root.setDisable(true);
    }

    Node node() {
        return root;
    }

    /** Shows a pledge's log and an empty grid for it; null shows nothing. */
    void show(PledgeRow row) {
        boolean samePledge = row != null && pledge != null && row.pledgeId() == pledge.pledgeId();
        pledge = row;
        root.setDisable(row == null);
        if (row == null) {
            heading.setText(Messages.get("pledges.log.title"));
            log.getItems().clear();
            grid.rows().clear();
            return;
        }
        heading.setText(Messages.get("pledges.log.title") + " \u2013 " + row.memberName() + ", " + row.shownProjectName());
        if (!samePledge) {
            discardEntries();
        }
        reloadLog();
    }

    private void reloadLog() {
        long id = pledge.pledgeId();
        int asked = ++loads;
        tasks.run(Messages.get("pledges.loading"), () -> pledges.contributions(id), rows -> {
            if (asked == loads) {
                log.getItems().setAll(rows);
                log.setPlaceholder(new Label(Messages.get("pledges.log.none")));
            }
        });
    }

    /** The typed rows under the one unsaved-edits contract, so that leaving the pledge asks about them. */
    public EditableForm entries() {
        return new EditableForm() {
            @Override
            public boolean isDirty() {
                return hasUnsavedEntries();
            }

            @Override
            public void save(Consumer<Boolean> done) {
                saveEntries(done);
            }

            @Override
            public void discard() {
                discardEntries();
            }

            @Override
            public String unsavedName() {
                return Messages.get("pledges.unsaved.hours", pledge == null ? "" : pledge.memberName());
            }
        };
    }

    /** True when the grid holds a row with something typed in it that is not saved yet. */
    public boolean hasUnsavedEntries() {
        return pledge != null && grid.hasEntries();
    }

    /** Forgets the rows typed and not saved: the grid is back to one empty row. */
    public void discardEntries() {
        grid.reset();
        message.setText("");
    }

    /**
     * Saves the typed rows in one go, all or none, and then tells {@code done} whether they were saved (true also
     * when there was nothing to save). When they were not, the reasons are marked on the rows and cells and named
     * under the grid, and the rows stay as typed.
     */
    public void saveEntries(Consumer<Boolean> done) {
        if (!hasUnsavedEntries()) {
            if (pledge != null) {
                showMessage(Messages.get("pledges.grid.empty"), false);
            }
            done.accept(true);
            return;
        }
        List<String> problems = grid.check();
        if (!problems.isEmpty()) {
            showProblems(problems);
            done.accept(false);
            return;
        }
        List<EntryRow> rows = grid.rows().stream().filter(r -> !r.isBlank()).toList();
        List<ContributionDraft> drafts = new ArrayList<>();
        for (EntryRow r : rows) {
            drafts.add(new ContributionDraft(pledge.pledgeId(), null, parsers.date(r.date.get()).value(),
                    parsers.hours(r.hours.get()).value().longValue(), null, r.contributor.get(), r.what.get(),
                    r.link.get(), null));
        }
        tasks.run(Messages.get("pledges.grid.saveAll"), () -> pledges.addContributions(drafts), saved -> {
            grid.reset();
            showMessage(Messages.get("pledges.grid.saved", saved), true);
            reloadLog();
            changed.run();
            done.accept(true);
        }, failure -> {
            if (failure instanceof InvalidInputException refused) {
                List<String> lines = new ArrayList<>();
                for (Problem p : refused.problems()) {
                    // the service numbers the rows it was given from 1; the grid's own numbers count blank rows too
                    EntryRow r = p.row() >= 1 && p.row() <= rows.size() ? rows.get(p.row() - 1) : null;
                    lines.add(r == null ? p.describe() : grid.mark(r, p));
                }
                grid.showMarks();
                showProblems(lines);
                done.accept(false);
            } else {
                ErrorReporter.report(failure);
                done.accept(false);
            }
        });
    }

    private LocalDate newRowDate() {
        LocalDate today = pledges.today();
        return pledge != null && today.isAfter(pledge.periodEnd()) ? pledge.periodEnd() : today;
    }

    private void pasted(int count) {
        List<String> problems = grid.check();
        if (problems.isEmpty()) {
            showMessage(Messages.get("pledges.grid.pasted", count), true);
        } else {
            showMessage(Messages.get("pledges.grid.pastedProblems", count) + "\n" + String.join("\n", problems),
                    false);
        }
    }

    private void deleteSelected() {
        Contribution c = log.getSelectionModel().getSelectedItem();
        if (!Dialogs.confirmDestructive(log.getScene().getWindow(), Messages.get("pledges.log.delete.confirm.header"),
                Messages.get("pledges.log.delete.confirm.text", c.contributedOn().toString(), Figures.hours(c.minutes())),
                Messages.get("pledges.log.delete.confirm.action"))) {
            return;
        }
        tasks.run(Messages.get("pledges.log.delete"), () -> pledges.deleteContribution(c.id()), done -> {
            showMessage(Messages.get("pledges.log.deleted"), true);
            reloadLog();
            changed.run();
        });
    }

    private void showProblems(List<String> lines) {
        showMessage(Messages.get("pledges.grid.problems") + "\n" + String.join("\n", lines), false);
    }

    private void showMessage(String text, boolean ok) {
        message.setText(text);
        message.getStyleClass().setAll("label", ok ? "message-ok" : "message-error");
    }

    private static TableColumn<Contribution, String> logColumn(String key, double width,
            Function<Contribution, String> value) {
        TableColumn<Contribution, String> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        return c;
    }
}
