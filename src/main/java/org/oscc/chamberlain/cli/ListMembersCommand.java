package org.oscc.chamberlain.cli;

import org.oscc.chamberlain.root.ChamberServices;
import org.oscc.chamberlain.reports.FormulaGuard;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.oscc.chamberlain.members.MemberFilter;
import org.oscc.chamberlain.members.MemberRow;
import org.oscc.chamberlain.members.MemberService;
import org.oscc.chamberlain.members.MemberStatus;
import org.oscc.chamberlain.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chamberlain list members [--status S] [--format table|csv]}: the roster (not archived), ordered by name. */
@Command(name = "members", mixinStandardHelpOptions = true,
        description = "${bundle:cli.help.list.members}")
class ListMembersCommand implements Callable<Integer> {
    enum Format { TABLE, CSV }

    /** The CSV's columns: machine-readable, the same in every language. */
    static final List<String> HEADERS = List.of("Name", "Kind", "Status", "Tier", "Sector", "City", "Member since", // not a message
            "Renewal due", "Primary contact", "E-mail", "Contacts", "Attention"); // not a message
    /** The table's columns, for reading: in the run's language. */
    private static final List<String> TABLE_KEYS = List.of("name", "kind", "status", "tier", "sector", "city",
            "memberSince", "renewalDue", "contact", "email");

    @ParentCommand
    ListCommand parent;
    @Spec
    CommandSpec spec;
    @Option(names = "--status", paramLabel = "${bundle:cli.label.status}", split = ",",
            descriptionKey = "cli.help.list.members.status")
    List<MemberStatus> statuses = new ArrayList<>();
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            descriptionKey = "cli.help.list.members.format")
    Format format;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (ChamberServices services = parent.parent.openServices()) {
            MemberService members = services.members();
            List<MemberRow> rows = members.list(MemberFilter.all()
                    .withStatuses(statuses.toArray(MemberStatus[]::new)));
            if (format == Format.CSV) {
                writeCsv(rows, out);
            } else {
                writeTable(rows, out);
            }
        }
        out.flush();
        return ExitCodes.DONE;
    }

    static List<String> cells(MemberRow r) {
        return List.of(r.name(), r.kind().label(), r.status().label(), text(r.tier()), text(r.sector()),
                text(r.city()), date(r.memberSince()), date(r.renewalDue()), text(r.primaryContactName()),
                text(r.primaryContactEmail()), Integer.toString(r.contactCount()), r.attention() ? "yes" : "");
    }

    /** A row as the table shows it: status and kind in the run's language (the CSV keeps the stored words). */
    private static List<String> shown(MemberRow r) {
        List<String> c = new ArrayList<>(cells(r));
        c.set(1, r.kind() == null ? "" : Messages.get("members.kind." + r.kind().name().toLowerCase(Locale.ROOT)));
        c.set(2, r.status() == null ? ""
                : Messages.get("members.status." + r.status().name().toLowerCase(Locale.ROOT)));
        return c;
    }

    private static void writeCsv(List<MemberRow> rows, PrintWriter out) throws java.io.IOException {
        CSVFormat csv = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();
        try (CSVPrinter printer = new CSVPrinter(out, csv)) {
            printer.printRecord(HEADERS);
            for (MemberRow r : rows) {
                printer.printRecord(cells(r).stream().map(FormulaGuard::forCsv).toList());
            }
        }
    }

    private static void writeTable(List<MemberRow> rows, PrintWriter out) {
        List<String> headers = new ArrayList<>(List.of("!"));
        TABLE_KEYS.forEach(k -> headers.add(Messages.get("cli.list.members.column." + k)));
        TextTable table = new TextTable(headers);
        for (MemberRow r : rows) {
            List<String> c = shown(r);
            table.add(List.of(r.attention() ? "!" : "", c.get(0), c.get(1), c.get(2), c.get(3), c.get(4), c.get(5),
                    c.get(6), c.get(7), c.get(8), c.get(9)));
        }
        table.print(out);
        out.println(Messages.get("cli.list.members.count", rows.size()));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
