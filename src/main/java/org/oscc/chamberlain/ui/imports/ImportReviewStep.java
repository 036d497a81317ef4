package org.oscc.chamberlain.ui.imports;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.oscc.chamberlain.importing.DryRun;
import org.oscc.chamberlain.importing.DuplicateChoice;
import org.oscc.chamberlain.importing.DuplicateChoices;
import org.oscc.chamberlain.importing.DuplicateMatch;
import org.oscc.chamberlain.ui.Messages;
import org.oscc.chamberlain.ui.TextConverter;
import org.oscc.chamberlain.validation.Problem;

/**
 * The wizard's review step: what the dry run found. Every problem by row, column and reason; the duplicates, each
 * with skip, update or create (and one choice for all); whether to leave the invalid rows out.
 */
final class ImportReviewStep<R> {
    private final DryRun<R> run;
    private final ComboBox<DuplicateChoice> forAll = new ComboBox<>();
    private final Map<Integer, DuplicateChoice> byRow = new HashMap<>();
    private final CheckBox skipInvalid = new CheckBox(Messages.get("memberImport.skipInvalid"));
    private final BooleanBinding importable;
    private final Node view;

    ImportReviewStep(DryRun<R> run, String duplicatesHeading) {
        this.run = run;
        Label summary = new Label(Messages.get("memberImport.summary", run.rowsRead(), run.valid().size(),
                run.invalid().size(), run.duplicates().stream().map(DuplicateMatch::row).distinct().count()));
        summary.setId("dryRunSummary");
        summary.setWrapText(true);
        VBox page = new VBox(10, summary);
        if (run.hasProblems()) {
            Label heading = new Label(Messages.get("memberImport.problems"));
            heading.getStyleClass().add("section-heading");
            ListView<String> problems = new ListView<>();
            problems.setId("importProblems");
            problems.getItems().setAll(run.problems().stream().map(Problem::describe).toList());
            problems.setPrefHeight(180);
            skipInvalid.setId("skipInvalid");
            skipInvalid.setDisable(run.invalid().isEmpty() || run.valid().isEmpty());
            page.getChildren().addAll(heading, problems, skipInvalid);
            VBox.setVgrow(problems, Priority.ALWAYS);
        }
        if (!run.duplicates().isEmpty()) {
            Label heading = new Label(duplicatesHeading);
            heading.getStyleClass().add("section-heading");
            forAll.getItems().setAll(DuplicateChoice.values());
            forAll.setConverter(TextConverter.of(ImportReviewStep::label));
            forAll.setValue(DuplicateChoice.SKIP);
            forAll.setId("duplicateForAll");
            forAll.valueProperty().addListener((o, a, b) -> {
                byRow.clear();
                table().refresh();
            });
            HBox all = new HBox(8, new Label(Messages.get("memberImport.duplicates.forAll")), forAll);
            all.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            page.getChildren().addAll(heading, all, duplicatesTable());
        }
        if (!run.hasProblems() && run.duplicates().isEmpty()) {
            Label ok = new Label(Messages.get("memberImport.clean"));
            ok.getStyleClass().add("message-ok");
            page.getChildren().add(ok);
        }
        importable = Bindings.createBooleanBinding(() -> !run.valid().isEmpty()
                && (!run.hasProblems() || skipInvalid.isSelected() && !skipInvalid.isDisabled()),
                skipInvalid.selectedProperty());
        this.view = page;
    }

    private TableView<DuplicateMatch> duplicates;

    private TableView<DuplicateMatch> table() {
        return duplicates;
    }

    private TableView<DuplicateMatch> duplicatesTable() {
        duplicates = new TableView<>();
        duplicates.setId("importDuplicates");
        TableColumn<DuplicateMatch, String> what = new TableColumn<>(Messages.get("memberImport.duplicates.match"));
        what.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().describe()));
        TableColumn<DuplicateMatch, DuplicateMatch> choice = new TableColumn<>(Messages.get("memberImport.duplicates.choice"));
        choice.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        choice.setPrefWidth(150);
        choice.setCellFactory(col -> new TableCell<>() {
            private final ComboBox<DuplicateChoice> box = new ComboBox<>();

            {
                box.getItems().setAll(DuplicateChoice.values());
                box.setConverter(TextConverter.of(ImportReviewStep::label));
                box.setOnAction(e -> {
                    if (getItem() != null && box.getValue() != null) {
                        byRow.put(getItem().row(), box.getValue());
                        getTableView().refresh();
                    }
                });
            }

            @Override
            protected void updateItem(DuplicateMatch item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                } else {
                    box.setValue(byRow.getOrDefault(item.row(), forAll.getValue()));
                    setGraphic(box);
                }
            }
        });
        duplicates.getColumns().add(what);
        duplicates.getColumns().add(choice);
        duplicates.getItems().setAll(run.duplicates());
        // what a row matches takes the width the choice leaves: at 1024x700 a fixed width cut it short
        what.prefWidthProperty().bind(duplicates.widthProperty().subtract(choice.widthProperty()).subtract(20));
        duplicates.setPrefHeight(200);
        VBox.setVgrow(duplicates, Priority.ALWAYS);
        return duplicates;
    }

    private static String label(DuplicateChoice c) {
        return Messages.get("memberImport.choice." + c.name());
    }

    Node view() {
        return view;
    }

    BooleanBinding importableProperty() {
        return importable;
    }

    DryRun<R> run() {
        return run;
    }

    DuplicateChoices choices() {
        DuplicateChoices choices = DuplicateChoices.all(forAll.getValue() == null ? DuplicateChoice.SKIP
                : forAll.getValue());
        for (Map.Entry<Integer, DuplicateChoice> e : byRow.entrySet()) {
            choices = choices.with(e.getKey(), e.getValue());
        }
        return choices;
    }

    boolean skipInvalid() {
        return skipInvalid.isSelected();
    }
}
