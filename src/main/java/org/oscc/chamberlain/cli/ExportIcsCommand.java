package org.oscc.chamberlain.cli;

import org.oscc.chamberlain.root.ChamberServices;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.oscc.chamberlain.calendar.CalendarService;
import org.oscc.chamberlain.calendar.InvitePreview;
import org.oscc.chamberlain.calendar.InviteWarning;
import org.oscc.chamberlain.calendar.IssuedFile;
import org.oscc.chamberlain.text.Messages;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code chamberlain export ics}: issues one session's calendar invite (or its cancellation) as an .ics file, or
 * writes the season feed of every scheduled session.
 */
@Command(name = "ics", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"${bundle:cli.help.export.ics}", "${bundle:cli.help.export.ics.feed}"})
class ExportIcsCommand implements Callable<Integer> {
    @ParentCommand
    ExportCommand export;
    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    static final class Which {
        @Option(names = "--session", paramLabel = "ID", descriptionKey = "cli.help.export.session")
        Integer session;
        @Option(names = "--all", descriptionKey = "cli.help.export.ics.all")
        boolean all;
    }

    @Option(names = "--out", paramLabel = "${bundle:cli.label.file}", required = true,
            descriptionKey = "cli.help.export.ics.out")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        try (ChamberServices services = export.parent.openServices()) {
            CalendarService calendar = services.calendar();
            // --lang chooses the words inside the .ics too; without it, the chamber's document language (Settings)
            java.util.Locale language = AskedLanguage.of(spec).orElse(null);
            if (which.all) {
                int sessions = calendar.seasonFeed(out, language);
                o.println(Messages.get("cli.export.feed", out, sessions));
                return ExitCodes.DONE;
            }
            IssuedFile issued = calendar.issue(which.session, out, language);
            o.println(Messages.get("cli.export.ics", out, issued.issued().summary(), issued.uid()));
            printIssue(issued.issued(), o);
            return ExitCodes.DONE;
        }
    }

    /** What changed since the last issued invite, and the warnings: shared with {@code export invites}. */
    static void printIssue(InvitePreview issued, PrintWriter o) {
        if (!issued.issuedBefore()) {
            o.println(Messages.get("cli.export.firstIssue", issued.title()));
        } else if (issued.changes().isEmpty()) {
            o.println(Messages.get("cli.export.noChange",
                    Integer.toString(issued.lastIssuedSequence().getAsInt())));
        } else {
            o.println(Messages.get("cli.export.changed", Integer.toString(issued.lastIssuedSequence().getAsInt())));
            issued.changes().forEach(c -> o.println("  " + c));
        }
        if (!issued.warnings().isEmpty()) {
            o.println(Messages.get("cli.export.warnings"));
            for (InviteWarning w : issued.warnings()) {
                o.println("  " + w.message());
            }
        }
    }
}
