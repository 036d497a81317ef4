package org.oscc.chamberlain.mail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.oscc.chamberlain.calendar.CalendarService;
import org.oscc.chamberlain.calendar.InviteIssue;
import org.oscc.chamberlain.calendar.InviteMailing;
import org.oscc.chamberlain.calendar.InvitePreview;
import org.oscc.chamberlain.pitches.Invitee;
import org.oscc.chamberlain.text.Messages;
import org.oscc.chamberlain.validation.InvalidInputException;

/**
 * Sends a session's invite (or update, or cancellation) by e-mail: one message per invitee, the message its .eml
 * draft holds, through the chamber's outgoing account.
 *
 * <p>Decisions (docs/decisions/0009-sending-invites.md):
 * <ul>
 * <li>Each message is written to the sent log as SENDING before it goes to the server and as SENT or REFUSED after;
 * a second Send goes only to those without the latest version, and a SENDING row left by a crash is never sent
 * again on its own (nobody gets a version twice).</li>
 * <li>When the connection drops, the send stops: the message being handed over is recorded as not sent (the server
 * answered nothing), and Send again reaches exactly those left.</li>
 * <li>The From of every message is the account's From (providers refuse or rewrite others); the calendar's
 * ORGANIZER stays the chamber's organizer.</li>
 * </ul>
 */
public class InviteSender {
    /** Waits between messages for providers that throttle; tests wait no time. */
    public interface Pacer {
        void pause(long millis, Listener listener) throws InterruptedException;

        Pacer REAL = (millis, listener) -> {
            long until = System.currentTimeMillis() + millis;
            while (!listener.cancelled() && System.currentTimeMillis() < until) {
                Thread.sleep(Math.min(100, Math.max(1, until - System.currentTimeMillis())));
            }
        };
    }

    /** Follows a send: each invitee's line as it is decided; {@link #cancelled()} is asked before each message. */
    public interface Listener {
        void done(SendLine line, int doneCount, int total);

        default boolean cancelled() {
            return false;
        }

        Listener NONE = (line, done, total) -> { };
    }

    private final CalendarService calendar;
    private final InviteDeliveryRepository log;
    private final MailConnections connections;
    private final Clock clock;
    private final Pacer pacer;

    public InviteSender(CalendarService calendar, InviteDeliveryRepository log, MailConnections connections,
            Clock clock, Pacer pacer) {
        this.calendar = calendar;
        this.log = log;
        this.connections = connections;
        this.clock = clock;
        this.pacer = pacer;
    }

    /** Who would get what if the organizer sent now; sends and records nothing. */
    public SendPlan plan(int nightId) throws InvalidInputException {
        return plan(nightId, null);
    }

    /** As {@link #plan(int)}, the e-mails in {@code language} (null: the chamber's document language). */
    public SendPlan plan(int nightId, Locale language) throws InvalidInputException {
        InviteMailing mailing = calendar.prepareMailing(nightId, language);
        InvitePreview p = mailing.preview();
        String version = OutcomeWords.version(p.sequence(), p.method());
        Map<Integer, Delivery> ofThisVersion = new HashMap<>();
        for (Delivery d : log.forNight(nightId)) {
            if (d.isVersion(p.sequence(), p.method())) {
                ofThisVersion.put(d.contactId(), d);
            }
        }
        List<SendLine> lines = new ArrayList<>();
        for (Invitee i : mailing.mailable()) {
            Delivery d = ofThisVersion.get(i.contactId());
            SendLine line = new SendLine(i.contactId(), i.contactName(), i.email().strip(), SendLine.Outcome.WILL_SEND,
                    version, null, "");
            if (d == null || d.state() == Delivery.State.REFUSED) {
                lines.add(d == null ? line : line.as(SendLine.Outcome.WILL_SEND, null,
                        Messages.get("send.line.retry", d.serverReply())));
            } else if (d.state() == Delivery.State.SENT) {
                lines.add(line.as(SendLine.Outcome.ALREADY_SENT, d.finishedAtUtc(), ""));
            } else {
                lines.add(line.as(SendLine.Outcome.UNCERTAIN, d.startedAtUtc(),
                        Messages.get("send.line.uncertain")));
            }
        }
        for (InviteMailing.Skipped s : mailing.skipped()) {
            Invitee i = s.invitee();
            lines.add(new SendLine(i.contactId(), i.contactName(), i.missingEmail() ? "" : i.email().strip(),
                    SendLine.Outcome.SKIPPED, version, null, s.reason()));
        }
        return new SendPlan(mailing, version, lines);
    }

    /**
     * Sends the session's invite to everyone in {@link #plan} who will get it, in that order, through
     * {@code account}. Nothing is recorded when the server cannot be reached or refuses the sign-in.
     *
     * @throws MailFailure when the server cannot be reached or signed in to (nothing sent)
     */
    public SendReport send(int nightId, OutgoingAccount account, String password, Listener listener)
            throws InvalidInputException, MailFailure {
        return send(nightId, account, password, null, listener);
    }

    /** As {@link #send(int, OutgoingAccount, String, Listener)}, the e-mails in {@code language} (null: the chamber's). */
    public SendReport send(int nightId, OutgoingAccount account, String password, Locale language,
            Listener listener) throws InvalidInputException, MailFailure {
        SendPlan plan = plan(nightId, language);
        List<SendLine> lines = new ArrayList<>();
        List<SendLine> due = plan.toSend();
        int total = due.size();
        if (due.isEmpty()) {
            return new SendReport(plan.version(), plan.lines(), Optional.empty());
        }
        Map<Integer, Invitee> invitees = new HashMap<>();
        plan.mailing().mailable().forEach(i -> invitees.put(i.contactId(), i));
        Optional<String> stopped = Optional.empty();
        try (MailConnections.Connected<Transport> smtp = connections.openOutgoing(account, password)) {
            InviteIssue issue = calendar.recordMailing(plan.mailing());
            InvitePreview p = plan.mailing().preview();
            int done = 0;
            for (SendLine line : due) {
                if (stopped.isEmpty() && listener.cancelled()) {
                    stopped = Optional.of(Messages.get("send.stopped.cancel"));
                }
                if (stopped.isPresent()) {
                    lines.add(line.as(SendLine.Outcome.NOT_SENT, null, ""));
                    listener.done(lines.get(lines.size() - 1), ++done, total);
                    continue;
                }
                if (done > 0 && account.perMinute() > 0) {
                    try {
                        pacer.pause(60_000L / account.perMinute(), listener);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        stopped = Optional.of(Messages.get("send.stopped.interrupted"));
                        lines.add(line.as(SendLine.Outcome.NOT_SENT, null, ""));
                        listener.done(lines.get(lines.size() - 1), ++done, total);
                        continue;
                    }
                    if (listener.cancelled()) {
                        stopped = Optional.of(Messages.get("send.stopped.cancel"));
                        lines.add(line.as(SendLine.Outcome.NOT_SENT, null, ""));
                        listener.done(lines.get(lines.size() - 1), ++done, total);
                        continue;
                    }
                }
                Invitee invitee = invitees.get(line.contactId());
                MimeMessage message = message(smtp, plan.mailing(), invitee, account);
                Delivery d = log.begin(nightId, issue.id(), invitee.contactId(), p.sequence(), p.method(),
                        line.email(), now());
                SendLine result;
                try {
                    smtp.connection().sendMessage(message, new Address[] {recipient(invitee)});
                    String reply = smtp.connection() instanceof SMTPTransport t ? strip(t.getLastServerResponse()) : "";
                    LocalDateTime at = now();
                    log.sent(d.id(), at, reply);
                    result = line.as(SendLine.Outcome.SENT, at, "");
                } catch (SendFailedException e) {
                    if (!smtp.connection().isConnected()) {
                        // no refusal: the connection closed under the command, so the server took nothing
                        log.notSent(d.id());
                        stopped = Optional.of(dropped(account, done, total, e));
                        lines.add(line.as(SendLine.Outcome.NOT_SENT, null, ""));
                        listener.done(lines.get(lines.size() - 1), ++done, total);
                        continue;
                    }
                    String words = serverWords(e);
                    log.refused(d.id(), now(), words);
                    result = line.as(SendLine.Outcome.REFUSED, null, words);
                } catch (MessagingException e) {
                    // the server answered nothing for this message: it was not taken, and is sent again next time
                    log.notSent(d.id());
                    stopped = Optional.of(dropped(account, done, total, e));
                    result = line.as(SendLine.Outcome.NOT_SENT, null, "");
                }
                lines.add(result);
                listener.done(result, ++done, total);
            }
        }
        List<SendLine> all = new ArrayList<>(lines);
        plan.lines().stream().filter(l -> l.outcome() != SendLine.Outcome.WILL_SEND).forEach(all::add);
        return new SendReport(plan.version(), all, stopped);
    }

    private static String dropped(OutgoingAccount account, int done, int total, MessagingException e) {
        MailFailure f = MailConnections.describe(e, account.host(), account.port(), null);
        String said = f.kind() == MailFailure.Kind.OTHER ? Messages.get("send.stopped.failed", account.host(),
                f.getMessage()) : f.getMessage();
        return said + " " + Messages.get("send.stopped.handled", done, total);
    }

    private MimeMessage message(MailConnections.Connected<Transport> smtp, InviteMailing mailing, Invitee invitee,
            OutgoingAccount account) {
        try {
            MimeMessage m = new MimeMessage(smtp.session(), new ByteArrayInputStream(calendar.mailFor(mailing,
                    invitee)));
            m.removeHeader("X-Unsent"); // a draft's mark: this one is sent
            if (!account.fromAddress().isEmpty()) {
                m.setFrom(new InternetAddress(account.fromAddress(), account.fromName().isEmpty() ? null
                        : account.fromName(), "UTF-8"));
            }
            return m;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("the invite e-mail for " + invitee.contactName() + " could not be composed",
                    e);
        }
    }

    private static InternetAddress recipient(Invitee i) {
        try {
            return new InternetAddress(i.email().strip(), i.contactName(), "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The server's own reply to the refused recipient or message, e.g. "550 5.1.1 <x@y>: unknown user". */
    static String serverWords(SendFailedException e) {
        for (Exception x = e; x != null; x = x instanceof MessagingException m ? m.getNextException() : null) {
            if (x instanceof SMTPAddressFailedException || x instanceof SMTPSendFailedException) {
                return strip(x.getMessage());
            }
        }
        return strip(e.getMessage());
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
