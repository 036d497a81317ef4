package org.oscc.chamberlain.pitches.ui;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import javafx.scene.control.Label;
import org.oscc.chamberlain.pitches.Attendance;
import org.oscc.chamberlain.pitches.Rsvp;
import org.oscc.chamberlain.pitches.SessionStatus;
import org.oscc.chamberlain.ui.ErrorReporter;
import org.oscc.chamberlain.ui.Messages;
import org.oscc.chamberlain.validation.InvalidInputException;
import org.oscc.chamberlain.validation.Problem;
import org.oscc.chamberlain.text.DateTimeText;

/** How the pitch nights screen words and dates things, and how it shows a refusal beside a form. */
final class PitchTexts {

    private PitchTexts() {
    }

    /** 18:00. */
    static String time(java.time.temporal.TemporalAccessor time) {
        return DateTimeText.time(time);
    }

    /** "Thu 2026-12-03 18:00 (America/Toronto)": the session's own wall-clock time, its zone named once. */
    static String when(ZonedDateTime start) {
        return DateTimeText.dayAndDateTime(start) + " (" + DateTimeText.zone(start.getZone()) + ")";
    }

    /** A UTC timestamp shown in the session's zone (which the heading names): 2026-12-01 14:05. */
    static String changed(LocalDateTime utc, ZoneId zone) {
        return DateTimeText.fromUtc(utc, zone);
    }

    static String status(SessionStatus status) {
        return Messages.get("pitches.status." + status.name().toLowerCase(Locale.ROOT));
    }

    static String rsvp(Rsvp rsvp) {
        return Messages.get("pitches.rsvp." + rsvp.name().toLowerCase(Locale.ROOT));
    }

    static String attendance(Attendance attendance) {
        return attendance == null ? "" : Messages.get("pitches.attendance." + attendance.name().toLowerCase(Locale.ROOT));
    }

    /** A style class per status, for the coloured badges. */
    static String statusStyle(SessionStatus status) {
        return "pitch-status-" + status.name().toLowerCase(Locale.ROOT);
    }

    static void showOk(Label label, String text) {
        show(label, text, false);
    }

    static void showError(Label label, String text) {
        show(label, text, true);
    }

    /** A refusal becomes a readable message in {@code label}; anything else is a bug for the error reporter. */
    static void showFailure(Label label, Throwable failure) {
        if (failure instanceof InvalidInputException refused) {
            StringBuilder text = new StringBuilder(Messages.get("pitches.refused"));
            for (Problem p : refused.problems()) {
                text.append('\n').append(p.describe());
            }
            showError(label, text.toString());
        } else {
            ErrorReporter.report(failure);
        }
    }

    private static void show(Label label, String text, boolean error) {
        label.setText(text);
        label.getStyleClass().removeAll("message-ok", "message-error");
        if (text != null && !text.isEmpty()) {
            label.getStyleClass().add(error ? "message-error" : "message-ok");
        }
    }
}
