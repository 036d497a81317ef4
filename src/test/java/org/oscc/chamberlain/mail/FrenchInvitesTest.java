package org.oscc.chamberlain.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.text.Messages;

/**
 * A chamber whose document language is French, its organizer's screens (this run) in English: the invite e-mails
 * that reach a real SMTP server (GreenMail) and the .ics files are French, read back with Jakarta Mail and iCal4j;
 * a language asked for one mailing wins over the chamber's.
 */
class FrenchInvitesTest {
    @TempDir
    Path dir;
    MailTestServer server;
    MailFixture f;

    @BeforeEach
    void start() throws Exception {
        server = new MailTestServer();
        f = new MailFixture(dir);
        f.settings.save(f.settings.current().withDocumentLanguage(Messages.FRENCH));
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
        server.close();
    }

    @Test
    void theInviteEmailsAreFrenchAndTheirCalendarToo() throws Exception {
        InviteSender sender = f.sender(MailTestServer.trust());
        SendReport report = sender.send(f.nightId, server.smtp(server.smtpPort(), MailSecurity.NONE),
                MailTestServer.PASSWORD, InviteSender.Listener.NONE);
        assertThat(report.count(SendLine.Outcome.SENT)).isEqualTo(20);
        // the organizer reads the report in the screens' language
        assertThat(report.summary()).startsWith("Sent 20 of 20");

        MimeMessage m = server.received().get(0);
        assertThat(m.getSubject()).isEqualTo("Invitation\u00a0: December pitch night (jeu. 2026-12-03 18:00)");
        String text = part(m, "text/plain");
        assertThat(text).contains("Quand\u00a0: jeu. 2026-12-03 18:00-20:30 (America/Toronto)")
                .contains("Où\u00a0: Main Hall, 1 Main St, Toronto").doesNotContain("When:").doesNotContain("Where:");
        assertThat(part(m, "text/html")).contains("<b>Quand\u00a0:</b>").doesNotContain("When:");

        VEvent event = event(part(m, "text/calendar"));
        assertThat(event.getProperty(Property.DESCRIPTION).orElseThrow().getValue())
                .contains("Quand\u00a0: jeu. 2026-12-03 18:00-20:30").doesNotContain("When");
        List<String> reminders = event.<VAlarm>getComponents(Component.VALARM).stream()
                .map(a -> a.getProperty(Property.DESCRIPTION).orElseThrow().getValue()).toList();
        assertThat(reminders).isNotEmpty().allMatch(r -> r.equals("Rappel\u00a0: December pitch night"));
    }

    @Test
    void theIcsFileAndTheSeasonFeedAreFrenchAndEnglishWhenAskedFor() throws Exception {
        Path ics = dir.resolve("soiree.ics");
        f.calendar.issue(f.nightId, ics);
        VEvent event = event(Files.readString(ics, StandardCharsets.UTF_8));
        assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo("December pitch night");
        assertThat(event.getProperty(Property.DESCRIPTION).orElseThrow().getValue())
                .isEqualTo("Quand\u00a0: jeu. 2026-12-03 18:00-20:30 (America/Toronto)\n"
                        + "Où\u00a0: Main Hall, 1 Main St, Toronto");

        Path feed = dir.resolve("saison.ics");
        f.calendar.seasonFeed(feed);
        assertThat(event(Files.readString(feed, StandardCharsets.UTF_8)).getProperty(Property.DESCRIPTION)
                .orElseThrow().getValue()).startsWith("Quand\u00a0: jeu.");

        Path english = dir.resolve("night.ics");
        f.calendar.seasonFeed(english, Messages.ENGLISH);
        assertThat(event(Files.readString(english, StandardCharsets.UTF_8)).getProperty(Property.DESCRIPTION)
                .orElseThrow().getValue()).startsWith("When: Thu 2026-12-03 18:00-20:30");
        InviteSender sender = f.sender(MailTestServer.trust());
        assertThat(sender.plan(f.nightId, Messages.ENGLISH).mailing().event().language()).isEqualTo(Messages.ENGLISH);
        assertThat(sender.plan(f.nightId).mailing().event().language()).isEqualTo(Messages.FRENCH);
    }

    private static VEvent event(String ics) throws Exception {
        Calendar cal = new CalendarBuilder().build(new StringReader(ics));
        return cal.<VEvent>getComponents(Component.VEVENT).get(0);
    }

    /** The first part of {@code type} in the message, decoded. */
    private static String part(Part part, String type) throws Exception {
        List<String> found = new ArrayList<>();
        collect(part, type, found);
        assertThat(found).as(type).isNotEmpty();
        return found.get(0);
    }

    private static void collect(Part part, String type, List<String> found) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) part.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart child = mp.getBodyPart(i);
                collect(child, type, found);
            }
        } else if (part.isMimeType(type)) {
            found.add(new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
