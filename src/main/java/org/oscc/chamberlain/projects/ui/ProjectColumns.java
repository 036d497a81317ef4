package org.oscc.chamberlain.projects.ui;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.oscc.chamberlain.projects.ProjectRow;
import org.oscc.chamberlain.projects.ProjectStage;
import org.oscc.chamberlain.ui.ColumnPriorities;
import org.oscc.chamberlain.ui.Messages;

/** The columns of the Projects list: the name stays whole; licence, pitches, people and stage give way in turn. */
final class ProjectColumns {
    private ProjectColumns() {
    }

    static void install(TableView<ProjectRow> table, TableColumn<ProjectRow, String> name,
            TableColumn<ProjectRow, String> stage, TableColumn<ProjectRow, String> licence,
            TableColumn<ProjectRow, Integer> people, TableColumn<ProjectRow, Integer> pledges,
            TableColumn<ProjectRow, Integer> pitches) {
        column(name, ProjectRow::name);
        column(stage, r -> stageText(r.stage()));
        column(licence, ProjectRow::licenceSpdx);
        column(people, ProjectRow::keyPeopleCount);
        column(pledges, ProjectRow::pledgeCount);
        column(pitches, ProjectRow::pitchCount);
        table.setPlaceholder(new Label(Messages.get("projects.table.empty")));
        ColumnPriorities.of(table).identifying(name).secondary(licence, pitches, people, stage).install();
    }

    /** "Emerging", "Established" ... in the screens' language. */
    static String stageText(ProjectStage s) {
        return Messages.get("projects.stage." + s.name().toLowerCase(Locale.ROOT));
    }

    private static <T> void column(TableColumn<ProjectRow, T> column, Function<ProjectRow, T> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }
}
