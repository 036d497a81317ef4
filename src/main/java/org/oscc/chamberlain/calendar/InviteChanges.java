package org.oscc.chamberlain.calendar;

import org.oscc.chamberlain.pitches.SessionStatus;
import org.oscc.chamberlain.text.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What changed between the last issued invite and the one about to be issued, in words the organizer reads
 * before issuing ("Start: Thu 3 Dec 2026 18:00 -> 18:30"), and whether the change needs a higher SEQUENCE.
 * Time, length, place, online link, status and agenda do; a new title alone does not.
 */
public record InviteChanges(List<Change> changes) {

    /** One changed fact. An empty {@code before} or {@code after} means there was none. */
    public record Change(String field, String before, String after, boolean raisesSequence) {
        public String describe() {
            if (field.equals(AGENDA)) {
                if (before.isEmpty()) {
                    return Messages.get("calendar.change.added", after);
                }
                if (after.isEmpty()) {
                    return Messages.get("calendar.change.removed", before);
                }
            }
            return Messages.get("calendar.change.line", label(), orNone(before), orNone(after));
        }

        /** The field in words; an agenda slot's field carries its slot: "Agenda (Break)". */
        private String label() {
            return field.startsWith(AGENDA)
                    ? Messages.get("calendar.change." + AGENDA) + field.substring(AGENDA.length())
                    : Messages.get("calendar.change." + field);
        }

        private static String orNone(String s) {
            return s.isEmpty() ? Messages.get("calendar.change.none") : s;
        }
    }

    /** The field names are the keys of their words: calendar.change.agenda, calendar.change.start ... */
    static final String AGENDA = "agenda";

    public InviteChanges {
        changes = List.copyOf(changes);
    }

    public static InviteChanges between(InviteSnapshot previous, InviteSnapshot current) {
        List<Change> found = new ArrayList<>();
        if (!previous.start().equals(current.start()) || !previous.zone().equals(current.zone())) {
            found.add(startChange(previous, current));
        }
        if (previous.durationMinutes() != current.durationMinutes()) {
            found.add(new Change("length", length(previous.durationMinutes()), length(current.durationMinutes()),
                    true));
        }
        compare(found, "venue", previous.venueName(), current.venueName(), true);
        compare(found, "address", previous.venueAddress(), current.venueAddress(), true);
        compare(found, "onlineLink", previous.onlineUrl(), current.onlineUrl(), true);
        if (previous.status() != current.status()) {
            found.add(new Change("status", statusText(previous.status()), statusText(current.status()), true));
        }
        compare(found, "title", previous.title(), current.title(), false);
        found.addAll(AgendaDiff.changes(previous.agenda(), current.agenda()));
        return new InviteChanges(found);
    }

    /** True when an invite saying {@code current} must carry a higher SEQUENCE than one that said {@code previous}. */
    public static boolean needsNewSequence(InviteSnapshot previous, InviteSnapshot current) {
        return between(previous, current).needsNewSequence();
    }

    public boolean needsNewSequence() {
        return changes.stream().anyMatch(Change::raisesSequence);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** One line per change, in the order time, length, place, status, title, agenda. */
    public List<String> describe() {
        return changes.stream().map(Change::describe).toList();
    }

    private static void compare(List<Change> found, String field, String before, String after, boolean raises) {
        if (!before.equals(after)) {
            found.add(new Change(field, before, after, raises));
        }
    }

    private static Change startChange(InviteSnapshot previous, InviteSnapshot current) {
        boolean zoneChanged = !previous.zone().equals(current.zone());
        String before = AgendaText.dayTime(previous.start())
                + (zoneChanged ? " (" + previous.zone().getId() + ")" : "");
        // Same day and zone: the new time alone reads best ("18:00 -> 18:30").
        String after = !zoneChanged && previous.start().toLocalDate().equals(current.start().toLocalDate())
                ? AgendaText.time(current.start())
                : AgendaText.dayTime(current.start()) + (zoneChanged ? " (" + current.zone().getId() + ")" : "");
        return new Change("start", before, after, true);
    }

    static String length(int minutes) {
        int h = minutes / 60;
        int m = minutes % 60;
        if (h == 0) {
            return m + " min";
        }
        return m == 0 ? h + " h" : h + " h " + m + " min";
    }

    private static String statusText(SessionStatus status) {
        return Messages.get("pitches.status." + status.name().toLowerCase(Locale.ROOT));
    }
}
