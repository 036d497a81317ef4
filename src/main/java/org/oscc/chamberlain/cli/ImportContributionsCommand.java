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
import org.oscc.chamberlain.text.Messages;
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
        description = {"${bundle:cli.help.import.contributions}", "${bundle:cli.help.import.allOrNothing}"})
class ImportContributionsCommand implements Callable<Integer> {
    @ParentCommand
    ImportCommand parent;
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "${bundle:cli.label.file}", descriptionKey = "cli.help.import.contributions.file")
    Path file;

    @Option(names = "--dry-run", descriptionKey = "cli.help.import.dryRun")
    boolean dryRun;

    @Option(names = "--skip-invalid", descriptionKey = "cli.help.import.skipInvalid")
    boolean skipInvalid;

    @Option(names = "--on-duplicate", paramLabel = "${bundle:cli.label.choice}", defaultValue = "skip",
            converter = ImportOptions.ChoiceConverter.class,
            descriptionKey = "cli.help.import.contributions.onDuplicate")
    DuplicateChoice onDuplicate;

    @Option(names = "--date-order", paramLabel = "${bundle:cli.label.order}",
            converter = ImportOptions.OrderConverter.class, descriptionKey = "cli.help.import.contributions.dateOrder")
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
            out.println(Messages.get("cli.import.reading", preview.description()));
            out.println(Messages.get("cli.import.columns"));
            mapping.columns().forEach((field, column) -> out.println("  " + Messages.get("cli.import.column",
                    preview.headers().get(column), label(field))));
            DryRun<ContributionDraft> run = importer.dryRun(file, mapping);
            out.println(Messages.get("cli.import.contributions.summary", run.rowsRead(), run.valid().size(),
                    run.invalid().size(), run.duplicates().size(), onDuplicate.name().toLowerCase(java.util.Locale.ROOT)));
            run.duplicates().forEach(d -> out.println("  " + d.describe()));
            if (run.hasProblems() && !skipInvalid) {
                throw new InvalidInputException(run.problems());
            }
            listInvalid(run.invalid(), out);
            if (dryRun) {
                out.println(Messages.get("cli.import.dryRun"));
                return ExitCodes.DONE;
            }
            org.oscc.chamberlain.importing.ImportResult done = importer.commit(run, file.getFileName().toString(),
                    DuplicateChoices.all(onDuplicate), skipInvalid);
            out.println(Messages.get("cli.import.contributions.done", Long.toString(done.batchId()), done.created(),
                    done.updated(), done.skipped(), done.leftOut().size()));
            out.println(Messages.get("cli.import.undoHint", Long.toString(done.batchId())));
            return ExitCodes.DONE;
        }
    }

    private static void listInvalid(List<InvalidRow> invalid, PrintWriter out) {
        if (invalid.isEmpty()) {
            return;
        }
        out.println(Messages.get("cli.import.leftOut"));
        invalid.forEach(r -> r.problems().forEach(p -> out.println("  " + ProblemLines.describe(p))));
    }

    private static String label(String fieldKey) {
        return ContributionImportFields.label(fieldKey);
    }
}
