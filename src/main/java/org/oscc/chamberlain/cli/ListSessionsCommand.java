package org.oscc.chamberlain.cli;

import org.oscc.chamberlain.root.ChamberServices;
import org.oscc.chamberlain.reports.FormulaGuard;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
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
import org.oscc.chamberlain.text.Messages;

/** {@code chamberlain list sessions}: pitch nights with their start times and RSVP counts, upcoming first. */
@Command(name = "sessions", mixinStandardHelpOptions = true,
        description = "${bundle:cli.help.list.sessions}")
class ListSessionsCommand implements Callable<Integer> {
    /** The CSV's columns: machine-readable, the same in every language (the table's are translated). */
    static final List<String> HEADERS = List.of("id", "title", "start", "time zone", "status", "venue", "invited", // not a message
            "accepted", "tentative", "declined", "waitlisted", "attended");
    private static final List<String> TABLE_KEYS = List.of("id", "title", "start", "zone", "status", "invited",
            "accepted", "tentative", "declined", "waitlisted", "attended");
    /** The narrowest each column of the table is; a longer heading widens it. Negative: left-aligned. */
    private static final int[] WIDTHS = {5, -32, -16, -20, -9, 7, 8, 9, 8, 10, 8};

    enum Format { TABLE, CSV }

    @ParentCommand
    ListCommand list;
    @Spec
    CommandSpec spec;
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            descriptionKey = "cli.help.list.format")
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
            out.println(Messages.get("cli.list.sessions.none"));
            return;
        }
        List<String> headers = TABLE_KEYS.stream().map(k -> Messages.get("cli.list.sessions.column." + k)).toList();
        StringBuilder format = new StringBuilder();
        for (int i = 0; i < WIDTHS.length; i++) {
            int width = Math.max(Math.abs(WIDTHS[i]), headers.get(i).length());
            format.append(i == 0 ? "" : "  ").append('%').append(WIDTHS[i] < 0 ? "-" : "").append(width).append('s');
        }
        String line = format.append("%n").toString();
        out.printf(line, headers.toArray());
        for (SessionRow r : rows) {
            out.printf(line, r.id(), clip(r.title(), 32), DateTimeText.dateTime(r.start().toLocalDateTime()),
                    DateTimeText.zone(r.start().getZone()),
                    Messages.get("pitches.status." + r.status().name().toLowerCase(Locale.ROOT)), count(r.invited()),
                    count(r.accepted()), count(r.tentative()), count(r.declined()), count(r.waitlisted()),
                    count(r.attended()));
        }
    }

    private static String count(int n) {
        return Messages.numbers(0).format(n);
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "\u2026";
    }
}
