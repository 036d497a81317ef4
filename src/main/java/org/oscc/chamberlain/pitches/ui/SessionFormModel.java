package org.oscc.chamberlain.pitches.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import org.oscc.chamberlain.importing.DateOrder;
import org.oscc.chamberlain.importing.Parsed;
import org.oscc.chamberlain.importing.ValueParsers;
import org.oscc.chamberlain.pitches.PitchNight;
import org.oscc.chamberlain.pitches.SessionStatus;
import org.oscc.chamberlain.text.DateTimeText;
import org.oscc.chamberlain.ui.FormModel;
import org.oscc.chamberlain.ui.IsoDates;
import org.oscc.chamberlain.ui.Messages;
import org.oscc.chamberlain.validation.Problem;
import org.oscc.chamberlain.text.Wording;
import org.oscc.chamberlain.validation.Problems;

/**
 * What the session form edits: a pitch night's details as typed (date, start time, length and capacity are read here
 * and become problems of their fields), whether they are saved, and what is wrong with them. Saving (with its look
 * for clashes) stays with the form's controller, which hands the result back through {@link #stored} and
 * {@link #refused}.
 */
final class SessionFormModel extends FormModel {
    final StringProperty title = textField("title");
    final StringProperty date = textField("date");
    final StringProperty time = textField("time");
    final ObjectProperty<String> timeZone = valueField("timeZone");
    final StringProperty length = textField("length");
    final StringProperty venueName = textField("venueName");
    final StringProperty venueAddress = textField("venueAddress");
    final StringProperty onlineUrl = textField("onlineUrl");
    final StringProperty capacity = textField("capacity");
    final ObjectProperty<SessionStatus> status = valueField("status");
    final StringProperty organizerName = textField("organizerName");
    final StringProperty organizerEmail = textField("organizerEmail");
    final StringProperty description = textField("description");

    private final ValueParsers parsers = new ValueParsers(DateOrder.UNDECIDED);
    private PitchNight shown;
    private SaveAction saver = (night, done) -> done.accept(false);

    /** How the controller stores a night read from the form (after its look for clashes). */
    interface SaveAction {
        void save(PitchNight edited, Consumer<Boolean> done);
    }

    void saveWith(SaveAction action) {
        this.saver = action;
    }

    PitchNight shown() {
        return shown;
    }

    void show(PitchNight night) {
        shown = night;
        load(() -> {
            title.set(text(night.title()));
            date.set(night.startsAt().toLocalDate().toString());
            time.set(PitchTexts.time(night.startsAt().toLocalTime()));
            timeZone.set(night.timeZone().getId());
            length.set(Integer.toString(night.durationMinutes()));
            venueName.set(text(night.venueName()));
            venueAddress.set(text(night.venueAddress()));
            onlineUrl.set(text(night.onlineUrl()));
            capacity.set(night.capacity() == null ? "" : night.capacity().toString());
            status.set(night.status());
            organizerName.set(text(night.organizerName()));
            organizerEmail.set(text(night.organizerEmail()));
            description.set(text(night.description()));
        });
    }

    /** The night as typed, or empty with every problem shown on its field. */
    Optional<PitchNight> read() {
        if (shown == null) {
            return Optional.empty();
        }
        Problems problems = new Problems();
        Parsed<LocalDate> day = IsoDates.parse(date.get());
        if (day.failed()) {
            problems.onField("date", labelKey("date"), Wording.plain(day.problem()));
        } else if (day.value() == null) {
            problems.onField("date", labelKey("date"), "pitches.session.dateRequired");
        }
        LocalTime start = DateTimeText.readTime(text(time.get())).orElse(null);
        if (start == null) {
            problems.onField("time", labelKey("time"), "form.invalid.time", text(time.get()).strip());
        }
        Parsed<Integer> minutes = parsers.count(text(length.get()));
        if (minutes.failed() || minutes.value() == null || minutes.value() < 1 || minutes.value() > 24 * 60) {
            problems.onField("length", labelKey("length"), "pitches.session.lengthInvalid", text(length.get()).strip());
        }
        Parsed<Integer> seats = parsers.count(text(capacity.get()));
        if (seats.failed()) {
            problems.onField("capacity", labelKey("capacity"), Wording.plain(seats.problem() + "."));
        }
        Parsed<String> link = parsers.website(text(onlineUrl.get()));
        if (link.failed()) {
            problems.onField("onlineUrl", labelKey("onlineUrl"), Wording.plain(link.problem() + "."));
        }
        Parsed<String> email = parsers.email(text(organizerEmail.get()));
        if (email.failed()) {
            problems.onField("organizerEmail", labelKey("organizerEmail"), Wording.plain(email.problem() + "."));
        }
        if (!problems.isEmpty()) {
            showProblems(problems.list());
            return Optional.empty();
        }
        ZoneId zone = timeZone.get() == null ? shown.timeZone() : ZoneId.of(timeZone.get());
        return Optional.of(shown.withTitle(text(title.get())).withStart(LocalDateTime.of(day.value(), start), zone)
                .withDuration(minutes.value()).withPlace(venueName.get(), venueAddress.get(), link.value())
                .withCapacity(seats.value()).withStatus(status.get()).withDescription(description.get())
                .withOrganizer(organizerName.get(), email.value()));
    }

    @Override
    public void save(Consumer<Boolean> done) {
        Optional<PitchNight> edited = read();
        if (edited.isEmpty()) {
            done.accept(false);
            return;
        }
        saver.save(edited.get(), done);
    }

    /** The controller stored the night: the form now shows what is stored. */
    void stored(PitchNight saved, String note) {
        shown = saved;
        markStored();
        setStatus(note);
    }

    /** The store refused the night: its problems go to their fields. */
    void refused(java.util.List<Problem> problems) {
        showProblems(problems);
    }

    void say(String text) {
        setStatus(text);
    }

    @Override
    public String unsavedName() {
        String name = shown == null || shown.id() == null || shown.title().isBlank()
                ? Messages.get("pitches.newTitle") : shown.title();
        return Messages.get("pitches.unsaved.session", name);
    }

    static String label(String key) {
        return Messages.get(labelKey(key));
    }

    /** The bundle's key of a field's label: a problem names its field by it, written out when shown. */
    static String labelKey(String key) {
        return switch (key) {
            case "organizerName" -> "pitches.session.organizer";
            default -> "pitches.session." + key;
        };
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
