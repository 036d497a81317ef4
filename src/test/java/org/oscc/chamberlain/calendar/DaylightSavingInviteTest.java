package org.oscc.chamberlain.calendar;

import org.oscc.chamberlain.pitches.SessionStatus;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sessions on the night the clocks change keep their real start and length when read back. */
class DaylightSavingInviteTest {
    private final InviteWriter writer = new InviteWriter(Invites.CLOCK);

    @ParameterizedTest(name = "{0} {1} for {2} min")
    @CsvSource({
        // Toronto falls back at 02:00 on 1 Nov 2026: the session ends in the hour that happens twice
        "America/Toronto, 2026-10-31T23:00, 150",
        "America/Toronto, 2026-10-31T22:00, 240",
        "America/Toronto, 2026-10-31T21:00, 240",
        // London springs forward at 01:00 on 29 Mar 2026
        "Europe/London, 2026-03-28T23:00, 180",
        // Sydney falls back at 03:00 on 5 Apr 2026, springs forward at 02:00 on 4 Oct 2026
        "Australia/Sydney, 2026-04-04T23:30, 240",
        "Australia/Sydney, 2026-10-03T23:30, 240",
    })
    void startAndLengthSurviveTheClockChange(String zoneId, LocalDateTime start, int minutes) throws Exception {
        ZoneId zone = ZoneId.of(zoneId);
        InviteEvent session = Invites.session("dst@x", start, zone, minutes, SessionStatus.SCHEDULED,
                List.of(Invites.ZOE));

        VEvent e = ParsedCalendar.parse(writer.request(session)).assertValid().onlyEvent();

        Instant readStart = instant(e, "DTSTART");
        Instant readEnd = instant(e, "DTEND");
        assertThat(readStart).isEqualTo(ZonedDateTime.of(start, zone).toInstant());
        assertThat(Duration.between(readStart, readEnd).toMinutes()).isEqualTo(minutes);
    }

    @ParameterizedTest
    @CsvSource({"2026-10-31T23:00, 210, UTC", "2026-10-31T23:00, 150, LOCAL"})
    void anEndInTheRepeatedHourIsWrittenInUtc(LocalDateTime start, int minutes, String form) throws Exception {
        InviteEvent session = Invites.session("dst@x", start, Invites.TORONTO, minutes, SessionStatus.SCHEDULED,
                List.of(Invites.ZOE));

        String unfolded = InviteWriterTest.unfold(writer.request(session));

        // 23:00 EDT + 210 min = 01:30 EST, the second 01:30 of the night; + 150 min = 01:30 EDT, the first
        assertThat(unfolded).contains(form.equals("UTC") ? "DTEND:20261101T063000Z\r\n"
                : "DTEND;TZID=America/Toronto:20261101T013000\r\n");
    }

    @SuppressWarnings("unchecked")
    private static Instant instant(VEvent e, String name) {
        Temporal t = ((DateProperty<Temporal>) e.getProperty(name).orElseThrow()).getDate();
        return Instant.from(t);
    }
}
