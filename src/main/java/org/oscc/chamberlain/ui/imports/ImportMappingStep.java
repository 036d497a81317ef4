package org.oscc.chamberlain.ui.imports;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.oscc.chamberlain.importing.ColumnMapping;
import org.oscc.chamberlain.importing.DateOrder;
import org.oscc.chamberlain.importing.ImportField;
import org.oscc.chamberlain.importing.SheetPreview;
import org.oscc.chamberlain.importing.SheetRow;
import org.oscc.chamberlain.ui.Messages;
import org.oscc.chamberlain.ui.TextConverter;

/** The wizard's mapping step: a column chooser per field (pre-set to the guess), the date order, and a preview. */
final class ImportMappingStep {
    private final List<ImportField> fields;
    private final SheetPreview preview;
    private final List<ComboBox<String>> choosers = new ArrayList<>();
    private final ComboBox<DateOrder> dateOrder = new ComboBox<>();
    private final Node view;

    ImportMappingStep(List<ImportField> fields, SheetPreview preview, ColumnMapping guessed) {
        this.fields = fields;
        this.preview = preview;
        String none = Messages.get("memberImport.map.none");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        grid.setHgap(10);
        grid.setVgap(6);
        for (int i = 0; i < 4; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setHgrow(i % 2 == 1 ? Priority.ALWAYS : Priority.NEVER);
            grid.getColumnConstraints().add(c);
        }
        int half = (fields.size() + 1) / 2;
        for (int i = 0; i < fields.size(); i++) {
            ImportField f = fields.get(i);
            ComboBox<String> box = new ComboBox<>();
            box.setId("map-" + f.key());
            box.setMaxWidth(Double.MAX_VALUE);
            box.getItems().add(none);
            box.getItems().addAll(preview.headers());
            int column = guessed.columnOf(f.key());
            box.getSelectionModel().select(column < 0 ? 0 : column + 1);
            choosers.add(box);
            Label label = new Label(f.label() + (f.required() ? " *" : ""));
            grid.add(label, i < half ? 0 : 2, i % half);
            grid.add(box, i < half ? 1 : 3, i % half);
        }
        dateOrder.getItems().setAll(DateOrder.values());
        dateOrder.setConverter(TextConverter.of(o -> Messages.get("memberImport.dateOrder." + o.name())));
        dateOrder.setValue(guessed.dateOrder());
        dateOrder.setId("dateOrder");
        grid.add(new Label(Messages.get("memberImport.dateOrder")), 0, half);
        grid.add(dateOrder, 1, half);

        Label previewHeading = new Label(Messages.get("memberImport.preview"));
        previewHeading.getStyleClass().add("section-heading");
        TableView<SheetRow> table = new TableView<>();
        table.setId("importPreview");
        TableColumn<SheetRow, Integer> rowColumn = new TableColumn<>(Messages.get("memberImport.row"));
        rowColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().rowNumber()));
        table.getColumns().add(rowColumn);
        for (int i = 0; i < preview.headers().size(); i++) {
            int column = i;
            TableColumn<SheetRow, String> tc = new TableColumn<>(preview.headers().get(i));
            tc.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().cell(column)));
            tc.setPrefWidth(120);
            table.getColumns().add(tc);
        }
        table.getItems().setAll(preview.rows());
        table.setPrefHeight(220);
        table.setMinHeight(170);
        Label hint = new Label(Messages.get("memberImport.map.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox box = new VBox(10, hint, grid, previewHeading, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        this.view = scroll;
    }

    Node view() {
        return view;
    }

    /** The mapping as chosen; a column chosen for two fields feeds the last of them. */
    ColumnMapping mapping() {
        ColumnMapping m = ColumnMapping.empty(preview.headers()).withDateOrder(dateOrder.getValue());
        for (int i = 0; i < fields.size(); i++) {
            int chosen = choosers.get(i).getSelectionModel().getSelectedIndex();
            if (chosen > 0) {
                m = m.map(fields.get(i).key(), chosen - 1);
            }
        }
        return m;
    }
}
