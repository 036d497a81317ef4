package org.oscc.chamberlain.cli;

import org.oscc.chamberlain.root.ChamberServices;
import org.oscc.chamberlain.reports.FormulaGuard;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.oscc.chamberlain.pledges.FulfilmentStatus;
import org.oscc.chamberlain.pledges.PledgeFilter;
import org.oscc.chamberlain.pledges.PledgeKind;
import org.oscc.chamberlain.pledges.PledgeRow;
import org.oscc.chamberlain.pledges.PledgeService;
import org.oscc.chamberlain.pledges.PledgeStatus;
import org.oscc.chamberlain.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code chamberlain list pledges}: pledged, delivered, fulfilment % and status of each pledge, as of today. */
@Command(name = "pledges", mixinStandardHelpOptions = true, sortOptions = false,
        description = "${bundle:cli.help.list.pledges}")
class ListPledgesCommand implements Callable<Integer> {
    /** The CSV's columns: machine-readable, the same in every language (the table's are translated). */
    static final List<String> HEADERS = List.of("ID", "Member", "Project", "Kind", "Start", "End", "Pledge status", // not a message
            "Pledged hours", "Delivered hours", "Fulfilment %", "Fulfilment status"); // not a message
    private static final List<String> TABLE_KEYS = List.of("id", "member", "project", "kind", "start", "end",
            "status", "pledged", "delivered", "percent", "fulfilment");

    enum Format { TABLE, CSV }

    @ParentCommand
    ListCommand parent;
    @Spec
    CommandSpec spec;

    @Option(names = "--status", paramLabel = "${bundle:cli.label.status}", converter = StatusConverter.class,
            descriptionKey = "cli.help.list.pledges.status")
    PledgeFilter status;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            descriptionKey = "cli.help.list.format")
    Format format;

    @Override
    public Integer call() throws Exception {
        try (ChamberServices services = parent.parent.openServices()) {
            PledgeService service = services.pledges();
            List<PledgeRow> rows = service.list(status == null ? PledgeFilter.ALL : status);
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.CSV) {
                printCsv(rows, out);
            } else {
                printTable(rows, out);
            }
        }
        return ExitCodes.DONE;
    }

    static List<String> cells(PledgeRow r) {
        return Arrays.asList(Long.toString(r.pledgeId()), r.memberName(), r.projectName(),
                r.kind() == PledgeKind.HOURS ? "hours" : "% of workforce", r.periodStart().toString(), // not a message
                r.periodEnd().toString(), r.status().name().toLowerCase(Locale.ROOT), hours(r.pledgedMinutes()),
                hours(r.deliveredMinutes()), percent(r.fulfilment().percentOfPledgedBp()),
                r.fulfilment().status().cliName());
    }

    static void printCsv(List<PledgeRow> rows, PrintWriter out) throws java.io.IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADERS.toArray(String[]::new))
                .get());
        for (PledgeRow r : rows) {
            csv.printRecord(cells(r).stream().map(FormulaGuard::forCsv).toList());
        }
        csv.flush();
    }

    /** A row as the table shows it: words and numbers in the run's language (the CSV keeps the machine's). */
    static List<String> shown(PledgeRow r) {
        List<String> c = new ArrayList<>(cells(r));
        c.set(2, r.shownProjectName()); // the general pool in the run's language
        c.set(3, Messages.get("cli.list.pledges.kind." + r.kind().name()));
        c.set(6, Messages.get("cli.list.pledges.status." + r.status().name()));
        // rounded half-up as the CSV is, then written as the language writes numbers
        c.set(7, Messages.numbers(1).format(new BigDecimal(hours(r.pledgedMinutes()))));
        c.set(8, Messages.numbers(1).format(new BigDecimal(hours(r.deliveredMinutes()))));
        Integer bp = r.fulfilment().percentOfPledgedBp();
        c.set(9, bp == null ? "" : Messages.numbers(1).format(new BigDecimal(percent(bp))));
        c.set(10, Messages.get("cli.list.pledges.fulfilment." + r.fulfilment().status().name()));
        return c;
    }

    static void printTable(List<PledgeRow> rows, PrintWriter out) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(TABLE_KEYS.stream().map(k -> Messages.get("cli.list.pledges.column." + k)).toList());
        rows.forEach(r -> lines.add(shown(r)));
        int[] widths = new int[TABLE_KEYS.size()];
        for (List<String> line : lines) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], TextTable.width(line.get(i)));
            }
        }
        for (List<String> line : lines) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                // numbers (ID, hours, percent) right-aligned, words left-aligned
                boolean numeric = i == 0 || (i >= 7 && i <= 9);
                String cell = line.get(i);
                String pad = " ".repeat(widths[i] - TextTable.width(cell));
                sb.append(numeric ? pad + cell : cell + pad).append(i < widths.length - 1 ? "  " : "");
            }
            out.println(sb.toString().stripTrailing());
        }
        if (rows.isEmpty()) {
            out.println(Messages.get("cli.list.pledges.none"));
        }
    }

    /** Minutes as hours with one decimal, rounded half-up (90 -> 1.5). */
    static String hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP).toPlainString();
    }

    /** Basis points as a percent with one decimal (12345 -> 123.5); empty when there is no base. */
    static String percent(Integer bp) {
        return bp == null ? "" : BigDecimal.valueOf(bp, 2).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** Reads --status: a fulfilment status first (so "fulfilled" is the computed one), else a stored status. */
    static final class StatusConverter implements ITypeConverter<PledgeFilter> {
        @Override
        public PledgeFilter convert(String value) {
            String key = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            for (FulfilmentStatus f : FulfilmentStatus.values()) {
                if (f.name().equals(key)) {
                    return PledgeFilter.ALL.withFulfilment(Set.of(f));
                }
            }
            for (PledgeStatus s : PledgeStatus.values()) {
                if (s.name().equals(key)) {
                    return PledgeFilter.ALL.withStatuses(Set.of(s));
                }
            }
            throw new TypeConversionException(Messages.get("cli.list.pledges.badStatus", value, Stream.concat(
                    Arrays.stream(FulfilmentStatus.values()).map(FulfilmentStatus::cliName),
                    Arrays.stream(PledgeStatus.values()).filter(s -> s != PledgeStatus.FULFILLED)
                            .map(s -> s.name().toLowerCase(Locale.ROOT)))
                    .collect(Collectors.joining(", "))));
        }
    }
}
