package org.oscc.chamberlain.cli;

import org.oscc.chamberlain.root.ChamberServices;
import org.oscc.chamberlain.reports.FormulaGuard;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.oscc.chamberlain.members.MemberFilter;
import org.oscc.chamberlain.members.MemberRow;
import org.oscc.chamberlain.members.MemberService;
import org.oscc.chamberlain.members.MemberStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chamberlain list members [--status S] [--format table|csv]}: the roster (not archived), ordered by name. */
@Command(name = "members", mixinStandardHelpOptions = true,
        description = "Lists member and prospect organizations (archived ones are left out). Rows marked ! need "
                + "attention: lapsed, or renewal due within 30 days.")
class ListMembersCommand implements Callable<Integer> {
    enum Format { TABLE, CSV }

    static final List<String> HEADERS = List.of("Name", "Kind", "Status", "Tier", "Sector", "City", "Member since",
            "Renewal due", "Primary contact", "E-mail", "Contacts", "Attention");

    @ParentCommand
    ListCommand parent;
    @Spec
    CommandSpec spec;
    @Option(names = "--status", paramLabel = "S", split = ",",
            description = "Only these statuses: ${COMPLETION-CANDIDATES} (repeat or separate with commas).")
    List<MemberStatus> statuses = new ArrayList<>();
    @Option(names = "--format", paramLabel = "F", defaultValue = "table",
            description = "table (aligned, for reading) or csv (for spreadsheets). Default: ${DEFAULT-VALUE}.")
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
        TextTable table = new TextTable(List.of("!", "Name", "Kind", "Status", "Tier", "Sector", "City",
                "Member since", "Renewal due", "Primary contact", "E-mail"));
        for (MemberRow r : rows) {
            List<String> c = cells(r);
            table.add(List.of(r.attention() ? "!" : "", c.get(0), c.get(1), c.get(2), c.get(3), c.get(4), c.get(5),
                    c.get(6), c.get(7), c.get(8), c.get(9)));
        }
        table.print(out);
        out.println(rows.size() == 1 ? "1 organization" : rows.size() + " organizations");
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
