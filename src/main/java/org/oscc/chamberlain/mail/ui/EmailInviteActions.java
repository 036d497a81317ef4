package org.oscc.chamberlain.mail.ui;

import java.time.ZoneId;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.oscc.chamberlain.calendar.ui.InviteMailActions;
import org.oscc.chamberlain.mail.IncomingAccount;
import org.oscc.chamberlain.mail.InviteSender;
import org.oscc.chamberlain.mail.MailFailure;
import org.oscc.chamberlain.mail.MailSettingsService;
import org.oscc.chamberlain.mail.ReplyFetcher;
import org.oscc.chamberlain.ui.BackgroundTasks;
import org.oscc.chamberlain.ui.ErrorReporter;
import org.oscc.chamberlain.ui.Messages;

/** The invite dialog's e-mail buttons: the send dialog, and a check of the replies folder. */
public final class EmailInviteActions implements InviteMailActions {
    private final InviteSender sender;
    private final ReplyFetcher fetcher;
    private final MailSettingsService settings;
    private final MailPasswordPrompt passwords;
    private final Supplier<ZoneId> zone;
    private final BackgroundTasks tasks;

    public EmailInviteActions(InviteSender sender, ReplyFetcher fetcher, MailSettingsService settings,
            MailPasswordPrompt passwords, Supplier<ZoneId> zone, BackgroundTasks tasks) {
        this.sender = sender;
        this.fetcher = fetcher;
        this.settings = settings;
        this.passwords = passwords;
        this.zone = zone;
        this.tasks = tasks;
    }

    @Override
    public void send(int nightId, Window owner, Runnable changed) {
        new SendInvitesDialog(sender, () -> settings.current().outgoing(), passwords, zone, tasks, nightId, owner,
                changed).show();
    }

    @Override
    public void checkReplies(Window owner, Consumer<String> summary, Runnable changed) {
        summary.accept(Messages.get("replies.checking"));
        passwords.passwordFor(owner, () -> settings.current().incoming(), MailPasswordPrompt::of,
                (account, password) -> account.ifPresent(a -> fetch(a, password, summary, changed)),
                failure -> shown(failure, summary));
    }

    private void fetch(IncomingAccount account, String password, Consumer<String> summary, Runnable changed) {
        tasks.run(Messages.get("replies.checking"), () -> fetcher.fetch(account, password, false), report -> {
            StringBuilder text = new StringBuilder(report.summary());
            report.result().applied().forEach(a -> text.append("\n\u2022 ").append(a.describe()));
            report.result().notApplied().forEach(n -> text.append("\n\u2022 ").append(n));
            summary.accept(text.toString());
            changed.run();
        }, failure -> shown(failure, summary));
    }

    private static void shown(Throwable failure, Consumer<String> summary) {
        if (failure instanceof MailFailure plain) {
            summary.accept(plain.getMessage());
        } else {
            summary.accept("");
            ErrorReporter.report(failure);
        }
    }
}
