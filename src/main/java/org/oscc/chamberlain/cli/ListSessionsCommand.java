package org.oscc.chamberlain.cli;

import org.oscc.chamberlain.root.ChamberServices;
import org.oscc.chamberlain.reports.FormulaGuard;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.oscc.chamberlain.pitches.PitchNightService;
import org.oscc.chamberlain.pitches.SessionRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import org.oscc.chamberlain.text.DateTimeText;

/** {@code chamberlain list sessions}: pitch nights with their start times and RSVP counts, upcoming first. */
@Command(name = "sessions", mixinStandardHelpOptions = true,
        description = "Lists pitch nights (upcoming first, then past) with their RSVP counts.")
class ListSessionsCommand implements Callable<Integer> {
    static final List<String> HEADERS = List.of("id", "title", "start", "time zone", "status", "venue", "invited",
            "accepted", "tentative", "declined", "waitlisted", "attended");

    enum Format { TABLE, CSV }

    @ParentCommand
    ListCommand list;
    @Spec
    CommandSpec spec;
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default) or csv.")
    Format format;

    @Override
    public Integer call() throws Exception {
        try (ChamberServices services = list.parent.openServices()) {
            PitchNightService service = services.pitchNights();
            List<SessionRow> rows = service.list();
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.CSV) {
                printCsv(rows, out);
            } else {
                printTable(rows, out);
            }
            return ExitCodes.DONE;
        }
    }

    static List<String> cells(SessionRow r) {
        return List.of(Integer.toString(r.id()), r.title(), DateTimeText.dateTime(r.start().toLocalDateTime()), DateTimeText.zone(r.start().getZone()),
                r.status().name(), r.venue(), Integer.toString(r.invited()), Integer.toString(r.accepted()),
                Integer.toString(r.tentative()), Integer.toString(r.declined()), Integer.toString(r.waitlisted()),
                Integer.toString(r.attended()));
    }

    static void printCsv(List<SessionRow> rows, PrintWriter out) throws IOException {
        CSVFormat csv = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
        try (CSVPrinter printer = new CSVPrinter(out, csv)) {
            printer.printRecord(HEADERS);
            for (SessionRow r : rows) {
                printer.printRecord(cells(r).stream().map(FormulaGuard::forCsv).toList());
            }
            printer.flush();
        }
    }

    static void printTable(List<SessionRow> rows, PrintWriter out) {
        if (rows.isEmpty()) {
            out.println("No pitch nights yet.");
            return;
        }
        String line = "%5s  %-32s  %-16s  %-20s  %-9s  %7s  %8s  %9s  %8s  %10s  %8s%n";
        out.printf(line, "Id", "Title", "Start", "Time zone", "Status", "Invited", "Accepted", "Tentative",
                "Declined", "Waitlisted", "Attended");
        for (SessionRow r : rows) {
            out.printf(line, r.id(), clip(r.title(), 32), DateTimeText.dateTime(r.start().toLocalDateTime()), DateTimeText.zone(r.start().getZone()),
                    r.status(), r.invited(), r.accepted(), r.tentative(), r.declined(), r.waitlisted(), r.attended());
        }
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "\u2026";
    }
}
