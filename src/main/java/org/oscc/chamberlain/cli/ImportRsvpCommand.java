package org.oscc.chamberlain.cli;

import org.oscc.chamberlain.root.ChamberServices;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.oscc.chamberlain.calendar.RsvpImportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chamberlain import rsvp FILE...}: records the answers in the replies invitees' calendars sent back. */
@Command(name = "rsvp", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Records invitees' answers from the replies (METHOD:REPLY) their calendars sent back, as .ics "
                + "files or saved e-mails (.eml), in the order given. Replies for another session or from an address "
                + "that was not invited are reported, not applied.",
            "Exits 1 when nothing could be applied."})
class ImportRsvpCommand implements Callable<Integer> {
    @ParentCommand
    ImportCommand importing;
    @Spec
    CommandSpec spec;

    @Option(names = "--session", paramLabel = "ID",
            description = "Only apply replies for this session (default: each reply's own session, by its UID).")
    Integer session;
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Reply files (.ics or .eml).")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ChamberServices services = importing.parent.openServices()) {
            RsvpImportResult result = services.calendar().importReplies(session, files);
            result.applied().forEach(a -> o.println(a.describe()));
            o.println("Recorded " + result.changedCount() + " changed "
                    + (result.changedCount() == 1 ? "answer" : "answers") + " from " + result.applied().size()
                    + (result.applied().size() == 1 ? " reply." : " replies."));
            if (!result.notApplied().isEmpty()) {
                err.println("Not applied:");
                result.notApplied().forEach(p -> err.println("  " + p));
            }
            // exit 1 means "nothing written": only when nothing at all could be applied
            return result.applied().isEmpty() && !result.notApplied().isEmpty() ? ExitCodes.INPUT_REFUSED
                    : ExitCodes.DONE;
        }
    }
}
