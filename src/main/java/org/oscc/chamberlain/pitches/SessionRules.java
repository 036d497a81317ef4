package org.oscc.chamberlain.pitches;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.oscc.chamberlain.settings.SettingsService;
import org.oscc.chamberlain.validation.Problems;
import org.oscc.chamberlain.text.DateTimeText;

/** The rules a session and its agenda must meet before they are saved; pure, so every refusal is unit-testable. */
final class SessionRules {

    private SessionRules() {
    }

    static void checkSession(PitchNight n, Instant now, Problems problems) {
        if (n.title() == null || n.title().isBlank()) {
            problems.add("title", "Title", "is required.");
        }
        if (n.startsAt() == null) {
            problems.add("time", "Start", "is required.");
        }
        if (n.timeZone() == null) {
            problems.add("timeZone", "Time zone", "is required.");
        }
        if (n.startsAt() != null && n.timeZone() != null
                && n.timeZone().getRules().getValidOffsets(n.startsAt()).isEmpty()) {
            problems.add("time", "Start", DateTimeText.time(n.startsAt()) + " does not exist on "
                    + DateTimeText.date(n.startsAt().toLocalDate())
                    + " in " + n.timeZone().getId() + " (the clocks move forward then); choose another time.");
        }
        if (n.durationMinutes() < 0) {
            problems.add("length", "End", "the session ends before it starts (" + -n.durationMinutes()
                    + " min before); the end must come after the start.");
        } else if (n.durationMinutes() == 0) {
            problems.add("length", "End", "the session ends when it starts; it must last at least 1 minute.");
        }
        if (n.capacity() != null && n.capacity() < 0) {
            problems.add("capacity", "Capacity", "cannot be negative (was " + n.capacity() + "); leave it empty for no limit.");
        }
        if (n.status() == null) {
            problems.add("status", "Status", "is required.");
        }
        checkPlace(n, problems);
        if (n.organizerEmail() != null && !n.organizerEmail().isBlank()
                && !SettingsService.EMAIL.matcher(n.organizerEmail().strip()).matches()) {
            problems.add("organizerEmail", "Organizer e-mail", "\"" + n.organizerEmail() + "\" is not an e-mail address.");
        }
        if (n.reminderMinutes() != null && !n.reminderMinutes().replace(" ", "").matches("(\\d{1,6}(,\\d{1,6})*)?")) {
            problems.add("reminders", "Reminders", "must be minutes before the start, separated by commas (e.g. 1440,60).");
        }
        if (n.status() == SessionStatus.HELD && n.startsAt() != null && n.timeZone() != null
                && n.startInstant().isAfter(now)) {
            problems.add("status", "Status", "a session cannot be marked held before it starts.");
        }
    }

    private static void checkPlace(PitchNight n, Problems problems) {
        if (n.isOnline() && !isWebAddress(n.onlineUrl().strip())) {
            problems.add("onlineUrl", "Online link", "\"" + n.onlineUrl() + "\" is not a web address (http:// or https://).");
        }
        if (!n.hasVenue() && n.venueAddress() != null && !n.venueAddress().isBlank()) {
            problems.add("venueName", "Venue", "give the venue's name along with its address.");
        }
        if (n.status() == SessionStatus.SCHEDULED && !n.hasVenue() && !n.isOnline()) {
            problems.add("venueName", "Venue", "a scheduled session needs a venue, an online link, or both.");
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
            String where = slotName(i, s);
            if (s.kind() == null) {
                problems.add(where, "choose a pitch or a break.");
                continue;
            }
            if (s.minutes() <= 0) {
                problems.add(where, "must last at least 1 minute (was " + s.minutes() + ").");
            }
            if (s.askMinutes() != null && s.askMinutes() < 0) {
                problems.add(where, "the hours asked for cannot be negative.");
            }
            if (s.kind() == SlotKind.BREAK && (s.projectId() != null || s.presenterContactId() != null)) {
                problems.add(where, "a break has no project or presenter.");
            }
            if (s.kind() == SlotKind.PITCH && s.projectId() == null && (s.title() == null || s.title().isBlank())) {
                problems.add(where, "a pitch needs a project or a title.");
            }
        }
    }

    /** "Agenda slot 3 (Break)": numbered as the organizer sees the list, from 1. */
    static String slotName(int index, AgendaSlot slot) {
        return "Agenda slot " + (index + 1) + " (" + (slot.kind() == null ? "?" : slot.label()) + ")";
    }
}
