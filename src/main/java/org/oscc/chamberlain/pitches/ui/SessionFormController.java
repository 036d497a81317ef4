package org.oscc.chamberlain.pitches.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;
import org.oscc.chamberlain.pitches.Conflict;
import org.oscc.chamberlain.pitches.PitchNight;
import org.oscc.chamberlain.pitches.PitchNightService;
import org.oscc.chamberlain.pitches.SessionStatus;
import org.oscc.chamberlain.ui.BackgroundTasks;
import org.oscc.chamberlain.ui.DateFields;
import org.oscc.chamberlain.ui.ErrorReporter;
import org.oscc.chamberlain.ui.FormProblems;
import org.oscc.chamberlain.ui.Messages;
import org.oscc.chamberlain.validation.InvalidInputException;

/**
 * The session form: when, where, how many, who organizes. Saving first looks for clashes with other sessions and
 * asks for "Save anyway" when there are any; the service's refusals are shown beside the form.
 */
public class SessionFormController {
    private final PitchNightService service;
    private final BackgroundTasks tasks;
    private final SessionFormModel model = new SessionFormModel();
    private FormProblems problems;
    private Consumer<PitchNight> onSaved = n -> { };

    @FXML private TextField title;
    @FXML private DatePicker date;
    @FXML private TextField time;
    @FXML private SearchableComboBox<String> timeZone;
    @FXML private TextField length;
    @FXML private Label endsAt;
    @FXML private TextField venueName;
    @FXML private TextField venueAddress;
    @FXML private TextField onlineUrl;
    @FXML private TextField capacity;
    @FXML private ComboBox<SessionStatus> status;
    @FXML private TextField organizerName;
    @FXML private TextField organizerEmail;
    @FXML private TextArea description;
    @FXML private Label message;
    @FXML private Label problemSummary;
    @FXML private VBox conflictBox;
    @FXML private Label conflictText;

    public SessionFormController(PitchNightService service, BackgroundTasks tasks) {
        this.service = service;
        this.tasks = tasks;
    }

    @FXML
    private void initialize() {
        timeZone.setItems(FXCollections.observableArrayList(ZoneId.getAvailableZoneIds().stream().sorted().toList()));
        status.setItems(FXCollections.observableArrayList(SessionStatus.values()));
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(SessionStatus s) {
                return s == null ? "" : PitchTexts.status(s);
            }

            @Override
            public SessionStatus fromString(String text) {
                return null;
            }
        });
        title.textProperty().bindBidirectional(model.title);
        DateFields.bind(date, model.date);
        time.textProperty().bindBidirectional(model.time);
        timeZone.valueProperty().bindBidirectional(model.timeZone);
        length.textProperty().bindBidirectional(model.length);
        venueName.textProperty().bindBidirectional(model.venueName);
        venueAddress.textProperty().bindBidirectional(model.venueAddress);
        onlineUrl.textProperty().bindBidirectional(model.onlineUrl);
        capacity.textProperty().bindBidirectional(model.capacity);
        status.valueProperty().bindBidirectional(model.status);
        organizerName.textProperty().bindBidirectional(model.organizerName);
        organizerEmail.textProperty().bindBidirectional(model.organizerEmail);
        description.textProperty().bindBidirectional(model.description);
        problems = new FormProblems(problemSummary);
        for (var field : java.util.Map.<String, javafx.scene.control.Control>of("title", title, "date", date, "time",
                time, "timeZone", timeZone, "length", length, "venueName", venueName, "venueAddress", venueAddress,
                "onlineUrl", onlineUrl, "capacity", capacity, "status", status).entrySet()) {
            problems.field(field.getKey(), field.getValue(), SessionFormModel.label(field.getKey()));
        }
        problems.field("organizerName", organizerName, SessionFormModel.label("organizerName"))
                .field("organizerEmail", organizerEmail, SessionFormModel.label("organizerEmail"))
                .field("description", description, SessionFormModel.label("description"))
                .follow(model.problems());
        model.statusProperty().addListener((o, a, text) -> PitchTexts.showOk(message, text));
        model.saveWith(this::checkThenStore);
        model.date.addListener((obs, old, now) -> updateEnd());
        model.time.addListener((obs, old, now) -> updateEnd());
        model.length.addListener((obs, old, now) -> updateEnd());
        hideConflicts();
    }

    void setOnSaved(Consumer<PitchNight> onSaved) {
        this.onSaved = onSaved;
    }

    void show(PitchNight night) {
        model.show(night);
        hideConflicts();
    }

    /** The form's view-model: the unsaved-edits contract. */
    SessionFormModel model() {
        return model;
    }

    /** True when a field differs from what {@link #show} put there (the saved night, or the fresh draft). */
    boolean isDirty() {
        return model.isDirty();
    }

    /** Puts the shown night back into the form, dropping the edits. */
    void discard() {
        model.discard();
        hideConflicts();
    }

    void focusTitle() {
        title.requestFocus();
    }

    void showSavedMessage(String text) {
        model.say(text);
    }

    void showFailure(Throwable failure) {
        if (failure instanceof InvalidInputException refused) {
            model.refused(refused.problems());
        } else {
            ErrorReporter.report(failure);
        }
    }

    /** Saves after a look for clashes (Ctrl+S). */
    @FXML
    void save() {
        save(() -> { }, () -> { });
    }

    /**
     * Saves after a look for clashes, then runs {@code then}; runs {@code notSaved} instead when a field is refused
     * or a clash needs the user's "Save anyway" (the reason is shown beside the form).
     */
    void save(Runnable then, Runnable notSaved) {
        hideConflicts();
        model.save(saved -> {
            if (saved) {
                then.run();
            } else {
                problems.focusFirst();
                notSaved.run();
            }
        });
    }

    /** Looks for clashes first; with any, the organizer decides ("Save anyway") and this save stops. */
    private void checkThenStore(PitchNight edited, Consumer<Boolean> done) {
        tasks.run(Messages.get("pitches.session.checking"), () -> service.conflicts(edited,
                edited.id() == null ? List.of() : service.agenda(edited.id())), conflicts -> {
                    if (conflicts.isEmpty()) {
                        store(edited, done);
                    } else {
                        showConflicts(conflicts);
                        done.accept(false);
                    }
                }, failure -> {
                    showFailure(failure);
                    done.accept(false);
                });
    }

    @FXML
    private void onSaveAnyway() {
        hideConflicts();
        model.read().ifPresent(edited -> store(edited, ok -> { }));
    }

    @FXML
    private void onRevert() {
        discard();
    }

    private void store(PitchNight edited, Consumer<Boolean> done) {
        tasks.run(Messages.get("pitches.session.saving"), () -> service.save(edited), saved -> {
            model.stored(saved, Messages.get("pitches.session.saved", saved.title()));
            onSaved.accept(saved);
            done.accept(true);
        }, failure -> {
            showFailure(failure);
            done.accept(false);
        });
    }

    private void showConflicts(List<Conflict> conflicts) {
        StringBuilder text = new StringBuilder();
        for (Conflict c : conflicts) {
            text.append(text.length() == 0 ? "" : "\n").append("• ").append(c.message());
        }
        conflictText.setText(text.toString());
        conflictBox.setVisible(true);
        conflictBox.setManaged(true);
    }

    private void hideConflicts() {
        conflictBox.setVisible(false);
        conflictBox.setManaged(false);
    }

    private void updateEnd() {
        try {
            LocalDateTime start = LocalDateTime.of(LocalDate.parse(model.date.get().strip()),
                    LocalTime.parse(model.time.get().strip()));
            int minutes = Integer.parseInt(model.length.get().strip());
            endsAt.setText(Messages.get("pitches.session.endsAt", PitchTexts.time(start.plusMinutes(minutes)),
                    start.plusMinutes(minutes).toLocalDate().equals(start.toLocalDate()) ? ""
                            : " " + start.plusMinutes(minutes).toLocalDate()));
        } catch (RuntimeException e) {
            // not readable yet: the field shows its problem when saved
            endsAt.setText("");
        }
    }
}
