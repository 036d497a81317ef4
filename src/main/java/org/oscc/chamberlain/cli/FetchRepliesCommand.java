package org.oscc.chamberlain.cli;

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
        description = {"Reads the messages that came to the replies folder (incoming account in Settings) since the "
                + "last check, applies the RSVP replies among them as 'import rsvp' does, and marks them processed "
                + "(read, or moved: a setting). Other messages are left as they were.",
            "The password comes from $CHAMBERLAIN_IMAP_PASSWORD, else the credential store, else it is asked.",
            "Exits 1 when the server could not be read."})
class FetchRepliesCommand implements Callable<Integer> {
    static final String PASSWORD_VARIABLE = "CHAMBERLAIN_IMAP_PASSWORD";

    @ParentCommand
    FetchCommand fetch;
    @Spec
    CommandSpec spec;

    @Option(names = "--dry-run", description = "List the replies found; apply, mark and remember nothing.")
    boolean dryRun;
    @ArgGroup(exclusive = false, heading = "Incoming account (overrides Settings):%n")
    MailOptions.Incoming overrides = new MailOptions.Incoming();

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ChamberServices services = fetch.parent.openServices()) {
            IncomingAccount account = overrides.applyTo(services.mailSettings().current().incoming(), spec);
            Optional<String> password = MailWiring.password(fetch.parent, PASSWORD_VARIABLE, account.passwordKey(),
                    "Password of " + account.user() + " at " + account.host() + ": ");
            if (password.isEmpty()) {
                err.println("No password for " + account.user() + " at " + account.host() + ": set "
                        + PASSWORD_VARIABLE + ".");
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
                err.println("Not applied:");
                report.result().notApplied().forEach(p -> err.println("  " + p));
            }
            return ExitCodes.DONE;
        }
    }
}
