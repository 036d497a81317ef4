package org.oscc.chamberlain.pitches;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.oscc.chamberlain.text.DateTimeText;
import org.oscc.chamberlain.text.Messages;

/**
 * Finds clashes between a session being edited and the others: the same venue at overlapping times, and a presenter
 * with overlapping slots. Pure. Times are compared on the time line (sessions in different zones compare correctly);
 * intervals are half-open, so a session ending at 20:00 does not clash with one starting at 20:00. Cancelled
 * sessions clash with nothing. Venue names are compared ignoring case and all white space ("Main  Hall" is
 * "main hall" is "MainHall"); the address is not compared, as it is often left empty.
 */
public final class ConflictFinder {

    private ConflictFinder() {
    }

    public static List<Conflict> find(SessionPlan candidate, List<SessionPlan> others) {
        List<Conflict> found = new ArrayList<>();
        if (candidate.night().status() == SessionStatus.CANCELLED) {
            return found;
        }
        List<TimedSlot> ownSlots = AgendaReflow.reflow(candidate.night().start(), candidate.agenda());
        for (SessionPlan other : others) {
            PitchNight night = other.night();
            if (night.status() == SessionStatus.CANCELLED || sameSession(candidate.night(), night)) {
                continue;
            }
            if (sameVenue(candidate.night(), night) && overlap(candidate.night(), night)) {
                found.add(new Conflict(Conflict.Kind.VENUE, night.id(), night.title(),
                        Messages.get("pitches.conflicts.venue", night.venueName().strip(), night.title(),
                                span(night.start(), night.end()))));
            }
            found.addAll(presenterClashes(ownSlots, other));
        }
        return found;
    }

    static boolean sameVenue(PitchNight a, PitchNight b) {
        return a.hasVenue() && b.hasVenue() && venueKey(a.venueName()).equals(venueKey(b.venueName()));
    }

    static String venueKey(String venueName) {
        return venueName.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    static boolean overlap(PitchNight a, PitchNight b) {
        return a.startInstant().isBefore(b.endInstant()) && b.startInstant().isBefore(a.endInstant());
    }

    private static List<Conflict> presenterClashes(List<TimedSlot> ownSlots, SessionPlan other) {
        List<Conflict> found = new ArrayList<>();
        List<TimedSlot> otherSlots = AgendaReflow.reflow(other.night().start(), other.agenda());
        for (TimedSlot own : ownSlots) {
            Integer presenter = own.slot().presenterContactId();
            if (presenter == null) {
                continue;
            }
            for (TimedSlot theirs : otherSlots) {
                if (presenter.equals(theirs.slot().presenterContactId()) && own.overlaps(theirs)) {
                    found.add(new Conflict(Conflict.Kind.PRESENTER, other.night().id(), other.night().title(),
                            Messages.get("pitches.conflicts.presenter", presenterName(own.slot(), theirs.slot()),
                                    own.slot().label(), span(own.start(), own.end()), theirs.slot().label(),
                                    other.night().title(), span(theirs.start(), theirs.end()))));
                }
            }
        }
        return found;
    }

    private static boolean sameSession(PitchNight a, PitchNight b) {
        return a.id() != null && Objects.equals(a.id(), b.id());
    }

    private static String presenterName(AgendaSlot own, AgendaSlot theirs) {
        if (own.presenterName() != null) {
            return own.presenterName();
        }
        return theirs.presenterName() != null ? theirs.presenterName()
                : Messages.get("pitches.conflicts.contact", own.presenterContactId());
    }

    private static String span(ZonedDateTime start, ZonedDateTime end) {
        return DateTimeText.dateTime(start.toLocalDateTime()) + "\u2013" + DateTimeText.time(end) + " "
                + DateTimeText.zone(start.getZone());
    }
}
