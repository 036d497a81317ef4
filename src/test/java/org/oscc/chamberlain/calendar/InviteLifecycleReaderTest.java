package org.oscc.chamberlain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.pitches.SessionStatus;

/**
 * Issue 6's "done when": an invite, its update and its cancellation, imported one after the other into a calendar,
 * leave exactly one correct event and then none. The calendar is emulated over Python's icalendar (Debian's
 * python3-icalendar, sharing no code with iCal4j) the way RFC 5546 clients apply iTIP messages: by UID, an
 * incoming message older (lower SEQUENCE) than the copy held is ignored, a CANCEL removes the event. Skipped where
 * python3-icalendar is not installed.
 */
class InviteLifecycleReaderTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final String CALENDAR = String.join("\n",
            "import sys, icalendar",
            "held = {}",
            "for path in sys.argv[1:]:",
            "    cal = icalendar.Calendar.from_ical(open(path, 'rb').read())",
            "    method = str(cal.get('METHOD'))",
            "    for e in cal.walk('VEVENT'):",
            "        uid = str(e.get('UID')); seq = int(e.get('SEQUENCE', 0))",
            "        if uid in held and seq < held[uid][0]:",
            "            continue",
            "        if method == 'CANCEL' or str(e.get('STATUS', '')).upper() == 'CANCELLED':",
            "            held.pop(uid, None)",
            "        else:",
            "            s = e.decoded('DTSTART'); end = e.decoded('DTEND')",
            "            held[uid] = (seq, s.strftime('%Y%m%dT%H%M'), e['DTSTART'].params.get('TZID'),",
            "                         int((end - s).total_seconds() // 60), str(e.get('SUMMARY')))",
            "    print('AFTER', path.rsplit('/', 1)[-1], len(held))",
            "    for uid, (seq, start, tz, minutes, summary) in sorted(held.items()):",
            "        print('EVENT', uid, seq, start, tz, minutes, summary)");

    @TempDir
    Path dir;

    @BeforeAll
    static void pythonWithIcalendarIsThere() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(PYTHON), "no /usr/bin/python3");
        Assumptions.assumeTrue(run(List.of(PYTHON.toString(), "-c", "import icalendar")).startsWith("0\n"),
                "python3-icalendar is not installed");
    }

    @Test
    void anInviteItsUpdateAndItsCancellationLeaveOneCorrectEventThenNone() throws Exception {
        try (CalendarFixture f = CalendarFixture.open(dir.resolve("store"))) {
            Path invite = f.calendar.issue(f.nightId, dir.resolve("1-invite.ics")).file();
            f.change(n -> n.withStart(CalendarFixture.START.plusMinutes(30), n.timeZone()).withDuration(120));
            Path update = f.calendar.issue(f.nightId, dir.resolve("2-update.ics")).file();
            f.change(n -> n.withStatus(SessionStatus.CANCELLED));
            Path cancel = f.calendar.issue(f.nightId, dir.resolve("3-cancel.ics")).file();
            String uid = f.uid();

            List<String> seen = calendar(invite, update, cancel);

            assertThat(seen).containsExactly(
                    "AFTER 1-invite.ics 1",
                    "EVENT " + uid + " 0 20261203T1800 America/Toronto 150 December pitch night",
                    "AFTER 2-update.ics 1",
                    "EVENT " + uid + " 1 20261203T1830 America/Toronto 120 December pitch night",
                    "AFTER 3-cancel.ics 0");
            // the original invite opened late (after the update) does not bring the old time back
            assertThat(calendar(update, invite)).containsExactly(
                    "AFTER 2-update.ics 1",
                    "EVENT " + uid + " 1 20261203T1830 America/Toronto 120 December pitch night",
                    "AFTER 1-invite.ics 1",
                    "EVENT " + uid + " 1 20261203T1830 America/Toronto 120 December pitch night");
        }
    }

    private static List<String> calendar(Path... files) throws Exception {
        List<String> command = new ArrayList<>(List.of(PYTHON.toString(), "-c", CALENDAR));
        for (Path p : files) {
            command.add(p.toString());
        }
        String out = run(command);
        assertThat(out).as("python said: %s", out).startsWith("0\n");
        return out.substring(2).lines().toList();
    }

    /** The exit code on the first line, then what the process printed. */
    private static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return "-1\n" + out;
        }
        return p.exitValue() + "\n" + out;
    }
}
