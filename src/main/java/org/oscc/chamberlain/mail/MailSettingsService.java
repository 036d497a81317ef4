package org.oscc.chamberlain.mail;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.oscc.chamberlain.settings.SettingsRepository;
import org.oscc.chamberlain.settings.SettingsService;
import org.oscc.chamberlain.text.Messages;
import org.oscc.chamberlain.validation.InvalidInputException;
import org.oscc.chamberlain.validation.Problems;

/**
 * The chamber's mail accounts as settings rows (never a password), their rules, and where the last check of replies
 * stopped (the folder's UIDVALIDITY and the highest UID read), so that a check reads only what came since.
 */
public class MailSettingsService {
    static final String SMTP_HOST = "mail.smtp.host";
    static final String SMTP_PORT = "mail.smtp.port";
    static final String SMTP_SECURITY = "mail.smtp.security";
    static final String SMTP_USER = "mail.smtp.user";
    static final String FROM_NAME = "mail.from.name";
    static final String FROM_ADDRESS = "mail.from.address";
    static final String PER_MINUTE = "mail.smtp.per.minute";
    static final String IMAP_HOST = "mail.imap.host";
    static final String IMAP_PORT = "mail.imap.port";
    static final String IMAP_SSL = "mail.imap.ssl";
    static final String IMAP_USER = "mail.imap.user";
    static final String IMAP_FOLDER = "mail.imap.folder";
    static final String IMAP_MARKING = "mail.imap.marking";
    static final String IMAP_PROCESSED = "mail.imap.processed.folder";
    static final String LAST_UID = "mail.imap.last.uid";
    static final String UID_VALIDITY = "mail.imap.uid.validity";
    static final String LAST_FOLDER = "mail.imap.last.folder";

    private final SettingsRepository repository;

    public MailSettingsService(SettingsRepository repository) {
        this.repository = repository;
    }

    public MailAccounts current() {
        Map<String, String> v = repository.loadAll();
        MailAccounts d = MailAccounts.NONE;
        OutgoingAccount out = new OutgoingAccount(v.getOrDefault(SMTP_HOST, ""),
                intOr(v.get(SMTP_PORT), d.outgoing().port()),
                MailSecurity.parse(v.get(SMTP_SECURITY)).orElse(d.outgoing().security()),
                v.getOrDefault(SMTP_USER, ""), v.getOrDefault(FROM_NAME, ""), v.getOrDefault(FROM_ADDRESS, ""),
                intOr(v.get(PER_MINUTE), 0));
        IncomingAccount in = new IncomingAccount(v.getOrDefault(IMAP_HOST, ""),
                intOr(v.get(IMAP_PORT), d.incoming().port()), !"false".equals(v.get(IMAP_SSL)),
                v.getOrDefault(IMAP_USER, ""), v.getOrDefault(IMAP_FOLDER, "INBOX"),
                "MOVE".equals(v.get(IMAP_MARKING)) ? IncomingAccount.Marking.MOVE : IncomingAccount.Marking.FLAG,
                v.getOrDefault(IMAP_PROCESSED, ""));
        return new MailAccounts(out, in);
    }

    /** Checks both accounts and saves them in one transaction, or nothing. */
    public void save(MailAccounts accounts) throws InvalidInputException {
        Problems problems = new Problems();
        OutgoingAccount o = accounts.outgoing();
        IncomingAccount i = accounts.incoming();
        checkPort(problems, "smtpPort", Messages.get("mailSettings.outgoingPort"), o.port());
        if (o.configured() && o.fromAddress().isEmpty()) {
            problems.add("fromAddress", Messages.get("mailSettings.fromAddress"),
                    Messages.get("mailSettings.fromRequired"));
        } else if (!o.fromAddress().isEmpty() && !SettingsService.EMAIL.matcher(o.fromAddress()).matches()) {
            problems.add("fromAddress", Messages.get("mailSettings.fromAddress"),
                    Messages.get("mailSettings.fromInvalid", o.fromAddress()));
        }
        if (o.perMinute() < 0 || o.perMinute() > 10_000) {
            problems.add("perMinute", Messages.get("mailSettings.perMinute"), Messages.get("mailSettings.perMinuteRange"));
        }
        checkPort(problems, "imapPort", Messages.get("mailSettings.incomingPort"), i.port());
        if (i.marking() == IncomingAccount.Marking.MOVE && i.processedFolder().equalsIgnoreCase(i.folder())) {
            problems.add("processedFolder", Messages.get("mailSettings.processedFolder"),
                    Messages.get("mailSettings.sameFolder"));
        }
        problems.throwIfAny();
        Map<String, String> values = new LinkedHashMap<>();
        values.put(SMTP_HOST, o.host());
        values.put(SMTP_PORT, Integer.toString(o.port()));
        values.put(SMTP_SECURITY, o.security().name());
        values.put(SMTP_USER, o.user());
        values.put(FROM_NAME, o.fromName());
        values.put(FROM_ADDRESS, o.fromAddress());
        values.put(PER_MINUTE, Integer.toString(o.perMinute()));
        values.put(IMAP_HOST, i.host());
        values.put(IMAP_PORT, Integer.toString(i.port()));
        values.put(IMAP_SSL, Boolean.toString(i.ssl()));
        values.put(IMAP_USER, i.user());
        values.put(IMAP_FOLDER, i.folder());
        values.put(IMAP_MARKING, i.marking().name());
        values.put(IMAP_PROCESSED, i.processedFolder());
        repository.saveAll(values);
    }

    /** Where the last check of {@code folder} stopped: the highest UID read, when the folder is still the same one. */
    public OptionalLong lastUid(String host, String folder, long uidValidity) {
        Map<String, String> v = repository.loadAll();
        String where = host + "/" + folder;
        if (!where.equals(v.get(LAST_FOLDER)) || !Long.toString(uidValidity).equals(v.get(UID_VALIDITY))) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(v.getOrDefault(LAST_UID, "")));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    public void rememberLastUid(String host, String folder, long uidValidity, long uid) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(LAST_FOLDER, host + "/" + folder);
        values.put(UID_VALIDITY, Long.toString(uidValidity));
        values.put(LAST_UID, Long.toString(uid));
        repository.saveAll(values);
    }

    private static void checkPort(Problems problems, String key, String label, int port) {
        if (port < 1 || port > 65535) {
            problems.add(key, label, Messages.get("mailSettings.portRange"));
        }
    }

    private static int intOr(String text, int fallback) {
        try {
            return text == null ? fallback : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
