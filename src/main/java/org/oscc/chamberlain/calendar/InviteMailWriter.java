package org.oscc.chamberlain.calendar;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.oscc.chamberlain.text.Messages;

/**
 * Writes invite e-mails as .eml drafts that desktop mail programs open ready to send (X-Unsent: 1): one per
 * invitee, or one to the organizer with every invitee in Bcc. Each is multipart/mixed holding a
 * multipart/alternative (plain text, HTML, text/calendar with the invite's METHOD) and the .ics as attachment.
 */
public final class InviteMailWriter {

    public enum Mode { ONE_PER_INVITEE, ONE_WITH_BCC }

    private final Clock clock;
    private final Session session = Session.getInstance(new Properties());

    public InviteMailWriter(Clock clock) {
        this.clock = clock;
    }

    /**
     * Writes the drafts for {@code ics} (an invite or a cancellation from {@link InviteWriter}) into
     * {@code folder} and returns their paths. Invitees without an e-mail get none.
     */
    public List<Path> writeDrafts(InviteEvent event, String ics, Mode mode, Path folder) throws IOException {
        List<Attendee> reachable = reachable(event);
        List<Path> written = new ArrayList<>();
        String base = SafeFileNames.of(event.start().toLocalDate() + " " + InviteWording.titleOf(event));
        if (mode == Mode.ONE_WITH_BCC) {
            Path file = folder.resolve(base + " - " + Messages.in(event.language(), "inviteMail.allInvitees") + ".eml");
            AtomicFiles.write(file, draft(event, ics, reachable, true));
            written.add(file);
            return written;
        }
        Set<String> used = new HashSet<>();
        for (Attendee a : reachable) {
            String name = SafeFileNames.unique(base + " - " + SafeFileNames.of(a.name().isEmpty() ? a.email()
                    : a.name()), used);
            Path file = folder.resolve(name + ".eml");
            AtomicFiles.write(file, draft(event, ics, List.of(a), false));
            written.add(file);
        }
        return written;
    }

    /** One draft message as bytes: to the given invitees, or to the organizer with them in Bcc. */
    public byte[] draft(InviteEvent event, String ics, List<Attendee> invitees, boolean bcc) throws IOException {
        String method = methodOf(ics);
        boolean cancellation = method.equals("CANCEL");
        try {
            MimeMessage message = new DraftMessage(session, domainOf(event.organizerEmail()));
            InternetAddress organizer = address(event.organizerName(), event.organizerEmail());
            message.setFrom(organizer);
            List<InternetAddress> recipients = new ArrayList<>();
            for (Attendee a : invitees) {
                recipients.add(address(a.name(), a.email()));
            }
            if (bcc) {
                message.setRecipient(Message.RecipientType.TO, organizer);
                message.setRecipients(Message.RecipientType.BCC, recipients.toArray(new InternetAddress[0]));
            } else {
                message.setRecipients(Message.RecipientType.TO, recipients.toArray(new InternetAddress[0]));
            }
            message.setSubject(InviteWording.subject(event, cancellation), "UTF-8");
            message.setSentDate(Date.from(clock.instant()));
            message.setHeader("X-Unsent", "1");

            String notice = cancellation ? Messages.in(event.language(), "inviteMail.cancelled") : "";
            MimeBodyPart text = new MimeBodyPart();
            text.setText(crlf((notice.isEmpty() ? "" : notice + "\n\n") + AgendaText.plain(event)), "UTF-8",
                    "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(crlf(AgendaText.html(event, notice)), "UTF-8", "html");
            byte[] icsBytes = ics.getBytes(StandardCharsets.UTF_8);
            MimeBodyPart calendar = new MimeBodyPart();
            String calendarType = "text/calendar; method=" + method + "; charset=UTF-8"; // not a message
            calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(icsBytes, calendarType)));
            calendar.setHeader("Content-Type", calendarType);

            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(text);
            alternative.addBodyPart(html);
            alternative.addBodyPart(calendar);
            MimeBodyPart alternativePart = new MimeBodyPart();
            alternativePart.setContent(alternative);

            // The same calendar as an attachment, for mail programs that only look there (as Google's invites do).
            MimeBodyPart attachment = new MimeBodyPart();
            String fileName = cancellation ? "cancel.ics" : "invite.ics";
            // text/calendar is the registered type (RFC 5545); no method= here, so it is not offered twice
            attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(icsBytes,
                    "text/calendar; charset=UTF-8; name=\"" + fileName + "\""))); // not a message: a MIME type
            attachment.setDisposition(Part.ATTACHMENT);
            attachment.setFileName(fileName);

            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(alternativePart);
            mixed.addBodyPart(attachment);
            message.setContent(mixed);
            message.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream(icsBytes.length * 3 + 4096);
            message.writeTo(out);
            return out.toByteArray();
        } catch (MessagingException e) {
            throw new IOException(Messages.get("inviteMail.notComposed", e.getMessage()), e);
        }
    }

    /**
     * Every line ended by CRLF, as RFC 5322 requires: a part written as 7bit goes out byte for byte, and some mail
     * servers refuse a bare LF. (Quoted-printable turns CRLF into its own line breaks, so it is right either way.)
     */
    static String crlf(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\r\n");
    }

    private static List<Attendee> reachable(InviteEvent event) {
        Set<String> seen = new HashSet<>();
        return event.attendees().stream().filter(Attendee::hasEmail)
                .filter(a -> seen.add(a.email().toLowerCase(Locale.ROOT))).toList();
    }

    private static InternetAddress address(String name, String email) throws IOException {
        try {
            InternetAddress address = new InternetAddress(email.strip(), name.isEmpty() ? null : name, "UTF-8");
            address.validate();
            return address;
        } catch (UnsupportedEncodingException | jakarta.mail.internet.AddressException e) {
            throw new IOException(Messages.get("inviteMail.badAddress", email), e);
        }
    }

    static String methodOf(String ics) {
        int at = ics.indexOf("\nMETHOD:");
        if (at < 0) {
            throw new IllegalArgumentException("the calendar has no METHOD: not an invite");
        }
        int end = ics.indexOf('\r', at + 8);
        return ics.substring(at + 8, end < 0 ? ics.indexOf('\n', at + 8) : end).strip();
    }

    private static String domainOf(String email) {
        int at = email.lastIndexOf('@');
        return at < 0 ? "chamberlain.invalid" : email.substring(at + 1);
    }

    /** A message whose Message-ID needs no look-up of this computer's host name. */
    private static final class DraftMessage extends MimeMessage {
        private final String domain;

        DraftMessage(Session session, String domain) {
            super(session);
            this.domain = domain;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + UUID.randomUUID() + "@" + domain + ">");
        }
    }
}
