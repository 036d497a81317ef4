package org.oscc.chamberlain.calendar;

import org.oscc.chamberlain.pitches.Rsvp;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InviteMailWriterTest {
    private final InviteWriter calendars = new InviteWriter(Invites.CLOCK);
    private final InviteMailWriter mails = new InviteMailWriter(Invites.CLOCK);

    @Test
    void onePerInviteeWritesAReadyToSendDraftForEachAddress(@TempDir Path dir) throws Exception {
        InviteEvent event = Invites.december();
        String ics = calendars.request(event);

        List<Path> files = mails.writeDrafts(event, ics, InviteMailWriter.Mode.ONE_PER_INVITEE, dir);

        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly(
                "2026-12-03 December pitch night 2026 - Zoe OBrien PhD.eml",
                "2026-12-03 December pitch night 2026 - Robert Bob Smith.eml",
                "2026-12-03 December pitch night 2026 - Amelie Cote-Levesque Ltee.eml",
                "2026-12-03 December pitch night 2026 - Wei Zhang.eml");
        MimeMessage zoe = read(files.get(0));
        assertThat(zoe.getHeader("X-Unsent", null)).isEqualTo("1");
        assertThat(zoe.getSubject()).isEqualTo("Invitation: December pitch night, 2026 (Thu 2026-12-03 18:00)");
        assertThat(((InternetAddress) zoe.getFrom()[0]).getAddress()).isEqualTo("ana@oscc.example");
        assertThat(((InternetAddress) zoe.getFrom()[0]).getPersonal()).isEqualTo("Ana Organizer");
        InternetAddress to = (InternetAddress) zoe.getRecipients(Message.RecipientType.TO)[0];
        assertThat(to.getPersonal()).isEqualTo("Zoë O'Brien, PhD");
        assertThat(to.getAddress()).isEqualTo("zoe@example.org");
        assertThat(zoe.getRecipients(Message.RecipientType.BCC)).isNull();
        assertStructure(zoe, "REQUEST", ics);
    }

    @Test
    void oneWithBccAddressesTheOrganizerAndHidesTheInvitees(@TempDir Path dir) throws Exception {
        InviteEvent event = Invites.december();
        String ics = calendars.request(event);

        List<Path> files = mails.writeDrafts(event, ics, InviteMailWriter.Mode.ONE_WITH_BCC, dir);

        assertThat(files).singleElement().extracting(p -> p.getFileName().toString())
                .isEqualTo("2026-12-03 December pitch night 2026 - all invitees.eml");
        MimeMessage all = read(files.get(0));
        assertThat(Arrays.stream(all.getRecipients(Message.RecipientType.TO)).map(a -> ((InternetAddress) a)
                .getAddress())).containsExactly("ana@oscc.example");
        assertThat(Arrays.stream(all.getRecipients(Message.RecipientType.BCC)).map(a -> ((InternetAddress) a)
                .getAddress())).containsExactly("zoe@example.org", "bob@example.org", "amelie@example.org",
                        "wei@example.org");
        assertStructure(all, "REQUEST", ics);
    }

    @Test
    void aCancellationCarriesMethodCancel(@TempDir Path dir) throws Exception {
        InviteEvent event = Invites.december().withSequence(1);
        String ics = calendars.cancel(event);

        MimeMessage mail = read(mails.writeDrafts(event, ics, InviteMailWriter.Mode.ONE_WITH_BCC, dir).get(0));

        assertThat(mail.getSubject()).startsWith("Cancelled: December pitch night");
        assertStructure(mail, "CANCEL", ics);
    }

    @Test
    void inviteesWithTheSameNameGetDistinctFiles(@TempDir Path dir) throws Exception {
        InviteEvent e = Invites.december();
        e = new InviteEvent(e.uid(), 0, e.status(), "Pitch: night/2026", "", e.start(), e.zone(), 60, "", "", "",
                "Ana", "ana@oscc.example", List.of(), List.of(), List.of(new Attendee("Sam", "sam1@example.org",
                        Rsvp.INVITED), new Attendee("Sam", "sam2@example.org", Rsvp.INVITED)));

        List<Path> files = mails.writeDrafts(e, calendars.request(e), InviteMailWriter.Mode.ONE_PER_INVITEE, dir);

        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly(
                "2026-12-03 Pitch night 2026 - Sam.eml", "2026-12-03 Pitch night 2026 - Sam (2).eml");
    }

    private static void assertStructure(MimeMessage mail, String method, String ics) throws Exception {
        assertThat(new ContentType(mail.getContentType()).getBaseType()).isEqualTo("multipart/mixed");
        Multipart mixed = (Multipart) mail.getContent();
        assertThat(mixed.getCount()).isEqualTo(2);
        BodyPart alternativePart = mixed.getBodyPart(0);
        assertThat(new ContentType(alternativePart.getContentType()).getBaseType())
                .isEqualTo("multipart/alternative");
        Multipart alternative = (Multipart) alternativePart.getContent();
        assertThat(alternative.getCount()).isEqualTo(3);

        BodyPart text = alternative.getBodyPart(0);
        assertThat(new ContentType(text.getContentType()).getBaseType()).isEqualTo("text/plain");
        assertThat((String) text.getContent()).contains(
                "18:00-18:20  Apache Ünicode - Zoë O'Brien, PhD: Why we need testers; and docs, too",
                "18:35-18:55  GnuCash - Robert \"Bob\" Smith", "Where: Café Déjà Vu, 12 Rue Saint-Paul, Montréal");
        BodyPart html = alternative.getBodyPart(1);
        assertThat(new ContentType(html.getContentType()).getBaseType()).isEqualTo("text/html");
        assertThat((String) html.getContent()).contains(
                "<td>18:00-18:20</td><td>Apache Ünicode - Zoë O&#39;Brien, PhD: Why we need testers; and docs, too",
                "GnuCash - Robert &quot;Bob&quot; Smith");

        BodyPart calendar = alternative.getBodyPart(2);
        ContentType calendarType = new ContentType(calendar.getContentType());
        assertThat(calendarType.getBaseType()).isEqualTo("text/calendar");
        assertThat(calendarType.getParameter("method")).isEqualTo(method);
        assertThat(calendarType.getParameter("charset")).isEqualTo("UTF-8");
        assertThat(decoded(calendar)).isEqualTo(ics);

        BodyPart attachment = mixed.getBodyPart(1);
        assertThat(attachment.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(attachment.getFileName()).endsWith(".ics");
        assertThat(decoded(attachment)).isEqualTo(ics);
    }

    private static String decoded(Part part) throws Exception {
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static MimeMessage read(Path file) throws Exception {
        LineEnds.assertCrlfOnly(file);
        try (InputStream in = Files.newInputStream(file)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }
}
