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
import org.oscc.chamberlain.text.Messages;

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
            w.add(new InviteWarning(InviteWarning.Kind.IN_THE_PAST, Messages.get("invite.check.past",
                    AgendaText.dayTime(start))));
        }
        if (!start.toLocalDateTime().equals(e.start())) {
            w.add(new InviteWarning(InviteWarning.Kind.START_SKIPPED_BY_CLOCK_CHANGE,
                    Messages.get("invite.check.skipped", AgendaText.time(e.start()), AgendaText.time(start))));
        }
        checkAgenda(e, w);
        if (!e.onlineUrl().isEmpty() && InviteWriter.onlineUri(e.onlineUrl()).isEmpty()) {
            w.add(new InviteWarning(InviteWarning.Kind.ONLINE_LINK_INVALID, Messages.get("invite.check.link",
                    e.onlineUrl())));
        }
        return List.copyOf(w);
    }

    private static void checkOrganizer(InviteEvent e, List<InviteWarning> w) {
        if (e.organizerEmail().isEmpty()) {
            w.add(new InviteWarning(InviteWarning.Kind.NO_ORGANIZER_EMAIL, Messages.get("invite.check.noOrganizer")));
        } else if (!SettingsService.EMAIL.matcher(e.organizerEmail()).matches()) {
            w.add(new InviteWarning(InviteWarning.Kind.ORGANIZER_EMAIL_INVALID,
                    Messages.get("invite.check.badOrganizer", e.organizerEmail())));
        }
    }

    private static void checkInvitees(InviteEvent e, List<InviteWarning> w) {
        if (e.attendees().isEmpty()) {
            w.add(new InviteWarning(InviteWarning.Kind.NO_INVITEES, Messages.get("invite.check.nobody")));
            return;
        }
        List<String> noEmail = new ArrayList<>();
        List<String> badEmail = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> twice = new java.util.LinkedHashSet<>();
        for (Attendee a : e.attendees()) {
            if (!a.hasEmail()) {
                noEmail.add(a.name().isEmpty() ? Messages.get("invite.check.noName") : a.name());
            } else if (!SettingsService.EMAIL.matcher(a.email()).matches()) {
                badEmail.add(a.name() + " <" + a.email() + ">");
            } else if (!seen.add(a.email().toLowerCase(Locale.ROOT))) {
                twice.add(a.email());
            }
        }
        if (!noEmail.isEmpty()) {
            w.add(new InviteWarning(InviteWarning.Kind.INVITEE_WITHOUT_EMAIL, Messages.get("invite.check.noEmail",
                    noEmail.size(), names(noEmail))));
        }
        if (!badEmail.isEmpty()) {
            w.add(new InviteWarning(InviteWarning.Kind.INVITEE_EMAIL_INVALID, Messages.get("invite.check.badEmail",
                    badEmail.size(), names(badEmail))));
        }
        if (!twice.isEmpty()) {
            w.add(new InviteWarning(InviteWarning.Kind.DUPLICATE_EMAIL, Messages.get("invite.check.twice",
                    names(new ArrayList<>(twice)))));
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
                w.add(new InviteWarning(InviteWarning.Kind.AGENDA_BEFORE_START, Messages.get("invite.check.early",
                        AgendaText.time(a.start()), AgendaText.time(sessionStart))));
            }
            latestEnd = Math.max(latestEnd, offset + a.minutes());
            total += a.minutes();
        }
        if (latestEnd > e.durationMinutes()) {
            w.add(new InviteWarning(InviteWarning.Kind.AGENDA_TOO_LONG, Messages.get("invite.check.overrun",
                    InviteChanges.length((int) (latestEnd - e.durationMinutes())), AgendaText.time(e.endsAt()))));
        } else if (total > e.durationMinutes()) {
            w.add(new InviteWarning(InviteWarning.Kind.AGENDA_TOO_LONG, Messages.get("invite.check.tooLong",
                    InviteChanges.length(total), InviteChanges.length(e.durationMinutes()))));
        }
    }

    static String names(List<String> names) {
        String shown = names.stream().limit(MAX_NAMES).collect(Collectors.joining(", "));
        return names.size() > MAX_NAMES ? Messages.get("invite.check.andMore", shown, names.size() - MAX_NAMES)
                : shown;
    }
}
