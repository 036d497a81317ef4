package org.oscc.chamberlain.cli;

import org.oscc.chamberlain.root.ChamberServices;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.oscc.chamberlain.calendar.RsvpImportResult;
import org.oscc.chamberlain.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chamberlain import rsvp FILE...}: records the answers in the replies invitees' calendars sent back. */
@Command(name = "rsvp", mixinStandardHelpOptions = true, sortOptions = false,
        description = "${bundle:cli.help.import.rsvp}")
class ImportRsvpCommand implements Callable<Integer> {
    @ParentCommand
    ImportCommand importing;
    @Spec
    CommandSpec spec;

    @Option(names = "--session", paramLabel = "ID", descriptionKey = "cli.help.import.rsvp.session")
    Integer session;
    @Parameters(arity = "1..*", paramLabel = "${bundle:cli.label.file}", descriptionKey = "cli.help.import.rsvp.files")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ChamberServices services = importing.parent.openServices()) {
            RsvpImportResult result = services.calendar().importReplies(session, files);
            result.applied().forEach(a -> o.println(a.describe()));
            o.println(Messages.get("cli.import.rsvp.recorded", result.changedCount(), result.applied().size()));
            if (!result.notApplied().isEmpty()) {
                err.println(Messages.get("cli.import.rsvp.notApplied"));
                result.notApplied().forEach(p -> err.println("  " + p));
            }
            // exit 1 means "nothing written": only when nothing at all could be applied
            return result.applied().isEmpty() && !result.notApplied().isEmpty() ? ExitCodes.INPUT_REFUSED
                    : ExitCodes.DONE;
        }
    }
}
