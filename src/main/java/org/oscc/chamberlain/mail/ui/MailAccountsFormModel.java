package org.oscc.chamberlain.mail.ui;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import org.oscc.chamberlain.mail.IncomingAccount;
import org.oscc.chamberlain.mail.MailAccounts;
import org.oscc.chamberlain.mail.MailPasswords;
import org.oscc.chamberlain.mail.MailSecurity;
import org.oscc.chamberlain.mail.MailSettingsService;
import org.oscc.chamberlain.mail.OutgoingAccount;
import org.oscc.chamberlain.ui.BackgroundTasks;
import org.oscc.chamberlain.ui.FormModel;
import org.oscc.chamberlain.ui.Messages;
import org.oscc.chamberlain.validation.Problems;

/**
 * What the E-mail accounts part of Settings edits: both accounts as typed (ports and the rate are read here and
 * become problems of their fields) and the two passwords, which go to {@link MailPasswords}, never to the settings.
 */
final class MailAccountsFormModel extends FormModel {
    final StringProperty smtpHost = textField("smtpHost");
    final StringProperty smtpPort = textField("smtpPort");
    final ObjectProperty<MailSecurity> smtpSecurity = valueField("smtpSecurity");
    final StringProperty smtpUser = textField("smtpUser");
    final StringProperty smtpPassword = textField("smtpPassword");
    final StringProperty fromName = textField("fromName");
    final StringProperty fromAddress = textField("fromAddress");
    final StringProperty perMinute = textField("perMinute");
    final StringProperty imapHost = textField("imapHost");
    final StringProperty imapPort = textField("imapPort");
    final ObjectProperty<Boolean> imapSsl = valueField("imapSsl");
    final StringProperty imapUser = textField("imapUser");
    final StringProperty imapPassword = textField("imapPassword");
    final StringProperty imapFolder = textField("imapFolder");
    final ObjectProperty<IncomingAccount.Marking> marking = valueField("marking");
    final StringProperty processedFolder = textField("processedFolder");

    private final MailSettingsService settings;
    private final MailPasswords passwords;
    private final BackgroundTasks tasks;

    MailAccountsFormModel(MailSettingsService settings, MailPasswords passwords, BackgroundTasks tasks) {
        this.settings = settings;
        this.passwords = passwords;
        this.tasks = tasks;
    }

    /** What is stored, with the passwords known for the accounts (read in the background). */
    record Shown(MailAccounts accounts, String smtpPassword, String imapPassword) {
    }

    Shown loadStored() {
        MailAccounts a = settings.current();
        return new Shown(a, passwords.find(a.outgoing().passwordKey()).orElse(""),
                passwords.find(a.incoming().passwordKey()).orElse(""));
    }

    void show(Shown s) {
        OutgoingAccount o = s.accounts().outgoing();
        IncomingAccount i = s.accounts().incoming();
        load(() -> {
            smtpHost.set(o.host());
            smtpPort.set(Integer.toString(o.port()));
            smtpSecurity.set(o.security());
            smtpUser.set(o.user());
            smtpPassword.set(s.smtpPassword());
            fromName.set(o.fromName());
            fromAddress.set(o.fromAddress());
            perMinute.set(Integer.toString(o.perMinute()));
            imapHost.set(i.host());
            imapPort.set(Integer.toString(i.port()));
            imapSsl.set(i.ssl());
            imapUser.set(i.user());
            imapPassword.set(s.imapPassword());
            imapFolder.set(i.folder());
            marking.set(i.marking());
            processedFolder.set(i.processedFolder());
        });
    }

    /** The accounts as typed, or empty with every problem shown on its field. */
    Optional<MailAccounts> read() {
        Problems problems = new Problems();
        int sp = number("smtpPort", smtpPort.get(), 1, 65535, "mail.port.invalid", problems);
        int ip = number("imapPort", imapPort.get(), 1, 65535, "mail.port.invalid", problems);
        int rate = number("perMinute", perMinute.get(), 0, 10_000, "mail.count.invalid", problems);
        if (!problems.isEmpty()) {
            showProblems(problems.list());
            return Optional.empty();
        }
        return Optional.of(new MailAccounts(
                new OutgoingAccount(text(smtpHost), sp, smtpSecurity.get(), text(smtpUser), text(fromName),
                        text(fromAddress), rate),
                new IncomingAccount(text(imapHost), ip, !Boolean.FALSE.equals(imapSsl.get()), text(imapUser),
                        text(imapFolder), marking.get(), text(processedFolder))));
    }

    @Override
    public void save(Consumer<Boolean> done) {
        Optional<MailAccounts> edited = read();
        if (edited.isEmpty()) {
            done.accept(false);
            return;
        }
        String smtpPw = smtpPassword.get() == null ? "" : smtpPassword.get();
        String imapPw = imapPassword.get() == null ? "" : imapPassword.get();
        storeInBackground(tasks, Messages.get("mail.save"), () -> {
            settings.save(edited.get());
            passwords.keep(edited.get().outgoing().passwordKey(), smtpPw);
            passwords.keep(edited.get().incoming().passwordKey(), imapPw);
            return loadStored();
        }, this::show, Messages.get("mail.saved"), done);
    }

    @Override
    public String unsavedName() {
        return Messages.get("mail.unsaved");
    }

    String smtpPasswordTyped() {
        return smtpPassword.get() == null ? "" : smtpPassword.get();
    }

    String imapPasswordTyped() {
        return imapPassword.get() == null ? "" : imapPassword.get();
    }

    private int number(String key, String typed, int min, int max, String reason, Problems problems) {
        try {
            int n = Integer.parseInt(typed == null ? "" : typed.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the problem below says what to type
        }
        problems.add(key, label(key), Messages.get(reason));
        return 0;
    }

    static String label(String key) {
        return Messages.get("mail." + key);
    }

    private static String text(StringProperty p) {
        return p.get() == null ? "" : p.get().strip();
    }
}
