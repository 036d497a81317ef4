package org.oscc.chamberlain.calendar;

import org.oscc.chamberlain.pitches.SessionStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oscc.chamberlain.calendar.ParsedCalendar.param;
import static org.oscc.chamberlain.calendar.ParsedCalendar.value;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.util.Configurator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.validation.InvalidInputException;

class InviteWriterTest {
    private final InviteWriter writer = new InviteWriter(Invites.CLOCK);

    @Test
    void requestCarriesEveryPropertyOfTheInviteAndPassesValidation() throws Exception {
        ParsedCalendar parsed = ParsedCalendar.parse(writer.request(Invites.december())).assertValid();

        assertThat(parsed.calendarValue("METHOD")).isEqualTo("REQUEST");
        assertThat(parsed.calendarValue("VERSION")).isEqualTo("2.0");
        assertThat(parsed.calendarValue("PRODID")).isEqualTo(InviteWriter.PRODUCT_ID);
        assertThat(parsed.calendar.<net.fortuna.ical4j.model.component.VTimeZone>getComponents("VTIMEZONE")).singleElement()
                .satisfies(tz -> assertThat(value(tz, "TZID")).isEqualTo("America/Toronto"));

        VEvent e = parsed.onlyEvent();
        assertThat(value(e, "UID")).isEqualTo("pitch-night-42@oscc.example");
        assertThat(value(e, "DTSTAMP")).isEqualTo("20260615T160000Z");
        DtStart<?> start = (DtStart<?>) e.getProperty("DTSTART").orElseThrow();
        assertThat(param(start, "TZID")).isEqualTo("America/Toronto");
        assertThat(start.getValue()).isEqualTo("20261203T180000");
        assertThat(((ZonedDateTime) start.getDate()).toInstant())
                .isEqualTo(ZonedDateTime.of(2026, 12, 3, 18, 0, 0, 0, Invites.TORONTO).toInstant());
        Property end = e.getProperty("DTEND").orElseThrow();
        assertThat(param(end, "TZID")).isEqualTo("America/Toronto");
        assertThat(end.getValue()).isEqualTo("20261203T203000");
        assertThat(value(e, "SUMMARY")).isEqualTo("December pitch night, 2026");
        assertThat(value(e, "DESCRIPTION")).startsWith("Five projects; one evening.\nBring questions.")
                .contains("18:00-18:20  Apache Ünicode - Zoë O'Brien, PhD: Why we need testers; and docs, too")
                .contains("18:20-18:35  Break: Pizza \\ drinks")
                .contains("18:35-18:55  GnuCash - Robert \"Bob\" Smith");
        assertThat(value(e, "LOCATION")).isEqualTo("Café Déjà Vu, 12 Rue Saint-Paul, Montréal");
        assertThat(value(e, "URL")).isEqualTo("https://meet.example.org/pitch?x=1&y=2");
        Property organizer = e.getProperty("ORGANIZER").orElseThrow();
        assertThat(organizer.getValue()).isEqualTo("mailto:ana@oscc.example");
        assertThat(param(organizer, "CN")).isEqualTo("Ana Organizer");
        assertThat(value(e, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(value(e, "SEQUENCE")).isEqualTo("0");

        List<Property> attendees = e.getProperties("ATTENDEE");
        assertThat(attendees).extracting(Property::getValue).containsExactly("mailto:zoe@example.org",
                "mailto:bob@example.org", "mailto:amelie@example.org", "mailto:wei@example.org");
        assertThat(attendees).extracting(a -> param(a, "CN")).containsExactly("Zoë O'Brien, PhD",
                "Robert \"Bob\" Smith", "Amélie Côté-Lévesque; Ltée", "Wei Zhang 张伟");
        assertThat(attendees).extracting(a -> param(a, "PARTSTAT")).containsExactly("ACCEPTED", "NEEDS-ACTION",
                "DECLINED", "TENTATIVE");
        assertThat(attendees).extracting(a -> param(a, "ROLE")).containsExactly("REQ-PARTICIPANT",
                "OPT-PARTICIPANT", "REQ-PARTICIPANT", "REQ-PARTICIPANT");
        assertThat(attendees).extracting(a -> param(a, "RSVP")).containsOnly("TRUE");

        List<VAlarm> alarms = e.getAlarms();
        assertThat(alarms).extracting(a -> value(a, "TRIGGER")).containsExactly("-P1D", "-PT1H");
        assertThat(alarms).extracting(a -> value(a, "ACTION")).containsOnly("DISPLAY");
    }

    @Test
    void namesWithAccentsCommasAndQuotesAreQuotedInCnParameters() throws Exception {
        String unfolded = unfold(writer.request(Invites.december()));

        assertThat(unfolded).contains("ATTENDEE;CN=\"Zoë O'Brien, PhD\";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;"
                + "RSVP=TRUE:mailto:zoe@example.org\r\n");
        assertThat(unfolded).contains("CN=\"Amélie Côté-Lévesque; Ltée\";");
        // A double quote cannot stand in a parameter value: RFC 6868 writes it as ^'
        assertThat(unfolded).contains("CN=Robert ^'Bob^' Smith;");
    }

    @Test
    void textValuesEscapeCommasSemicolonsBackslashesAndNewlines() throws Exception {
        InviteEvent odd = Invites.december();
        odd = new InviteEvent(odd.uid(), 0, odd.status(), "A, B; C \\ D", "line one\nline two", odd.start(),
                odd.zone(), 150, "", "", "", "Ana", "ana@oscc.example", List.of(), List.of(), List.of(Invites.ZOE));
        String ics = writer.request(odd);
        String unfolded = unfold(ics);

        assertThat(unfolded).contains("SUMMARY:A\\, B\\; C \\\\ D\r\n");
        assertThat(unfolded).contains("DESCRIPTION:line one\\nline two\\n\\nWhen:");
        VEvent e = ParsedCalendar.parse(ics).assertValid().onlyEvent();
        assertThat(value(e, "SUMMARY")).isEqualTo("A, B; C \\ D");
        assertThat(value(e, "DESCRIPTION")).startsWith("line one\nline two\n");
        assertThat(e.getAlarms()).isEmpty();
    }

    @Test
    void linesEndInCrlfAndFoldAt75OctetsWithoutSplittingACharacter() throws Exception {
        String ics = writer.request(Invites.december());
        byte[] bytes = ics.getBytes(StandardCharsets.UTF_8);

        assertThat(ics).endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        int lineStart = 0;
        int folded = 0;
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                assertThat(i - lineStart).as("octets in line at byte %d", lineStart).isLessThanOrEqualTo(75);
                assertDecodesStrictly(bytes, lineStart, i);
                if (bytes[lineStart] == ' ') {
                    folded++;
                }
                lineStart = i + 2;
            }
        }
        assertThat(folded).as("continuation lines").isGreaterThan(3);
    }

    @Test
    void cancellationKeepsTheUidRaisesTheSequenceAndSaysCancelled() throws Exception {
        ParsedCalendar parsed = ParsedCalendar.parse(writer.cancel(Invites.december().withSequence(3)))
                .assertValid();

        assertThat(parsed.calendarValue("METHOD")).isEqualTo("CANCEL");
        VEvent e = parsed.onlyEvent();
        assertThat(value(e, "UID")).isEqualTo("pitch-night-42@oscc.example");
        assertThat(value(e, "SEQUENCE")).isEqualTo("3");
        assertThat(value(e, "STATUS")).isEqualTo("CANCELLED");
        assertThat(e.getProperties("ATTENDEE")).hasSize(4);
        assertThat(e.getAlarms()).as("RFC 5546 allows no VALARM in CANCEL").isEmpty();
    }

    @Test
    void feedPublishesScheduledAndHeldSessionsWithoutAttendees() throws Exception {
        ZoneId london = ZoneId.of("Europe/London");
        List<InviteEvent> sessions = List.of(
                Invites.session("a@x", LocalDateTime.of(2026, 10, 1, 18, 0), Invites.TORONTO, 120,
                        SessionStatus.SCHEDULED, List.of(Invites.ZOE)),
                Invites.session("b@x", LocalDateTime.of(2026, 3, 1, 18, 0), london, 120, SessionStatus.HELD,
                        List.of(Invites.ZOE)),
                Invites.session("c@x", LocalDateTime.of(2026, 11, 1, 18, 0), Invites.TORONTO, 120,
                        SessionStatus.DRAFT, List.of()),
                Invites.session("d@x", LocalDateTime.of(2027, 1, 1, 18, 0), Invites.TORONTO, 120,
                        SessionStatus.CANCELLED, List.of()));

        ParsedCalendar parsed = ParsedCalendar.parse(writer.feed(sessions)).assertValid();

        assertThat(parsed.calendarValue("METHOD")).isEqualTo("PUBLISH");
        assertThat(parsed.events()).extracting(e -> value(e, "UID")).containsExactly("b@x", "a@x");
        assertThat(parsed.events()).allSatisfy(e -> assertThat(e.getProperties("ATTENDEE")).isEmpty());
        assertThat(parsed.calendar.<net.fortuna.ical4j.model.component.VTimeZone>getComponents("VTIMEZONE")).extracting(tz -> value(tz, "TZID"))
                .containsExactlyInAnyOrder("America/Toronto", "Europe/London");
    }

    @Test
    void aFeedWithNothingScheduledIsRefused() {
        InviteEvent draft = Invites.december().withStatus(SessionStatus.DRAFT);

        assertThatThrownBy(() -> writer.feed(List.of(draft))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no scheduled session");
    }

    @Test
    void anInviteWithoutOrganizerEmailIsRefused() {
        InviteEvent e = Invites.december();
        InviteEvent noOrganizer = new InviteEvent(e.uid(), 0, e.status(), e.title(), "", e.start(), e.zone(), 60,
                "", "", "", "Ana", " ", List.of(), List.of(), List.of(Invites.ZOE));

        assertThatThrownBy(() -> writer.request(noOrganizer)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Organizer e-mail");
    }

    @Test
    void iCal4jValidationEnforcesTheRulesOfTheMethod() throws Exception {
        // Guards the meaning of assertValid(): a REQUEST without ORGANIZER must fail it.
        String withoutOrganizer = writer.request(Invites.december()).replaceAll("ORGANIZER[^\r]*\r\n", "");
        ParsedCalendar parsed = ParsedCalendar.parse(withoutOrganizer);

        assertThat(parsed.calendar.validate().hasErrors()).isTrue();
    }

    @Test
    void writesTheFileAtomicallyReplacingAnOldOne(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("invite.ics");
        Files.writeString(target, "old");
        String ics = writer.request(Invites.december());

        InviteWriter.write(ics, target);

        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo(ics);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void iCal4jIsConfiguredNeverToFetchTimeZoneUpdates() {
        assertThat(Configurator.getProperty("net.fortuna.ical4j.timezone.update.enabled")).contains("false");
        assertThat(Configurator.getProperty("net.fortuna.ical4j.timezone.cache.impl"))
                .contains("net.fortuna.ical4j.util.MapTimeZoneCache");
    }

    static String unfold(String ics) {
        return ics.replace("\r\n ", "");
    }

    private static void assertDecodesStrictly(byte[] bytes, int from, int to) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, from, to - from));
        } catch (CharacterCodingException e) {
            throw new AssertionError("a line splits a UTF-8 character at byte " + from, e);
        }
    }
}
