package org.oscc.chamberlain.cli;

import org.oscc.chamberlain.root.ChamberServices;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import org.oscc.chamberlain.importing.ColumnMapping;
import org.oscc.chamberlain.importing.DateOrder;
import org.oscc.chamberlain.importing.DryRun;
import org.oscc.chamberlain.importing.DuplicateChoice;
import org.oscc.chamberlain.importing.DuplicateChoices;
import org.oscc.chamberlain.importing.DuplicateMatch;
import org.oscc.chamberlain.importing.ImportField;
import org.oscc.chamberlain.importing.SheetPreview;
import org.oscc.chamberlain.members.MemberImportResult;
import org.oscc.chamberlain.members.MemberImporter;
import org.oscc.chamberlain.members.NewMember;
import org.oscc.chamberlain.validation.InvalidInputException;
import org.oscc.chamberlain.validation.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code chamberlain import members FILE}: a roster spreadsheet into the store, all rows or none, as one import that
 * {@code chamberlain import undo BATCH} takes back. Columns are matched by their headers (the mapping chosen in the
 * window for the same headers is reused).
 */
@Command(name = "members", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Imports member organizations (one per row, with their primary contact) from a CSV or .xlsx file.",
            "Every problem is listed by row, column and reason. Nothing is written when a row is invalid, unless "
                    + "--skip-invalid is given."})
class ImportMembersCommand implements Callable<Integer> {
    @ParentCommand
    ImportCommand parent;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "FILE", description = "The spreadsheet: .csv (comma, semicolon or tab) or .xlsx.")
    Path file;
    @Option(names = "--dry-run", description = "Check the file and list what would happen; write nothing.")
    boolean dryRun;
    @Option(names = "--skip-invalid", description = "Import the good rows and list the others.")
    boolean skipInvalid;
    @Option(names = "--on-duplicate", paramLabel = "CHOICE", converter = ImportOptions.ChoiceConverter.class,
            description = "What to do with rows that match a stored organization (by name or contact e-mail) or an "
                    + "earlier row: skip, update or create. Required when there are duplicates.")
    DuplicateChoice onDuplicate;
    @Option(names = "--date-order", paramLabel = "ORDER", converter = ImportOptions.OrderConverter.class,
            description = "How to read numeric dates such as 03/04/2025: day-first or month-first.")
    DateOrder dateOrder;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (ChamberServices services = parent.parent.openServices()) {
            MemberImporter importer = services.memberImporter();
            SheetPreview preview = importer.preview(file, 0);
            ColumnMapping mapping = importer.mappingFor(preview.headers());
            if (dateOrder != null) {
                mapping = mapping.withDateOrder(dateOrder);
            }
            out.println("Reading " + preview.description());
            printMapping(importer, mapping, out);
            DryRun<NewMember> run = importer.dryRun(file, mapping);
            out.println(run.rowsRead() + " rows read: " + run.valid().size() + " can be imported, "
                    + run.invalid().size() + " cannot.");
            if (run.hasProblems()) {
                out.println("Problems:");
                run.problems().forEach(p -> out.println("  " + p.describe()));
                if (run.suggestedDateOrder() != DateOrder.UNDECIDED && mapping.dateOrder() == DateOrder.UNDECIDED) {
                    out.println("  (the file's other dates suggest --date-order "
                            + run.suggestedDateOrder().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ")");
                }
            }
            if (!run.duplicates().isEmpty()) {
                out.println("Duplicates:");
                run.duplicates().forEach(d -> out.println("  " + d.describe()));
            }
            out.flush();
            if (run.hasProblems() && !skipInvalid) {
                throw new InvalidInputException(java.util.List.of(Problem.of("", run.invalid().size()
                        + " invalid rows (listed above); fix them, or import the others with --skip-invalid")));
            }
            if (!run.duplicates().isEmpty() && onDuplicate == null) {
                throw new InvalidInputException(java.util.List.of(Problem.of("--on-duplicate", duplicateRows(run)
                        + " rows are duplicates (listed above): choose --on-duplicate skip, update or create")));
            }
            DuplicateChoices choices = DuplicateChoices.all(onDuplicate == null ? DuplicateChoice.SKIP : onDuplicate);
            if (dryRun) {
                out.println("Dry run: nothing was written.");
                out.flush();
                return ExitCodes.DONE;
            }
            MemberImportResult result = importer.commit(run, choices, skipInvalid);
            out.println(result.describe());
            out.println("To take it back: chamberlain import undo " + result.batchId());
        }
        out.flush();
        return ExitCodes.DONE;
    }

    private static void printMapping(MemberImporter importer, ColumnMapping mapping, PrintWriter out) {
        out.println("Columns:");
        for (ImportField f : importer.fields()) {
            if (mapping.isMapped(f.key())) {
                out.println("  " + mapping.headerOf(f.key()) + " -> " + f.label());
            }
        }
        if (!mapping.unmappedHeaders().isEmpty()) {
            out.println("  ignored: " + String.join(", ", mapping.unmappedHeaders()));
        }
    }

    private static int duplicateRows(DryRun<NewMember> run) {
        Set<Integer> rows = new LinkedHashSet<>();
        for (DuplicateMatch d : run.duplicates()) {
            rows.add(d.row());
        }
        return rows.size();
    }
}
