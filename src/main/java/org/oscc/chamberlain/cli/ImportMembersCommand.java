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
import org.oscc.chamberlain.text.Messages;
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
        description = {"${bundle:cli.help.import.members}", "${bundle:cli.help.import.allOrNothing}"})
class ImportMembersCommand implements Callable<Integer> {
    @ParentCommand
    ImportCommand parent;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "${bundle:cli.label.file}", descriptionKey = "cli.help.import.file")
    Path file;
    @Option(names = "--dry-run", descriptionKey = "cli.help.import.dryRun")
    boolean dryRun;
    @Option(names = "--skip-invalid", descriptionKey = "cli.help.import.skipInvalid")
    boolean skipInvalid;
    @Option(names = "--on-duplicate", paramLabel = "${bundle:cli.label.choice}",
            converter = ImportOptions.ChoiceConverter.class, descriptionKey = "cli.help.import.members.onDuplicate")
    DuplicateChoice onDuplicate;
    @Option(names = "--date-order", paramLabel = "${bundle:cli.label.order}",
            converter = ImportOptions.OrderConverter.class, descriptionKey = "cli.help.import.dateOrder")
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
            out.println(Messages.get("cli.import.reading", preview.description()));
            printMapping(importer, mapping, out);
            DryRun<NewMember> run = importer.dryRun(file, mapping);
            out.println(Messages.get("cli.import.summary", run.rowsRead(), run.valid().size(), run.invalid().size()));
            if (run.hasProblems()) {
                out.println(Messages.get("cli.import.problems"));
                run.problems().forEach(p -> out.println("  " + ProblemLines.describe(p)));
                if (run.suggestedDateOrder() != DateOrder.UNDECIDED && mapping.dateOrder() == DateOrder.UNDECIDED) {
                    out.println("  " + Messages.get("cli.import.suggestDateOrder",
                            run.suggestedDateOrder().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
                }
            }
            if (!run.duplicates().isEmpty()) {
                out.println(Messages.get("cli.import.duplicates"));
                run.duplicates().forEach(d -> out.println("  " + d.describe()));
            }
            out.flush();
            if (run.hasProblems() && !skipInvalid) {
                throw new InvalidInputException(java.util.List.of(Problem.of("", Messages.get("cli.import.invalidRows",
                        run.invalid().size()))));
            }
            if (!run.duplicates().isEmpty() && onDuplicate == null) {
                throw new InvalidInputException(java.util.List.of(Problem.of("--on-duplicate", Messages.get("cli.import.duplicateRows",
                        duplicateRows(run)))));
            }
            DuplicateChoices choices = DuplicateChoices.all(onDuplicate == null ? DuplicateChoice.SKIP : onDuplicate);
            if (dryRun) {
                out.println(Messages.get("cli.import.dryRun"));
                out.flush();
                return ExitCodes.DONE;
            }
            MemberImportResult result = importer.commit(run, choices, skipInvalid);
            out.println(result.describe());
            out.println(Messages.get("cli.import.undoHint", Long.toString(result.batchId())));
        }
        out.flush();
        return ExitCodes.DONE;
    }

    private static void printMapping(MemberImporter importer, ColumnMapping mapping, PrintWriter out) {
        out.println(Messages.get("cli.import.columns"));
        for (ImportField f : importer.fields()) {
            if (mapping.isMapped(f.key())) {
                out.println("  " + Messages.get("cli.import.column", mapping.headerOf(f.key()), f.shownLabel()));
            }
        }
        if (!mapping.unmappedHeaders().isEmpty()) {
            out.println("  " + Messages.get("cli.import.ignored", String.join(", ", mapping.unmappedHeaders())));
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
