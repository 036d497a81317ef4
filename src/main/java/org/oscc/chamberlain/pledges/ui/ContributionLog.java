package org.oscc.chamberlain.pledges.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.oscc.chamberlain.importing.DateOrder;
import org.oscc.chamberlain.importing.Parsed;
import org.oscc.chamberlain.importing.ValueParsers;
import org.oscc.chamberlain.pledges.Contribution;
import org.oscc.chamberlain.pledges.ContributionDraft;
import org.oscc.chamberlain.pledges.PledgeRow;
import org.oscc.chamberlain.pledges.PledgeService;
import org.oscc.chamberlain.ui.BackgroundTasks;
import org.oscc.chamberlain.ui.Messages;
import org.oscc.chamberlain.validation.InvalidInputException;
import org.oscc.chamberlain.validation.Problem;

/**
 * The selected pledge's contribution log, and a quick-entry grid below it: type many rows, then "Save all" writes
 * them in one call (all or none); each refused row is named and highlighted.
 */
final class ContributionLog {
    private final PledgeService pledges;
    private final BackgroundTasks tasks;
    private final Runnable changed;
    private final ValueParsers parsers = new ValueParsers(DateOrder.UNDECIDED);
    private final Label heading = new Label(Messages.get("pledges.log.title"));
    private final TableView<Contribution> log = new TableView<>();
    private final TableView<EntryRow> grid = new TableView<>();
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
        log.setPlaceholder(new Label(Messages.get("pledges.log.select")));
        log.getColumns().setAll(List.of(
                logColumn("pledges.log.date", 100, c -> c.contributedOn().toString()),
                logColumn("pledges.log.hours", 70, c -> Figures.hours(c.minutes())),
                logColumn("pledges.log.contributor", 130, c -> c.contributorName() == null ? ""
                        : c.contributorName()),
                logColumn("pledges.log.what", 200, c -> c.description() == null ? "" : c.description()),
                logColumn("pledges.log.link", 160, c -> c.link() == null ? "" : c.link())));
        Button delete = new Button(Messages.get("pledges.log.delete"), new FontIcon("mdi2d-delete-outline"));
        delete.setId("deleteEntry");
        delete.disableProperty().bind(log.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> deleteSelected());

        Label gridHeading = new Label(Messages.get("pledges.grid.title"));
        gridHeading.getStyleClass().add("section-heading");
        Label hint = new Label(Messages.get("pledges.grid.hint"));
        hint.getStyleClass().add("muted");
        grid.setId("entryGrid");
        grid.setEditable(true);
        grid.setPrefHeight(120);
        grid.getColumns().setAll(List.of(gridColumn("pledges.log.date", 100, r -> r.date),
                gridColumn("pledges.log.hours", 70, r -> r.hours),
                gridColumn("pledges.log.contributor", 130, r -> r.contributor),
                gridColumn("pledges.log.what", 200, r -> r.what), gridColumn("pledges.log.link", 160, r -> r.link)));
        grid.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(EntryRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("entry-problem");
                if (!empty && row != null && row.problem.get()) {
                    getStyleClass().add("entry-problem");
                }
            }
        });
        Button add = new Button(Messages.get("pledges.grid.addRow"), new FontIcon("mdi2t-table-row-plus-after"));
        add.setId("addEntryRow");
        add.setOnAction(e -> addRow());
        Button save = new Button(Messages.get("pledges.grid.saveAll"), new FontIcon("mdi2c-content-save-all-outline"));
        save.setId("saveEntries");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> saveAll());
        message.setId("entriesMessage");
        message.setWrapText(true);
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        HBox gridTop = new HBox(8, gridHeading, gap, add, save);
        gridTop.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        root = new VBox(8, heading, log, delete, gridTop, hint, message, grid);
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
            grid.getItems().clear();
            return;
        }
        heading.setText(Messages.get("pledges.log.title") + " \u2013 " + row.memberName() + ", " + row.projectName());
        if (!samePledge) {
            grid.getItems().clear();
            message.setText("");
            addRow();
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

    private void addRow() {
        LocalDate today = pledges.today();
        if (pledge != null && today.isAfter(pledge.periodEnd())) {
            today = pledge.periodEnd();
        }
        grid.getItems().add(new EntryRow(today.toString()));
    }

    private void saveAll() {
        List<ContributionDraft> drafts = new ArrayList<>();
        List<EntryRow> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        grid.getItems().forEach(r -> r.problem.set(false));
        for (EntryRow r : grid.getItems()) {
            if (r.isBlank()) {
                continue;
            }
            int n = rows.size() + 1;
            Parsed<LocalDate> date = parsers.date(r.date.get());
            Parsed<Integer> hours = parsers.hours(r.hours.get());
            if (date.value() == null) {
                problems.add(Messages.get("pledges.grid.badDate", n, r.date.get()));
            }
            if (hours.failed()) {
                problems.add(Messages.get("pledges.grid.badHours", n, hours.problem()));
            }
            rows.add(r);
            drafts.add(new ContributionDraft(pledge.pledgeId(), null, date.value(),
                    hours.value() == null ? null : hours.value().longValue(), null, r.contributor.get(),
                    r.what.get(), r.link.get(), null));
            r.problem.set(date.value() == null || hours.failed());
        }
        if (drafts.isEmpty()) {
            showMessage(Messages.get("pledges.grid.empty"), false);
            return;
        }
        if (!problems.isEmpty()) {
            showProblems(problems);
            return;
        }
        tasks.run(Messages.get("pledges.grid.saveAll"), () -> pledges.addContributions(drafts), saved -> {
            grid.getItems().clear();
            addRow();
            showMessage(Messages.get("pledges.grid.saved", saved), true);
            reloadLog();
            changed.run();
        }, failure -> {
            if (failure instanceof InvalidInputException refused) {
                List<String> lines = new ArrayList<>();
                for (Problem p : refused.problems()) {
                    lines.add(p.describe());
                    if (p.row() >= 1 && p.row() <= rows.size()) {
                        rows.get(p.row() - 1).problem.set(true);
                    }
                }
                showProblems(lines);
            } else {
                org.oscc.chamberlain.ui.ErrorReporter.report(failure);
            }
        });
    }

    private void deleteSelected() {
        Contribution c = log.getSelectionModel().getSelectedItem();
        tasks.run(Messages.get("pledges.log.delete"), () -> pledges.deleteContribution(c.id()), done -> {
            showMessage(Messages.get("pledges.log.deleted"), true);
            reloadLog();
            changed.run();
        });
    }

    private void showProblems(List<String> lines) {
        grid.refresh();
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

    private static TableColumn<EntryRow, String> gridColumn(String key, double width,
            Function<EntryRow, StringProperty> property) {
        TableColumn<EntryRow, String> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(d -> property.apply(d.getValue()));
        c.setCellFactory(col -> new EditingCell<>());
        c.setOnEditCommit(e -> property.apply(e.getRowValue()).set(e.getNewValue()));
        return c;
    }
}
