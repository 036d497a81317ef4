package org.oscc.chamberlain.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.pitches.Invitee;
import org.oscc.chamberlain.pitches.Rsvp;

/** Checking the replies folder of a real IMAP server (GreenMail), plain and over TLS. */
class ReplyFetcherTest {
    @TempDir
    Path dir;
    MailTestServer server;
    MailFixture f;
    GreenMailUser ana;

    @BeforeEach
    void start() throws Exception {
        server = new MailTestServer();
        f = new MailFixture(dir);
        ana = server.greenMail.getUserManager().getUser(MailTestServer.USER);
    }

    @AfterEach
    void stop() {
        f.close();
        server.close();
    }

    private MimeMessage reply(int invitee, String partstat) throws Exception {
        String ics = String.join("\r\n", "BEGIN:VCALENDAR", "PRODID:-//Example//Calendar//EN", "VERSION:2.0",
                "METHOD:REPLY", "BEGIN:VEVENT", "UID:" + f.night().icalUid(), "DTSTAMP:20260620T120000Z",
                "SEQUENCE:0", "ORGANIZER:mailto:" + MailTestServer.ADDRESS,
                "ATTENDEE;PARTSTAT=" + partstat + ":mailto:" + MailFixture.address(invitee), "END:VEVENT",
                "END:VCALENDAR", "");
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress(MailFixture.address(invitee)));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(MailTestServer.ADDRESS));
        m.setSubject("Accepted: December pitch night");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("I will be there.", "UTF-8");
        MimeBodyPart cal = new MimeBodyPart();
        cal.setContent(ics, "text/calendar; method=REPLY; charset=UTF-8");
        m.setContent(new MimeMultipart("alternative", text, cal));
        m.saveChanges();
        return m;
    }

    private MimeMessage ordinaryMail() throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress("someone@else.example"));
        m.setSubject("Lunch?");
        m.setText("Not a reply.");
        m.saveChanges();
        return m;
    }

    private Rsvp rsvpOf(int invitee) {
        int contact = f.mailable.get(invitee - 1);
        return f.pitches.invitees(f.nightId).stream().filter(i -> i.contactId() == contact).map(Invitee::rsvp)
                .findFirst().orElseThrow();
    }

    @Test
    void repliesInTheFolderAreAppliedOnceAndMarkedAndOtherMailIsLeft() throws Exception {
        ana.deliver(reply(3, "ACCEPTED"));
        ana.deliver(ordinaryMail());
        ana.deliver(reply(4, "DECLINED"));

        FetchReport first = f.fetcher(MailTestServer.trust()).fetch(server.imap(false), MailTestServer.PASSWORD,
                false);

        assertThat(first.messagesRead()).isEqualTo(3);
        assertThat(first.replies()).hasSize(2);
        assertThat(first.otherMessages()).isEqualTo(1);
        assertThat(first.result().changedCount()).isEqualTo(2);
        assertThat(first.summary()).isEqualTo("Read 3 new messages: 2 replies; 2 answers recorded (2 changed), 0 not applied; "
                + "1 other message left as it was.");
        assertThat(rsvpOf(3)).isEqualTo(Rsvp.ACCEPTED);
        assertThat(rsvpOf(4)).isEqualTo(Rsvp.DECLINED);

        try (MailConnections.Connected<jakarta.mail.Store> imap = new MailConnections(MailTestServer.trust())
                .openIncoming(server.imap(false), MailTestServer.PASSWORD)) {
            Folder inbox = imap.connection().getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            Message[] all = inbox.getMessages();
            assertThat(all[0].getFlags().contains(Flags.Flag.SEEN)).isTrue();
            assertThat(all[1].getFlags().contains(Flags.Flag.SEEN)).as("other mail left unread").isFalse();
            assertThat(all[2].getFlags().contains(Flags.Flag.SEEN)).isTrue();
        }

        // the second check reads only what came since: nothing is applied twice
        FetchReport second = f.fetcher(MailTestServer.trust()).fetch(server.imap(false), MailTestServer.PASSWORD,
                false);
        assertThat(second.messagesRead()).isZero();
        assertThat(second.result().applied()).isEmpty();

        ana.deliver(reply(5, "TENTATIVE"));
        FetchReport third = f.fetcher(MailTestServer.trust()).fetch(server.imap(true), MailTestServer.PASSWORD,
                false);
        assertThat(third.messagesRead()).as("over TLS, only the new one").isEqualTo(1);
        assertThat(rsvpOf(5)).isEqualTo(Rsvp.TENTATIVE);
    }

    @Test
    void repliesForAnUnknownSessionAreReportedNotAppliedAndADryRunChangesNothing() throws Exception {
        MimeMessage stranger = reply(6, "ACCEPTED");
        String text = new String(MailTestServer.raw(stranger).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.UTF_8).replace(f.night().icalUid(), "not-ours@elsewhere");
        ana.deliver(new MimeMessage(Session.getInstance(new Properties()),
                new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        ana.deliver(reply(7, "ACCEPTED"));

        FetchReport dry = f.fetcher(MailTestServer.trust()).fetch(server.imap(false), MailTestServer.PASSWORD, true);
        assertThat(dry.replies()).hasSize(2);
        assertThat(rsvpOf(7)).isEqualTo(Rsvp.INVITED);

        FetchReport real = f.fetcher(MailTestServer.trust()).fetch(server.imap(false).withMarking(
                IncomingAccount.Marking.MOVE, "Processed"), MailTestServer.PASSWORD, false);
        assertThat(real.result().applied()).singleElement().satisfies(a -> assertThat(a.email())
                .isEqualTo(MailFixture.address(7)));
        assertThat(real.result().notApplied()).singleElement().satisfies(n -> assertThat(n)
                .contains("the e-mail from " + MailFixture.address(6)).contains("not-ours@elsewhere"));
        try (MailConnections.Connected<jakarta.mail.Store> imap = new MailConnections(MailTestServer.trust())
                .openIncoming(server.imap(false), MailTestServer.PASSWORD)) {
            Folder processed = imap.connection().getFolder("Processed");
            processed.open(Folder.READ_ONLY);
            assertThat(processed.getMessageCount()).isEqualTo(2);
            Folder inbox = imap.connection().getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            assertThat(inbox.getMessageCount()).isZero();
        }
    }
}
