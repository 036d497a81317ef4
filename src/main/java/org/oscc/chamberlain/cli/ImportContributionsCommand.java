package org.oscc.chamberlain.cli;

import org.oscc.chamberlain.root.ChamberServices;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.oscc.chamberlain.importing.ColumnMapping;
import org.oscc.chamberlain.importing.DateOrder;
import org.oscc.chamberlain.importing.DryRun;
import org.oscc.chamberlain.importing.DuplicateChoice;
import org.oscc.chamberlain.importing.DuplicateChoices;
import org.oscc.chamberlain.importing.InvalidRow;
import org.oscc.chamberlain.importing.SheetPreview;
import org.oscc.chamberlain.importing.SpreadsheetReader;
import org.oscc.chamberlain.pledges.ContributionDraft;
import org.oscc.chamberlain.pledges.ContributionImportFields;
import org.oscc.chamberlain.pledges.ContributionImporter;
import org.oscc.chamberlain.validation.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code chamberlain import contributions FILE}: a timesheet of hours given, checked whole first. With problems and
 * without --skip-invalid it exits 1, listing them, and writes nothing.
 */
@Command(name = "contributions", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Imports a timesheet of contributed hours (CSV or .xlsx). Columns are matched by their headers "
                + "(see docs/import-formats.md); each row names its pledge by Pledge ID, or by Member (and Project).")
class ImportContributionsCommand implements Callable<Integer> {
    @ParentCommand
    ImportCommand parent;
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The timesheet (.csv, .txt or .xlsx).")
    Path file;

    @Option(names = "--dry-run", description = "Check the file and say what would be imported; write nothing.")
    boolean dryRun;

    @Option(names = "--skip-invalid", description = "Import the good rows and list the rest (default: refuse the "
            + "whole file when any row is invalid).")
    boolean skipInvalid;

    @Option(names = "--on-duplicate", paramLabel = "CHOICE", defaultValue = "skip",
            converter = ImportOptions.ChoiceConverter.class,
            description = "What to do with a row that repeats an earlier row or a stored entry (same pledge, date, "
                    + "hours and contributor): skip (default), update (its description and link), or create.")
    DuplicateChoice onDuplicate;

    @Option(names = "--date-order", paramLabel = "ORDER", converter = ImportOptions.OrderConverter.class,
            description = "How to read dates such as 03/04/2026: day-first or month-first (default: as remembered "
                    + "for these headers, else only dates that cannot be misread).")
    DateOrder dateOrder;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (ChamberServices services = parent.parent.openServices()) {
            ContributionImporter importer = services.contributionImporter();
            SheetPreview preview = SpreadsheetReader.preview(file, 1);
            ColumnMapping mapping = importer.mappingFor(preview.headers());
            if (dateOrder != null) {
                mapping = mapping.withDateOrder(dateOrder);
            }
            out.println("Reading " + preview.description());
            mapping.columns().forEach((field, column) -> out.println("  " + label(field) + " <- \""
                    + preview.headers().get(column) + "\""));
            DryRun<ContributionDraft> run = importer.dryRun(file, mapping);
            out.printf("%,d rows read: %,d valid, %,d invalid, %,d duplicates (%s).%n", run.rowsRead(),
                    run.valid().size(), run.invalid().size(), run.duplicates().size(),
                    onDuplicate.name().toLowerCase(java.util.Locale.ROOT));
            run.duplicates().forEach(d -> out.println("  " + d.describe()));
            if (run.hasProblems() && !skipInvalid) {
                throw new InvalidInputException(run.problems());
            }
            listInvalid(run.invalid(), out);
            if (dryRun) {
                out.println("Dry run: nothing was written.");
                return ExitCodes.DONE;
            }
            org.oscc.chamberlain.importing.ImportResult done = importer.commit(run, file.getFileName().toString(),
                    DuplicateChoices.all(onDuplicate), skipInvalid);
            out.printf("Imported as batch %d: %,d entries created, %,d updated, %,d duplicates skipped, %,d invalid "
                    + "rows left out.%n", done.batchId(), done.created(), done.updated(), done.skipped(),
                    done.leftOut().size());
            return ExitCodes.DONE;
        }
    }

    private static void listInvalid(List<InvalidRow> invalid, PrintWriter out) {
        if (invalid.isEmpty()) {
            return;
        }
        out.println("Rows left out:");
        invalid.forEach(r -> r.problems().forEach(p -> out.println("  " + p.describe())));
    }

    private static String label(String fieldKey) {
        return ContributionImportFields.label(fieldKey);
    }
}
