package org.oscc.chamberlain.calendar;

import org.oscc.chamberlain.pitches.SessionStatus;
import org.oscc.chamberlain.pitches.Rsvp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/** Sample pitch nights for the calendar tests, with the awkward names and characters real rosters have. */
final class Invites {
    static final ZoneId TORONTO = ZoneId.of("America/Toronto");
    /** "Now" for the tests: 2026-06-15 16:00 UTC, months before the sample session. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T16:00:00Z"), ZoneOffset.UTC);

    static final Attendee ZOE = new Attendee("Zoë O'Brien, PhD", "zoe@example.org", Rsvp.ACCEPTED);
    static final Attendee BOB = new Attendee("Robert \"Bob\" Smith", "bob@example.org", Rsvp.INVITED,
            "OPT-PARTICIPANT");
    static final Attendee AMELIE = new Attendee("Amélie Côté-Lévesque; Ltée", "amelie@example.org", Rsvp.DECLINED);
    static final Attendee WAIT = new Attendee("Wei Zhang 张伟", "wei@example.org", Rsvp.WAITLISTED);
    static final Attendee NO_MAIL = new Attendee("Nomail Person", "", Rsvp.INVITED);

    private Invites() {
    }

    static List<AgendaLine> agenda() {
        return List.of(
                AgendaLine.pitch(LocalTime.of(18, 0), "Apache Ünicode", "Zoë O'Brien, PhD",
                        "Why we need testers; and docs, too", 20),
                AgendaLine.pause(LocalTime.of(18, 20), "Pizza \\ drinks", 15),
                AgendaLine.pitch(LocalTime.of(18, 35), "GnuCash", "Robert \"Bob\" Smith", "", 20));
    }

    static InviteEvent december() {
        return new InviteEvent("pitch-night-42@oscc.example", 0, SessionStatus.SCHEDULED,
                "December pitch night, 2026", "Five projects; one evening.\nBring questions.",
                LocalDateTime.of(2026, 12, 3, 18, 0), TORONTO, 150, "Café Déjà Vu",
                "12 Rue Saint-Paul, Montréal", "https://meet.example.org/pitch?x=1&y=2", "Ana Organizer",
                "ana@oscc.example", InviteEvent.DEFAULT_REMINDERS, agenda(), List.of(ZOE, BOB, AMELIE, WAIT, NO_MAIL));
    }

    static InviteEvent session(String uid, LocalDateTime start, ZoneId zone, int minutes, SessionStatus status,
            List<Attendee> attendees) {
        return new InviteEvent(uid, 0, status, "Pitch night " + start.toLocalDate(), "", start, zone, minutes,
                "Hall", "1 Main St", "", "Ana Organizer", "ana@oscc.example", InviteEvent.DEFAULT_REMINDERS,
                List.of(), attendees);
    }
}
