package org.oscc.chamberlain.bench;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.oscc.chamberlain.calendar.AgendaLine;
import org.oscc.chamberlain.calendar.Attendee;
import org.oscc.chamberlain.calendar.InviteEvent;
import org.oscc.chamberlain.calendar.InviteWriter;
import org.oscc.chamberlain.pitches.Rsvp;
import org.oscc.chamberlain.pitches.SessionStatus;

/**
 * Times the season feed (METHOD:PUBLISH) of 100 sessions with 200 invitees each, after warming up; median of 5.
 * Also times the 100 invites (METHOD:REQUEST) of the same sessions, which carry all 20,000 ATTENDEE lines.
 * Not a test. Run: mvn -B -o -q test-compile, then java with target/test-classes, target/classes and the test
 * classpath (mvn dependency:build-classpath), main class org.oscc.chamberlain.bench.SeasonFeedBench.
 */
public final class SeasonFeedBench {
    private static final int SESSIONS = 100;
    private static final int INVITEES = 200;
    private static final int WARM_UPS = 5;
    private static final int RUNS = 5;

    private SeasonFeedBench() {
    }

    public static void main(String[] args) throws Exception {
        List<InviteEvent> sessions = season();
        InviteWriter writer = new InviteWriter(Clock.systemUTC());
        long feedChars = 0;
        for (int i = 0; i < WARM_UPS; i++) {
            feedChars = writer.feed(sessions).length();
            for (InviteEvent s : sessions) {
                writer.request(s);
            }
        }
        long[] feed = new long[RUNS];
        long[] requests = new long[RUNS];
        long requestChars = 0;
        for (int r = 0; r < RUNS; r++) {
            long t0 = System.nanoTime();
            writer.feed(sessions);
            feed[r] = System.nanoTime() - t0;
            t0 = System.nanoTime();
            requestChars = 0;
            for (InviteEvent s : sessions) {
                requestChars += writer.request(s).length();
            }
            requests[r] = System.nanoTime() - t0;
        }
        System.out.printf("season feed, %d sessions x %d invitees (PUBLISH, %d chars): median %.1f ms%n", SESSIONS,
                INVITEES, feedChars, median(feed) / 1e6);
        System.out.printf("all %d invites with %d ATTENDEE lines each (REQUEST, %d chars): median %.1f ms%n",
                SESSIONS, INVITEES, requestChars, median(requests) / 1e6);
    }

    private static List<InviteEvent> season() {
        ZoneId zone = ZoneId.of("America/Toronto");
        List<InviteEvent> sessions = new ArrayList<>();
        for (int s = 0; s < SESSIONS; s++) {
            List<Attendee> invitees = new ArrayList<>();
            for (int i = 0; i < INVITEES; i++) {
                invitees.add(new Attendee("Invitée Nº" + i + ", O'Brien", "person" + i + "@example.org",
                        Rsvp.values()[i % Rsvp.values().length]));
            }
            List<AgendaLine> agenda = new ArrayList<>();
            for (int a = 0; a < 8; a++) {
                agenda.add(AgendaLine.pitch(LocalTime.of(18, 0).plusMinutes(15L * a), "Project " + a,
                        "Presenter " + a, "Pitch, with details; part " + a, 15));
            }
            sessions.add(new InviteEvent("session-" + s + "@oscc.example", s % 3, SessionStatus.SCHEDULED,
                    "Pitch night " + s, "A season session.", LocalDateTime.of(2026, 1, 8, 18, 0).plusWeeks(s),
                    zone, 150, "Café Déjà Vu", "12 Rue Saint-Paul, Montréal", "https://meet.example.org/" + s,
                    "Ana Organizer", "ana@oscc.example", InviteEvent.DEFAULT_REMINDERS, agenda, invitees));
        }
        return sessions;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
