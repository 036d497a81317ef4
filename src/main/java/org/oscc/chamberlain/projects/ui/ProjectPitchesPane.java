package org.oscc.chamberlain.projects.ui;

import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.oscc.chamberlain.pledges.ui.Figures;
import org.oscc.chamberlain.projects.ProjectPitch;
import org.oscc.chamberlain.ui.ColumnPriorities;
import org.oscc.chamberlain.ui.Messages;

/** The part of a project's form that lists, read-only, the pitches that named it: night, date, title, presenter. */
final class ProjectPitchesPane {
    private final TableView<ProjectPitch> table;

    ProjectPitchesPane(TableView<ProjectPitch> table, TableColumn<ProjectPitch, String> night,
            TableColumn<ProjectPitch, String> date, TableColumn<ProjectPitch, String> title,
            TableColumn<ProjectPitch, String> presenter) {
        this.table = table;
        column(night, ProjectPitch::pitchNightTitle);
        column(date, p -> Figures.date(p.date()));
        column(title, ProjectPitch::slotTitle);
        column(presenter, ProjectPitch::presenterName);
        // as tall as its rows, up to six (as the pledges above): a project pitched once leaves no tall empty box
        table.prefHeightProperty().bind(Bindings.createDoubleBinding(() -> 48
                + table.getFixedCellSize() * Math.max(1.5, Math.min(6, table.getItems().size())), table.getItems()));
        table.setPlaceholder(new Label(Messages.get("projects.pitches.none")));
        // the night and its date name the row; the pitch's title and presenter stay (the list is short)
        ColumnPriorities.of(table).identifying(date, night).install();
    }

    void show(List<ProjectPitch> pitches) {
        table.getItems().setAll(pitches);
    }

    private static void column(TableColumn<ProjectPitch, String> column, Function<ProjectPitch, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }
}
