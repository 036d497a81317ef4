package org.oscc.chamberlain.calendar;

import org.oscc.chamberlain.pitches.SessionStatus;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Assumptions;

/**
 * The written files read by a reader that shares no code with iCal4j: Python's icalendar (Debian's
 * python3-icalendar) for the .ics, and Python's email package for the .eml. Skipped where they are not installed.
 */
class IndependentReaderTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final String READ_ICS = String.join("\n",
            "import sys, icalendar",
            "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())",
            "print('METHOD', cal.get('METHOD'))",
            "for e in cal.walk('VEVENT'):",
            "    s = e.decoded('DTSTART'); end = e.decoded('DTEND')",
            "    print('EVENT', e.get('UID'), int(e.get('SEQUENCE')), s.strftime('%Y%m%dT%H%M%S'),",
            "          e['DTSTART'].params.get('TZID'), int((end - s).total_seconds() // 60))",
            "    for a in (e.get('ATTENDEE') or []):",
            "        print('ATTENDEE', a.params.get('CN'), str(a))");
    private static final String READ_EML = String.join("\n",
            "import sys, email",
            "from email import policy",
            "m = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=policy.default)",
            "print('X-Unsent', m['X-Unsent'])",
            "print('To', m['To'])",
            "for p in m.walk():",
            "    print('PART', p.get_content_type(), p.get_param('method') or '')",
            "    if p.get_content_type() == 'text/calendar':",
            "        print('CAL', p.get_content().splitlines()[0])");

    @TempDir
    Path dir;

    @BeforeAll
    static void pythonWithIcalendarIsThere() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(PYTHON), "no /usr/bin/python3");
        Assumptions.assumeTrue(run(List.of(PYTHON.toString(), "-c", "import icalendar")).exit == 0,
                "python3-icalendar is not installed");
    }

    @Test
    void pythonIcalendarReadsTheInviteWithTheSameUidSequenceAndStart() throws Exception {
        Path ics = dir.resolve("invite.ics");
        InviteWriter.write(new InviteWriter(Invites.CLOCK).request(Invites.december().withSequence(2)), ics);

        Result r = python(READ_ICS, ics);

        assertThat(r.lines()).contains("METHOD REQUEST",
                "EVENT pitch-night-42@oscc.example 2 20261203T180000 America/Toronto 150",
                "ATTENDEE Zoë O'Brien, PhD mailto:zoe@example.org",
                "ATTENDEE Amélie Côté-Lévesque; Ltée mailto:amelie@example.org");
    }

    @Test
    void pythonIcalendarReadsTheCancellationAndTheFeed() throws Exception {
        InviteWriter writer = new InviteWriter(Invites.CLOCK);
        Path cancel = dir.resolve("cancel.ics");
        InviteWriter.write(writer.cancel(Invites.december().withSequence(3)), cancel);
        Path feed = dir.resolve("season.ics");
        InviteWriter.write(writer.feed(List.of(Invites.december(), Invites.session("dst@x",
                java.time.LocalDateTime.of(2026, 10, 31, 23, 0), Invites.TORONTO, 210, SessionStatus.SCHEDULED,
                List.of()))), feed);

        assertThat(python(READ_ICS, cancel).lines()).contains("METHOD CANCEL",
                "EVENT pitch-night-42@oscc.example 3 20261203T180000 America/Toronto 150");
        assertThat(python(READ_ICS, feed).lines()).contains("METHOD PUBLISH",
                "EVENT dst@x 0 20261031T230000 America/Toronto 210",
                "EVENT pitch-night-42@oscc.example 0 20261203T180000 America/Toronto 150");
    }

    @Test
    void pythonEmailReadsTheDraftStructure() throws Exception {
        InviteEvent event = Invites.december();
        String ics = new InviteWriter(Invites.CLOCK).request(event);
        Path eml = new InviteMailWriter(Invites.CLOCK).writeDrafts(event, ics, InviteMailWriter.Mode.ONE_PER_INVITEE,
                dir).get(0);

        assertThat(python(READ_EML, eml).lines()).containsSubsequence("X-Unsent 1",
                "To \"Zoë O'Brien, PhD\" <zoe@example.org>",
                "PART multipart/mixed ", "PART multipart/alternative ", "PART text/plain ", "PART text/html ",
                "PART text/calendar REQUEST", "CAL BEGIN:VCALENDAR", "PART text/calendar ");
    }

    private Result python(String script, Path file) throws Exception {
        Result r = run(List.of(PYTHON.toString(), "-c", script, file.toString()));
        assertThat(r.exit).as("python said: %s", r.output).isZero();
        return r;
    }

    private record Result(int exit, String output) {
        List<String> lines() {
            return output.lines().toList();
        }
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(-1, out);
        }
        return new Result(p.exitValue(), out);
    }
}
