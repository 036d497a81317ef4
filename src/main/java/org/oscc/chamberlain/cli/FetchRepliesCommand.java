package org.oscc.chamberlain.cli;

import org.oscc.chamberlain.text.Messages;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.oscc.chamberlain.mail.FetchReport;
import org.oscc.chamberlain.mail.IncomingAccount;
import org.oscc.chamberlain.mail.MailFailure;
import org.oscc.chamberlain.root.ChamberServices;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chamberlain fetch replies}: applies the RSVP replies that came to the replies folder since the last check. */
@Command(name = "replies", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"${bundle:cli.help.fetch.replies}", "${bundle:cli.help.fetch.replies.password}",
            "${bundle:cli.help.fetch.replies.exit}"})
class FetchRepliesCommand implements Callable<Integer> {
    static final String PASSWORD_VARIABLE = "CHAMBERLAIN_IMAP_PASSWORD";

    @ParentCommand
    FetchCommand fetch;
    @Spec
    CommandSpec spec;

    @Option(names = "--dry-run", descriptionKey = "cli.help.fetch.replies.dryRun")
    boolean dryRun;
    @ArgGroup(exclusive = false, headingKey = "cli.help.fetch.account")
    MailOptions.Incoming overrides = new MailOptions.Incoming();

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ChamberServices services = fetch.parent.openServices()) {
            IncomingAccount account = overrides.applyTo(services.mailSettings().current().incoming(), spec);
            Optional<String> password = MailWiring.password(fetch.parent, PASSWORD_VARIABLE, account.passwordKey(),
                    Messages.get("cli.fetch.password", account.user(), account.host()) + " ");
            if (password.isEmpty()) {
                err.println(Messages.get("cli.fetch.noPassword", account.user(), account.host(), PASSWORD_VARIABLE));
                return ExitCodes.INPUT_REFUSED;
            }
            FetchReport report;
            try {
                report = services.replyFetcher().fetch(account, password.get(), dryRun);
            } catch (MailFailure f) {
                err.println(f.getMessage());
                return ExitCodes.INPUT_REFUSED;
            }
            if (dryRun) {
                report.replies().forEach(r -> o.println("  " + r));
            }
            report.result().applied().forEach(a -> o.println(a.describe()));
            o.println(report.summary());
            if (!report.result().notApplied().isEmpty()) {
                err.println(Messages.get("cli.fetch.notApplied"));
                report.result().notApplied().forEach(p -> err.println("  " + p));
            }
            return ExitCodes.DONE;
        }
    }
}
