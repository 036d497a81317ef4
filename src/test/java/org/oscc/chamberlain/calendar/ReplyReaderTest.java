package org.oscc.chamberlain.calendar;

import org.oscc.chamberlain.pitches.Rsvp;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.text.Messages;

class ReplyReaderTest {
    private final ReplyReader reader = new ReplyReader();

    @Test
    void readsAnIcsReplyToUidAddressAndPartstat(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("reply.ics");
        Files.writeString(file, reply("pitch-night-42@oscc.example", "ZOE@example.org", "Zoë O'Brien, PhD",
                "DECLINED"), StandardCharsets.UTF_8);

        ReplyReadout readout = reader.read(file, Invites.december());

        assertThat(readout.problems()).isEmpty();
        assertThat(readout.replies()).containsExactly(new RsvpReply("pitch-night-42@oscc.example",
                "ZOE@example.org", "DECLINED"));
        assertThat(readout.replies().get(0).rsvp()).contains(Rsvp.DECLINED);
    }

    @Test
    void readsAReplyCarriedInAnEmailOnce(@TempDir Path dir) throws Exception {
        String ics = reply("pitch-night-42@oscc.example", "bob@example.org", "Bob", "ACCEPTED");
        Path file = dir.resolve("Accepted.eml");
        Files.write(file, mailCarrying(ics));

        ReplyReadout readout = reader.read(file, Invites.december());

        assertThat(readout.problems()).isEmpty();
        assertThat(readout.replies()).containsExactly(new RsvpReply("pitch-night-42@oscc.example",
                "bob@example.org", "ACCEPTED"));
    }

    @Test
    void aReplyForAnotherSessionIsReportedNotApplied() {
        byte[] ics = reply("another@oscc.example", "zoe@example.org", "Zoë", "ACCEPTED")
                .getBytes(StandardCharsets.UTF_8);

        ReplyReadout readout = reader.read(ics, "r.ics", "pitch-night-42@oscc.example",
                java.util.List.of("zoe@example.org"));

        assertThat(readout.replies()).isEmpty();
        assertThat(readout.problems()).containsExactly("r.ics: the reply from zoe@example.org is for another "
                + "session (UID another@oscc.example); not applied.");
    }

    @Test
    void aReplyFromAnUnknownAddressIsReportedNotApplied() {
        byte[] ics = reply("pitch-night-42@oscc.example", "stranger@example.org", "S", "ACCEPTED")
                .getBytes(StandardCharsets.UTF_8);

        ReplyReadout readout = reader.read(ics, "r.ics", "pitch-night-42@oscc.example",
                java.util.List.of("zoe@example.org"));

        assertThat(readout.replies()).isEmpty();
        assertThat(readout.problems()).containsExactly("r.ics: stranger@example.org is not invited to this "
                + "session; their reply (ACCEPTED) is not applied.");
    }

    @Test
    void anInviteOrAnUnreadableFileIsNotTakenForAReply() throws Exception {
        byte[] invite = new InviteWriter(Invites.CLOCK).request(Invites.december()).getBytes(StandardCharsets.UTF_8);

        assertThat(reader.read(invite, "i.ics", "pitch-night-42@oscc.example", java.util.List.of()).problems())
                .containsExactly("i.ics: not a reply to an invite (it is an invite).");
        assertThat(reader.read("hello".getBytes(StandardCharsets.UTF_8), "x.eml", "u", java.util.List.of())
                .problems()).containsExactly("x.eml: the e-mail carries no calendar reply.");
        assertThat(reader.read("BEGIN:VCALENDAR\r\nnonsense".getBytes(StandardCharsets.UTF_8), "y.ics", "u",
                java.util.List.of()).problems()).singleElement().asString()
                .startsWith("y.ics: the calendar could not be read");
    }

    @Test
    void whatIsNotAReplyIsSaidInFrenchWhenTheScreensSpeakIt() throws Exception {
        byte[] invite = new InviteWriter(Invites.CLOCK).request(Invites.december()).getBytes(StandardCharsets.UTF_8);
        Messages.use(Messages.FRENCH);
        try {
            assertThat(reader.read(invite, "i.ics", "pitch-night-42@oscc.example", java.util.List.of()).problems())
                    .containsExactly("i.ics\u00a0: ce n\u2019est pas une réponse à une invitation (c\u2019est une "
                            + "invitation).");
            assertThat(reader.read("hello".getBytes(StandardCharsets.UTF_8), "x.eml", "u", java.util.List.of())
                    .problems()).containsExactly("x.eml\u00a0: le courriel ne contient aucune réponse de calendrier.");
        } finally {
            Messages.use(Messages.startLanguage());
        }
    }

    /** A reply as an invitee's calendar writes it. */
    static String reply(String uid, String email, String name, String partstat) {
        return String.join("\r\n", "BEGIN:VCALENDAR", "PRODID:-//Example//Calendar//EN", "VERSION:2.0",
                "METHOD:REPLY", "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20260620T120000Z",
                "DTSTART:20261203T230000Z", "SEQUENCE:0", "ORGANIZER:mailto:ana@oscc.example",
                "ATTENDEE;CN=\"" + name + "\";PARTSTAT=" + partstat + ":mailto:" + email, "END:VEVENT",
                "END:VCALENDAR", "");
    }

    /** An e-mail with the reply both inline (text/calendar) and attached, as mail programs send it. */
    private static byte[] mailCarrying(String ics) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress("bob@example.org"));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress("ana@oscc.example"));
        m.setSubject("Accepted: December pitch night");
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Bob has accepted.", "UTF-8");
        alternative.addBodyPart(text);
        MimeBodyPart inline = new MimeBodyPart();
        inline.setDataHandler(new DataHandler(new ByteArrayDataSource(ics.getBytes(StandardCharsets.UTF_8),
                "text/calendar; method=REPLY; charset=UTF-8")));
        alternative.addBodyPart(inline);
        MimeBodyPart wrapper = new MimeBodyPart();
        wrapper.setContent(alternative);
        MimeBodyPart attached = new MimeBodyPart();
        attached.setDataHandler(new DataHandler(new ByteArrayDataSource(ics.getBytes(StandardCharsets.UTF_8),
                "application/ics")));
        attached.setFileName("invite.ics");
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(wrapper);
        mixed.addBodyPart(attached);
        m.setContent(mixed);
        m.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.writeTo(out);
        return out.toByteArray();
    }
}
