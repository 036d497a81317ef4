package org.oscc.chamberlain.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.oscc.chamberlain.settings.SettingsService;

/**
 * The checks run before an invite is issued: what would make it misbehave in invitees' calendars (no organizer
 * address, invitees without an address, a session in the past, an agenda longer than the session...).
 */
public final class InviteChecks {
    private static final int MAX_NAMES = 5;

    private final Clock clock;

    public InviteChecks(Clock clock) {
        this.clock = clock;
    }

    public List<InviteWarning> check(InviteEvent e) {
        List<InviteWarning> w = new ArrayList<>();
        checkOrganizer(e, w);
        checkInvitees(e, w);
        ZonedDateTime start = e.startsAt();
        if (start.toInstant().isBefore(clock.instant())) {
            w.add(new InviteWarning(InviteWarning.Kind.IN_THE_PAST, "The session starts "
                    + AgendaText.dayTime(start) + ", which is in the past."));
        }
        if (!start.toLocalDateTime().equals(e.start())) {
            w.add(new InviteWarning(InviteWarning.Kind.START_SKIPPED_BY_CLOCK_CHANGE, "The clocks skip "
                    + AgendaText.time(e.start()) + " that day; the invite says "
                    + AgendaText.time(start) + "."));
        }
        checkAgenda(e, w);
        if (!e.onlineUrl().isEmpty() && InviteWriter.onlineUri(e.onlineUrl()).isEmpty()) {
            w.add(new InviteWarning(InviteWarning.Kind.ONLINE_LINK_INVALID, "The online link \"" + e.onlineUrl()
                    + "\" is not a full web address (like https://...); the invite leaves it out."));
        }
        return List.copyOf(w);
    }

    private static void checkOrganizer(InviteEvent e, List<InviteWarning> w) {
        if (e.organizerEmail().isEmpty()) {
            w.add(new InviteWarning(InviteWarning.Kind.NO_ORGANIZER_EMAIL,
                    "No organizer e-mail in Settings: calendars refuse invites without one."));
        } else if (!SettingsService.EMAIL.matcher(e.organizerEmail()).matches()) {
            w.add(new InviteWarning(InviteWarning.Kind.ORGANIZER_EMAIL_INVALID,
                    "The organizer e-mail \"" + e.organizerEmail() + "\" is not an e-mail address."));
        }
    }

    private static void checkInvitees(InviteEvent e, List<InviteWarning> w) {
        if (e.attendees().isEmpty()) {
            w.add(new InviteWarning(InviteWarning.Kind.NO_INVITEES, "Nobody is invited yet."));
            return;
        }
        List<String> noEmail = new ArrayList<>();
        List<String> badEmail = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> twice = new java.util.LinkedHashSet<>();
        for (Attendee a : e.attendees()) {
            if (!a.hasEmail()) {
                noEmail.add(a.name().isEmpty() ? "(no name)" : a.name());
            } else if (!SettingsService.EMAIL.matcher(a.email()).matches()) {
                badEmail.add(a.name() + " <" + a.email() + ">");
            } else if (!seen.add(a.email().toLowerCase(Locale.ROOT))) {
                twice.add(a.email());
            }
        }
        if (!noEmail.isEmpty()) {
            w.add(new InviteWarning(InviteWarning.Kind.INVITEE_WITHOUT_EMAIL, count(noEmail.size())
                    + " without an e-mail address will not get the invite: " + names(noEmail) + "."));
        }
        if (!badEmail.isEmpty()) {
            w.add(new InviteWarning(InviteWarning.Kind.INVITEE_EMAIL_INVALID, count(badEmail.size())
                    + " with an address that is not an e-mail address: " + names(badEmail) + "."));
        }
        if (!twice.isEmpty()) {
            w.add(new InviteWarning(InviteWarning.Kind.DUPLICATE_EMAIL, "Listed more than once (the invite names "
                    + "each address once): " + names(new ArrayList<>(twice)) + "."));
        }
    }

    /** Agenda slots are placed relative to the session's start time; a slot may run past midnight. */
    private static void checkAgenda(InviteEvent e, List<InviteWarning> w) {
        LocalTime sessionStart = e.start().toLocalTime();
        long latestEnd = 0;
        int total = 0;
        for (AgendaLine a : e.agenda()) {
            long offset = Duration.between(sessionStart, a.start()).toMinutes();
            if (offset < -12 * 60) {
                offset += 24 * 60; // a slot after midnight
            }
            if (offset < 0) {
                w.add(new InviteWarning(InviteWarning.Kind.AGENDA_BEFORE_START, "The agenda slot at "
                        + AgendaText.time(a.start()) + " starts before the session ("
                        + AgendaText.time(sessionStart) + ")."));
            }
            latestEnd = Math.max(latestEnd, offset + a.minutes());
            total += a.minutes();
        }
        if (latestEnd > e.durationMinutes()) {
            w.add(new InviteWarning(InviteWarning.Kind.AGENDA_TOO_LONG, "The agenda runs "
                    + InviteChanges.length((int) (latestEnd - e.durationMinutes())) + " past the session's end at "
                    + AgendaText.time(e.endsAt()) + "."));
        } else if (total > e.durationMinutes()) {
            w.add(new InviteWarning(InviteWarning.Kind.AGENDA_TOO_LONG, "The agenda adds up to "
                    + InviteChanges.length(total) + "; the session lasts " + InviteChanges.length(e.durationMinutes())
                    + "."));
        }
    }

    private static String count(int n) {
        return n == 1 ? "1 invitee" : n + " invitees";
    }

    static String names(List<String> names) {
        String shown = names.stream().limit(MAX_NAMES).collect(Collectors.joining(", "));
        return names.size() > MAX_NAMES ? shown + " and " + (names.size() - MAX_NAMES) + " more" : shown;
    }
}
