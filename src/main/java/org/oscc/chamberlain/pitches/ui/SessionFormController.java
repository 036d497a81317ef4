package org.oscc.chamberlain.pitches.ui;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
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
import org.oscc.chamberlain.ui.Messages;
import org.oscc.chamberlain.ui.StatusLine;
import org.oscc.chamberlain.validation.InvalidInputException;

/**
 * The session form: when, where, how many, who organizes. Saving first looks for clashes with other sessions and
 * asks for "Save anyway" when there are any; the service's refusals are shown beside the form.
 */
public class SessionFormController {
    private final PitchNightService service;
    private final BackgroundTasks tasks;
    private PitchNight shown;
    /** The fields as {@link #show} filled them, to tell whether the user changed anything since. */
    private List<String> shownState = List.of();
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
    @FXML private VBox conflictBox;
    @FXML private Label conflictText;

    public SessionFormController(PitchNightService service, BackgroundTasks tasks) {
        this.service = service;
        this.tasks = tasks;
    }

    @FXML
    private void initialize() {
        StatusLine.clearOnEdit(message, message.getParent().getParent());
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
        date.valueProperty().addListener((obs, old, now) -> updateEnd());
        time.textProperty().addListener((obs, old, now) -> updateEnd());
        length.textProperty().addListener((obs, old, now) -> updateEnd());
        hideConflicts();
    }

    void setOnSaved(Consumer<PitchNight> onSaved) {
        this.onSaved = onSaved;
    }

    void show(PitchNight night) {
        shown = night;
        title.setText(night.title());
        date.setValue(night.startsAt().toLocalDate());
        time.setText(night.startsAt().toLocalTime().format(PitchTexts.TIME));
        timeZone.setValue(night.timeZone().getId());
        length.setText(Integer.toString(night.durationMinutes()));
        venueName.setText(night.venueName());
        venueAddress.setText(night.venueAddress());
        onlineUrl.setText(night.onlineUrl());
        capacity.setText(night.capacity() == null ? "" : night.capacity().toString());
        status.setValue(night.status());
        organizerName.setText(night.organizerName());
        organizerEmail.setText(night.organizerEmail());
        description.setText(night.description());
        PitchTexts.showOk(message, "");
        hideConflicts();
        shownState = state();
    }

    /** True when a field differs from what {@link #show} put there (the saved night, or the fresh draft). */
    boolean isDirty() {
        return shown != null && !state().equals(shownState);
    }

    /** Puts the shown night back into the form, dropping the edits. */
    void discard() {
        if (shown != null) {
            show(shown);
        }
    }

    private List<String> state() {
        return Arrays.asList(title.getText(), String.valueOf(date.getValue()), time.getText(), timeZone.getValue(),
                length.getText(), venueName.getText(), venueAddress.getText(), onlineUrl.getText(),
                capacity.getText(), String.valueOf(status.getValue()), organizerName.getText(),
                organizerEmail.getText(), description.getText()).stream().map(v -> Objects.toString(v, ""))
                .toList();
    }

    void focusTitle() {
        title.requestFocus();
    }

    void showSavedMessage(String text) {
        PitchTexts.showOk(message, text);
    }

    void showFailure(Throwable failure) {
        PitchTexts.showFailure(message, failure);
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
        PitchNight edited = edited();
        if (edited == null) {
            notSaved.run();
            return;
        }
        hideConflicts();
        tasks.run(Messages.get("pitches.session.checking"), () -> service.conflicts(edited,
                edited.id() == null ? List.of() : service.agenda(edited.id())), conflicts -> {
                    if (conflicts.isEmpty()) {
                        store(edited, then, notSaved);
                    } else {
                        showConflicts(conflicts);
                        notSaved.run();
                    }
                }, failure -> {
                    showFailure(failure);
                    notSaved.run();
                });
    }

    @FXML
    private void onSaveAnyway() {
        PitchNight edited = edited();
        hideConflicts();
        if (edited != null) {
            store(edited, () -> { }, () -> { });
        }
    }

    @FXML
    private void onRevert() {
        if (shown != null) {
            show(shown);
        }
    }

    private void store(PitchNight edited, Runnable then, Runnable notSaved) {
        tasks.run(Messages.get("pitches.session.saving"), () -> service.save(edited), saved -> {
            onSaved.accept(saved);
            PitchTexts.showOk(message, Messages.get("pitches.session.saved", saved.title()));
            then.run();
        }, failure -> {
            showFailure(failure);
            notSaved.run();
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
            LocalDateTime start = LocalDateTime.of(date.getValue(), LocalTime.parse(time.getText().strip()));
            int minutes = Integer.parseInt(length.getText().strip());
            endsAt.setText(Messages.get("pitches.session.endsAt", start.plusMinutes(minutes).format(PitchTexts.TIME),
                    start.plusMinutes(minutes).toLocalDate().equals(start.toLocalDate()) ? ""
                            : " " + start.plusMinutes(minutes).toLocalDate()));
        } catch (RuntimeException e) {
            endsAt.setText("");
        }
    }

    /** The form as a session, or null (with the reason shown) when a field cannot be read at all. */
    private PitchNight edited() {
        if (shown == null) {
            return null;
        }
        LocalTime start;
        try {
            start = LocalTime.parse(time.getText().strip());
        } catch (DateTimeParseException e) {
            showFailure(new InvalidInputException(Messages.get("pitches.session.time"),
                    Messages.get("pitches.session.timeInvalid", time.getText())));
            return null;
        }
        Integer minutes = number(length, Messages.get("pitches.session.length"), false);
        Integer seats = number(capacity, Messages.get("pitches.session.capacity"), true);
        if (minutes == null || seats == null && !capacity.getText().isBlank()) {
            return null;
        }
        if (date.getValue() == null) {
            showFailure(new InvalidInputException(Messages.get("pitches.session.date"),
                    Messages.get("pitches.session.required")));
            return null;
        }
        ZoneId zone = timeZone.getValue() == null ? shown.timeZone() : ZoneId.of(timeZone.getValue());
        return shown.withTitle(title.getText()).withStart(LocalDateTime.of(date.getValue(), start), zone)
                .withDuration(minutes).withPlace(venueName.getText(), venueAddress.getText(), onlineUrl.getText())
                .withCapacity(seats).withStatus(status.getValue()).withDescription(description.getText())
                .withOrganizer(organizerName.getText(), organizerEmail.getText());
    }

    private Integer number(TextField field, String name, boolean optional) {
        String text = field.getText() == null ? "" : field.getText().strip();
        if (text.isEmpty() && optional) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            showFailure(new InvalidInputException(name, Messages.get("pitches.session.notNumber", text)));
            return null;
        }
    }
}
