package org.oscc.chamberlain.cli;

import org.oscc.chamberlain.root.ChamberServices;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.oscc.chamberlain.calendar.InviteMailWriter;
import org.oscc.chamberlain.calendar.IssuedMails;
import org.oscc.chamberlain.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chamberlain export invites}: issues a session's invite as .eml drafts, ready to send from a mail program. */
@Command(name = "invites", mixinStandardHelpOptions = true, sortOptions = false,
        description = "${bundle:cli.help.export.invites}")
class ExportInvitesCommand implements Callable<Integer> {
    @ParentCommand
    ExportCommand export;
    @Spec
    CommandSpec spec;

    @Option(names = "--session", paramLabel = "ID", required = true,
            descriptionKey = "cli.help.export.session")
    int session;
    @Option(names = "--out", paramLabel = "${bundle:cli.label.folder}", required = true,
            descriptionKey = "cli.help.export.invites.out")
    Path out;
    @Option(names = "--bcc", descriptionKey = "cli.help.export.invites.bcc")
    boolean bcc;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        try (ChamberServices services = export.parent.openServices()) {
            // --lang chooses the e-mails' language too; without it, the chamber's document language (Settings)
            IssuedMails mails = services.calendar().writeInviteEmails(session,
                    bcc ? InviteMailWriter.Mode.ONE_WITH_BCC : InviteMailWriter.Mode.ONE_PER_INVITEE, out,
                    AskedLanguage.of(spec).orElse(null));
            int n = mails.drafts().size();
            o.println(Messages.get("cli.export.drafts", n, out, mails.issued().summary(), mails.issued().uid()));
            ExportIcsCommand.printIssue(mails.issued(), o);
            if (!mails.skipped().isEmpty()) {
                o.println(Messages.get("cli.export.noEmailFor"));
                mails.skipped().forEach(s -> o.println("  " + s));
            }
            return ExitCodes.DONE;
        }
    }
}
