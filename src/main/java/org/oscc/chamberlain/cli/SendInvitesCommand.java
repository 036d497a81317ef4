package org.oscc.chamberlain.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.oscc.chamberlain.mail.InviteSender;
import org.oscc.chamberlain.mail.MailFailure;
import org.oscc.chamberlain.mail.OutcomeWords;
import org.oscc.chamberlain.mail.OutgoingAccount;
import org.oscc.chamberlain.mail.SendLine;
import org.oscc.chamberlain.mail.SendPlan;
import org.oscc.chamberlain.mail.SendReport;
import org.oscc.chamberlain.root.ChamberServices;
import org.oscc.chamberlain.text.DateTimeText;
import org.oscc.chamberlain.text.Messages;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chamberlain send invites --session N}: e-mails the session's invite to those who do not have it yet. */
@Command(name = "invites", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"${bundle:cli.help.send.invites}", "${bundle:cli.help.send.invites.password}",
            "${bundle:cli.help.send.invites.exit}"})
class SendInvitesCommand implements Callable<Integer> {
    static final String PASSWORD_VARIABLE = "CHAMBERLAIN_SMTP_PASSWORD";

    @ParentCommand
    SendCommand send;
    @Spec
    CommandSpec spec;

    @Option(names = "--session", required = true, paramLabel = "ID", descriptionKey = "cli.help.send.invites.session")
    int session;
    @Option(names = "--dry-run", descriptionKey = "cli.help.send.invites.dryRun")
    boolean dryRun;
    @ArgGroup(exclusive = false, headingKey = "cli.help.send.account")
    MailOptions.Outgoing overrides = new MailOptions.Outgoing();

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ChamberServices services = send.parent.openServices()) {
            ZoneId zone = services.settings().current().timeZone();
            InviteSender sender = services.inviteSender();
            // --lang chooses the e-mails' language too; without it, the chamber's document language (Settings)
            java.util.Locale language = AskedLanguage.of(spec).orElse(null);
            SendPlan plan = sender.plan(session, language);
            if (dryRun) {
                o.println(plan.mailing().preview().title() + ": " + plan.version());
                plan.lines().forEach(l -> o.println("  " + line(l, zone)));
                o.println(Messages.get("cli.send.dryRun", plan.toSend().size()));
                return ExitCodes.DONE;
            }
            OutgoingAccount account = overrides.applyTo(services.mailSettings().current().outgoing(), spec);
            String password = "";
            if (account.signsIn() && !plan.toSend().isEmpty()) {
                Optional<String> found = MailWiring.password(send.parent, PASSWORD_VARIABLE, account.passwordKey(),
                        Messages.get("cli.send.password", account.user(), account.host()) + " ");
                if (found.isEmpty()) {
                    err.println(Messages.get("cli.send.noPassword", account.user(), account.host(),
                            PASSWORD_VARIABLE));
                    return ExitCodes.INPUT_REFUSED;
                }
                password = found.get();
            }
            SendReport report;
            try {
                report = sender.send(session, account, password, language, InviteSender.Listener.NONE);
            } catch (MailFailure f) {
                err.println(f.getMessage() + " " + Messages.get("cli.send.nothingSent"));
                return ExitCodes.INPUT_REFUSED;
            }
            o.println(plan.mailing().preview().title() + ": " + report.version());
            report.lines().stream().filter(l -> l.outcome() != SendLine.Outcome.REFUSED)
                    .forEach(l -> o.println("  " + line(l, zone)));
            o.println(report.summary());
            if (!report.refused().isEmpty()) {
                err.println(Messages.get("cli.send.refused"));
                report.refused().forEach(l -> err.println("  " + l.who() + ": " + l.words()));
            }
            return report.refused().isEmpty() && report.stoppedBecause().isEmpty() ? ExitCodes.DONE
                    : ExitCodes.INPUT_REFUSED;
        }
    }

    private static String line(SendLine l, ZoneId zone) {
        String when = l.whenUtc() == null ? "" : " " + DateTimeText.fromUtc(l.whenUtc(), zone);
        String words = l.words().isEmpty() ? "" : ": " + l.words();
        return l.who() + ": " + OutcomeWords.of(l.outcome()) + when + words;
    }
}
