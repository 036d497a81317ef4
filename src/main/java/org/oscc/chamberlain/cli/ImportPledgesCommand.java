package org.oscc.chamberlain.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.oscc.chamberlain.importing.ColumnMapping;
import org.oscc.chamberlain.importing.DateOrder;
import org.oscc.chamberlain.importing.DryRun;
import org.oscc.chamberlain.importing.DuplicateChoice;
import org.oscc.chamberlain.importing.DuplicateChoices;
import org.oscc.chamberlain.importing.DuplicateMatch;
import org.oscc.chamberlain.importing.ImportField;
import org.oscc.chamberlain.importing.ImportOutcome;
import org.oscc.chamberlain.importing.SheetPreview;
import org.oscc.chamberlain.pledges.PledgeDraft;
import org.oscc.chamberlain.pledges.PledgeImporter;
import org.oscc.chamberlain.root.ChamberServices;
import org.oscc.chamberlain.validation.InvalidInputException;
import org.oscc.chamberlain.validation.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code chamberlain import pledges FILE}: the organizer's pledge spreadsheet, one pledge a row, all rows or none,
 * as one import that {@code chamberlain import undo BATCH} takes back.
 */
@Command(name = "pledges", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Imports pledges (one per row) from a CSV or .xlsx file: Member and Project by name, Kind "
                + "(hours or percent of workforce), Hours or Percent of workforce, Headcount basis, Period start and "
                + "end, Status, Signed on, Pitch (the pitch night's date or title) and Notes.",
            "Every problem is listed by row, column and reason. Nothing is written when a row is invalid, unless "
                    + "--skip-invalid is given."})
class ImportPledgesCommand implements Callable<Integer> {
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
            description = "What to do with rows that repeat a stored pledge or an earlier row (same member, project "
                    + "and start): skip, update or create. Required when there are duplicates.")
    DuplicateChoice onDuplicate;
    @Option(names = "--date-order", paramLabel = "ORDER", converter = ImportOptions.OrderConverter.class,
            description = "How to read numeric dates such as 03/04/2026: day-first or month-first.")
    DateOrder dateOrder;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (ChamberServices services = parent.parent.openServices()) {
            PledgeImporter importer = services.pledgeImporter();
            SheetPreview preview = importer.preview(file, 0);
            ColumnMapping mapping = importer.mappingFor(preview.headers());
            if (dateOrder != null) {
                mapping = mapping.withDateOrder(dateOrder);
            }
            out.println("Reading " + preview.description());
            printMapping(importer.fields(), mapping, out);
            DryRun<PledgeDraft> run = importer.dryRun(file, mapping);
            out.printf("%,d rows read: %,d can be imported, %,d cannot.%n", run.rowsRead(), run.valid().size(),
                    run.invalid().size());
            if (run.hasProblems()) {
                out.println("Problems:");
                run.problems().forEach(p -> out.println("  " + p.describe()));
            }
            if (!run.duplicates().isEmpty()) {
                out.println("Duplicates:");
                run.duplicates().forEach(d -> out.println("  " + d.describe()));
            }
            out.flush();
            if (run.hasProblems() && !skipInvalid) {
                throw new InvalidInputException(List.of(Problem.of("", run.invalid().size()
                        + " invalid rows (listed above); fix them, or import the others with --skip-invalid")));
            }
            if (!run.duplicates().isEmpty() && onDuplicate == null) {
                throw new InvalidInputException(List.of(Problem.of("--on-duplicate", duplicateRows(run)
                        + " rows are duplicates (listed above): choose --on-duplicate skip, update or create")));
            }
            if (dryRun) {
                out.println("Dry run: nothing was written.");
                out.flush();
                return ExitCodes.DONE;
            }
            ImportOutcome done = importer.commit(run, DuplicateChoices.all(onDuplicate == null ? DuplicateChoice.SKIP
                    : onDuplicate), skipInvalid);
            out.printf("Import %d: %,d pledges created, %,d updated, %,d duplicates skipped, %,d invalid rows left "
                    + "out.%n", done.batchId(), done.created(), done.updated(), done.skipped(), done.leftOut().size());
            out.println("To take it back: chamberlain import undo " + done.batchId());
        }
        out.flush();
        return ExitCodes.DONE;
    }

    private static void printMapping(List<ImportField> fields, ColumnMapping mapping, PrintWriter out) {
        out.println("Columns:");
        for (ImportField f : fields) {
            if (mapping.isMapped(f.key())) {
                out.println("  " + mapping.headerOf(f.key()) + " -> " + f.label());
            }
        }
        if (!mapping.unmappedHeaders().isEmpty()) {
            out.println("  ignored: " + String.join(", ", mapping.unmappedHeaders()));
        }
    }

    private static int duplicateRows(DryRun<PledgeDraft> run) {
        Set<Integer> rows = new LinkedHashSet<>();
        for (DuplicateMatch d : run.duplicates()) {
            rows.add(d.row());
        }
        return rows.size();
    }
}
