package org.oscc.chamberlain.pitches.ui;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.oscc.chamberlain.ui.ColumnPriorities;
import org.oscc.chamberlain.pitches.Outcome;
import org.oscc.chamberlain.pitches.PitchNight;
import org.oscc.chamberlain.pitches.PitchNightService;
import org.oscc.chamberlain.ui.BackgroundTasks;
import org.oscc.chamberlain.ui.Messages;

/** What a night led to: the pledges linked to its pitches, with the pitch each came from. */
public class OutcomesController {
    private final PitchNightService service;
    private final BackgroundTasks tasks;

    @FXML private Label summary;
    @FXML private TableView<Outcome> table;
    @FXML private TableColumn<Outcome, String> pitchColumn;
    @FXML private TableColumn<Outcome, String> memberColumn;
    @FXML private TableColumn<Outcome, String> projectColumn;
    @FXML private TableColumn<Outcome, String> pledgedColumn;
    @FXML private TableColumn<Outcome, String> statusColumn;

    public OutcomesController(PitchNightService service, BackgroundTasks tasks) {
        this.service = service;
        this.tasks = tasks;
    }

    @FXML
    private void initialize() {
        ColumnPriorities.of(table).identifying(memberColumn, projectColumn).secondary(pitchColumn).install();
        pitchColumn.setCellValueFactory(c -> text(c.getValue().slotTitle()));
        memberColumn.setCellValueFactory(c -> text(c.getValue().memberName()));
        projectColumn.setCellValueFactory(c -> text(c.getValue().projectName() == null
                ? Messages.get("pitches.outcomes.generalPool") : c.getValue().projectName()));
        pledgedColumn.setCellValueFactory(c -> text(c.getValue().pledgedText()));
        statusColumn.setCellValueFactory(c -> text(Messages.get("pitches.outcomes.status."
                + c.getValue().status().toLowerCase(Locale.ROOT))));
    }

    void show(PitchNight night) {
        int nightId = night.id();
        tasks.run(Messages.get("pitches.loading"), () -> service.outcomes(nightId), this::render);
    }

    private void render(List<Outcome> outcomes) {
        table.getItems().setAll(outcomes);
        int minutes = outcomes.stream().filter(o -> o.pledgedMinutes() != null).mapToInt(Outcome::pledgedMinutes)
                .sum();
        summary.setText(outcomes.isEmpty() ? Messages.get("pitches.outcomes.none")
                : Messages.get("pitches.outcomes.summary", outcomes.size(), minutes / 60));
    }

    private static ReadOnlyObjectWrapper<String> text(String value) {
        return new ReadOnlyObjectWrapper<>(value == null ? "" : value);
    }
}
