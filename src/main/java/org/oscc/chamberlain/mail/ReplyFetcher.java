package org.oscc.chamberlain.mail;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.oscc.chamberlain.calendar.CalendarService;
import org.oscc.chamberlain.calendar.ReplyMessage;
import org.oscc.chamberlain.calendar.ReplyReader;
import org.oscc.chamberlain.calendar.RsvpImportResult;
import org.oscc.chamberlain.text.Messages;

/**
 * Checks the replies folder: reads the messages that came since the last check (by IMAP UID), applies those that
 * carry an RSVP reply exactly as dropped reply files are applied ({@link CalendarService#importReplyMessages}),
 * and marks them processed (flagged as read where they are, or moved to another folder). Other messages are left
 * as they were.
 */
public class ReplyFetcher {
    /** The keyword set on processed replies where the server takes keywords; otherwise they are flagged. */
    static final String PROCESSED_KEYWORD = "ChamberlainApplied";

    private final CalendarService calendar;
    private final MailSettingsService settings;
    private final MailConnections connections;
    private final ReplyReader reader = new ReplyReader();

    public ReplyFetcher(CalendarService calendar, MailSettingsService settings, MailConnections connections) {
        this.calendar = calendar;
        this.settings = settings;
        this.connections = connections;
    }

    /** With {@code dryRun} nothing is applied, marked or remembered: the report says what would be. */
    public FetchReport fetch(IncomingAccount account, String password, boolean dryRun) throws MailFailure {
        try (MailConnections.Connected<Store> imap = connections.openIncoming(account, password)) {
            Folder folder = imap.connection().getFolder(account.folder());
            if (!folder.exists()) {
                throw new MailFailure(MailFailure.Kind.FOLDER_MISSING, Messages.get("fetch.noFolder", account.host(),
                        account.folder()), null);
            }
            folder.open(dryRun ? Folder.READ_ONLY : Folder.READ_WRITE);
            try {
                return read(account, folder, dryRun);
            } finally {
                folder.close(!dryRun && account.marking() == IncomingAccount.Marking.MOVE);
            }
        } catch (MessagingException | IOException e) {
            throw MailConnections.describe(e, account.host(), account.port(), null);
        }
    }

    private FetchReport read(IncomingAccount account, Folder folder, boolean dryRun)
            throws MessagingException, IOException {
        UIDFolder uids = (UIDFolder) folder;
        long validity = uids.getUIDValidity();
        OptionalLong last = settings.lastUid(account.host(), account.folder(), validity);
        Message[] messages = uids.getMessagesByUID(last.orElse(0) + 1, UIDFolder.LASTUID);
        List<Message> replies = new ArrayList<>();
        List<ReplyMessage> contents = new ArrayList<>();
        long highest = last.orElse(0);
        int read = 0;
        for (Message m : messages) {
            long uid = uids.getUID(m);
            if (uid <= last.orElse(0)) {
                continue; // IMAP returns the last message for a range that starts past the end
            }
            read++;
            highest = Math.max(highest, uid);
            if (m.getFlags().contains(PROCESSED_KEYWORD)) {
                continue;
            }
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            m.writeTo(raw);
            byte[] bytes = raw.toByteArray();
            if (reader.replyUids(bytes).isEmpty()) {
                continue;
            }
            replies.add(m);
            contents.add(new ReplyMessage(nameOf(m), bytes));
        }
        RsvpImportResult result = dryRun ? new RsvpImportResult(List.of(), List.of())
                : calendar.importReplyMessages(contents);
        if (!dryRun) {
            mark(account, folder, replies);
            settings.rememberLastUid(account.host(), account.folder(), validity, highest);
        }
        return new FetchReport(read, contents.stream().map(ReplyMessage::name).toList(), read - replies.size(), result,
                dryRun);
    }

    private void mark(IncomingAccount account, Folder folder, List<Message> replies) throws MessagingException {
        if (replies.isEmpty()) {
            return;
        }
        Message[] done = replies.toArray(new Message[0]);
        if (account.marking() == IncomingAccount.Marking.MOVE) {
            Folder to = folder.getStore().getFolder(account.processedFolder());
            if (!to.exists()) {
                to.create(Folder.HOLDS_MESSAGES);
            }
            folder.copyMessages(done, to);
            folder.setFlags(done, new Flags(Flags.Flag.DELETED), true);
            return;
        }
        Flags flags = new Flags(Flags.Flag.SEEN);
        if (folder.getPermanentFlags().contains(Flags.Flag.USER)) {
            flags.add(PROCESSED_KEYWORD);
        } else {
            flags.add(Flags.Flag.FLAGGED);
        }
        folder.setFlags(done, flags, true);
    }

    /** "the e-mail from bob@example.org (Accepted: December pitch night)". */
    private static String nameOf(Message m) throws MessagingException {
        String from = m.getFrom() != null && m.getFrom().length > 0 && m.getFrom()[0] instanceof InternetAddress a
                ? a.getAddress() : Messages.get("fetch.unknownSender");
        String subject = m.getSubject() == null ? "" : " (" + m.getSubject() + ")";
        return Messages.get("fetch.mailFrom", from) + subject;
    }
}
