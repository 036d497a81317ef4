package org.oscc.chamberlain.pitches;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.oscc.chamberlain.settings.SettingsService;
import org.oscc.chamberlain.validation.Problem;
import org.oscc.chamberlain.validation.Problems;
import org.oscc.chamberlain.text.Wording;
import org.oscc.chamberlain.text.DateTimeText;

/** The rules a session and its agenda must meet before they are saved; pure, so every refusal is unit-testable. */
final class SessionRules {

    private SessionRules() {
    }

    static void checkSession(PitchNight n, Instant now, Problems problems) {
        if (n.title() == null || n.title().isBlank()) {
            problems.onField("title", "pitches.session.title", "pitches.problem.required");
        }
        if (n.startsAt() == null) {
            problems.onField("time", "pitches.problem.start", "pitches.problem.required");
        }
        if (n.timeZone() == null) {
            problems.onField("timeZone", "pitches.session.timeZone", "pitches.problem.required");
        }
        if (n.startsAt() != null && n.timeZone() != null
                && n.timeZone().getRules().getValidOffsets(n.startsAt()).isEmpty()) {
            problems.onField("time", "pitches.problem.start", "pitches.problem.noSuchTime",
                    DateTimeText.time(n.startsAt()),
                    n.startsAt().toLocalDate(), n.timeZone().getId());
        }
        if (n.durationMinutes() < 0) {
            problems.onField("length", "pitches.problem.end", "pitches.problem.endsBeforeStart", -n.durationMinutes());
        } else if (n.durationMinutes() == 0) {
            problems.onField("length", "pitches.problem.end", "pitches.problem.endsAtStart");
        }
        if (n.capacity() != null && n.capacity() < 0) {
            problems.onField("capacity", "pitches.session.capacity", "pitches.problem.capacityNegative", n.capacity());
        }
        if (n.status() == null) {
            problems.onField("status", "pitches.session.status", "pitches.problem.required");
        }
        checkPlace(n, problems);
        if (n.organizerEmail() != null && !n.organizerEmail().isBlank()
                && !SettingsService.EMAIL.matcher(n.organizerEmail().strip()).matches()) {
            problems.onField("organizerEmail", "pitches.problem.organizerEmail", "pitches.problem.email",
                    n.organizerEmail());
        }
        if (n.reminderMinutes() != null && !n.reminderMinutes().replace(" ", "").matches("(\\d{1,6}(,\\d{1,6})*)?")) {
            problems.onField("reminders", "pitches.problem.reminders", "pitches.problem.remindersForm");
        }
        if (n.status() == SessionStatus.HELD && n.startsAt() != null && n.timeZone() != null
                && n.startInstant().isAfter(now)) {
            problems.onField("status", "pitches.session.status", "pitches.problem.heldTooEarly");
        }
    }

    private static void checkPlace(PitchNight n, Problems problems) {
        if (n.isOnline() && !isWebAddress(n.onlineUrl().strip())) {
            problems.onField("onlineUrl", "pitches.session.onlineUrl", "pitches.problem.webAddress", n.onlineUrl());
        }
        if (!n.hasVenue() && n.venueAddress() != null && !n.venueAddress().isBlank()) {
            problems.onField("venueName", "pitches.session.venueName", "pitches.problem.venueName");
        }
        if (n.status() == SessionStatus.SCHEDULED && !n.hasVenue() && !n.isOnline()) {
            problems.onField("venueName", "pitches.session.venueName", "pitches.problem.venueNeeded");
        }
    }

    static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Rules each slot meets on its own; references to projects and contacts are checked against the store. */
    static void checkAgenda(List<AgendaSlot> slots, Problems problems) {
        for (int i = 0; i < slots.size(); i++) {
            AgendaSlot s = slots.get(i);
            Wording where = slotName(i, s);
            if (s.kind() == null) {
                problems.add(slotProblem(where, "pitches.problem.slotKind"));
                continue;
            }
            if (s.minutes() <= 0) {
                problems.add(slotProblem(where, "pitches.problem.slotMinutes", s.minutes()));
            }
            if (s.askMinutes() != null && s.askMinutes() < 0) {
                problems.add(slotProblem(where, "pitches.problem.slotAsk"));
            }
            if (s.kind() == SlotKind.BREAK && (s.projectId() != null || s.presenterContactId() != null)) {
                problems.add(slotProblem(where, "pitches.problem.breakAlone"));
            }
            if (s.kind() == SlotKind.PITCH && s.projectId() == null && (s.title() == null || s.title().isBlank())) {
                problems.add(slotProblem(where, "pitches.problem.pitchNeeds"));
            }
        }
    }

    /** "Agenda slot 3 (Break)": numbered as the organizer sees the list, from 1. */
    static Wording slotName(int index, AgendaSlot slot) {
        return Wording.of("pitches.problem.slot", String.valueOf(index + 1), slotLabel(slot));
    }

    /** The slot's title, else its project's name, else its kind; "?" when it has no kind yet. */
    private static Wording slotLabel(AgendaSlot slot) {
        if (slot.kind() == null) {
            return Wording.plain("?");
        }
        boolean named = slot.title() != null && !slot.title().isBlank()
                || slot.projectName() != null && !slot.projectName().isBlank();
        return named ? Wording.plain(slot.label())
                : Wording.of(slot.kind() == SlotKind.BREAK ? "pitches.slot.break" : "pitches.slot.editPitch");
    }

    /** A problem of one agenda slot, tied to the agenda as a whole. */
    static Problem slotProblem(Wording slot, String reasonKey, Object... arguments) {
        return new Problem(0, "agenda", slot, Wording.of(reasonKey, arguments));
    }
}
