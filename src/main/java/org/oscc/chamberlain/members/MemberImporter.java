package org.oscc.chamberlain.members;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.oscc.chamberlain.importing.ColumnMapping;
import org.oscc.chamberlain.importing.DryRun;
import org.oscc.chamberlain.importing.DuplicateChoice;
import org.oscc.chamberlain.importing.DuplicateChoices;
import org.oscc.chamberlain.importing.DuplicateMatch;
import org.oscc.chamberlain.importing.ImportBatch;
import org.oscc.chamberlain.importing.ImportHistory;
import org.oscc.chamberlain.importing.Importer;
import org.oscc.chamberlain.importing.ImportField;
import org.oscc.chamberlain.importing.ImportKind;
import org.oscc.chamberlain.importing.ImportMappingRepository;
import org.oscc.chamberlain.importing.ImportPlan;
import org.oscc.chamberlain.importing.PlannedChange;
import org.oscc.chamberlain.importing.SheetSource;
import org.oscc.chamberlain.importing.SpreadsheetReader;
import org.oscc.chamberlain.validation.InvalidInputException;
import org.oscc.chamberlain.validation.Problem;
import org.oscc.chamberlain.validation.Problems;
import org.oscc.chamberlain.text.Messages;

/**
 * Moves a member roster from a spreadsheet into the store, for the import wizard and {@code chamberlain import
 * members}: the column mapping (remembered for files with the same headers, else guessed), a dry run listing every
 * problem and duplicate, then an all-or-nothing commit recorded as an import batch that can be undone in one step.
 */
public class MemberImporter implements Importer<NewMember> {
    private final ImportPlan<NewMember> plan = MemberImportFields.plan();
    private final MemberImportRepository store;
    private final ImportMappingRepository mappings;
    private final ImportHistory history;
    private final Clock clock;

    public MemberImporter(MemberImportRepository store, ImportMappingRepository mappings,
            ImportHistory history, Clock clock) {
        this.store = store;
        this.mappings = mappings;
        this.history = history;
        this.clock = clock;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.MEMBERS;
    }

    @Override
    public List<ImportField> fields() {
        return plan.fields();
    }

    /** The mapping remembered for these headers, else the one guessed from them. */
    @Override
    public ColumnMapping mappingFor(List<String> headers) {
        return mappings.find(ImportKind.MEMBERS, headers).orElseGet(() -> plan.guessMapping(headers));
    }

    /** Reads the whole file, telling {@code rowsRead} how far it got every 1,000 rows; writes nothing. */
    @Override
    public DryRun<NewMember> dryRun(Path file, ColumnMapping mapping, IntConsumer rowsRead)
            throws InvalidInputException {
        try (SheetSource source = new CountingSource(SpreadsheetReader.open(file), rowsRead)) {
            return plan.dryRun(source, mapping, store.existing());
        }
    }

    /**
     * Writes what the dry run found, with the user's duplicate choices, in one transaction. Refused (nothing
     * written) when rows are invalid and {@code skipInvalid} is false, or when a row would create a second
     * organization with a name already taken. Remembers the mapping for the next file with the same headers.
     */
    @Override
    public MemberImportResult commit(DryRun<NewMember> run, DuplicateChoices choices, boolean skipInvalid)
            throws InvalidInputException {
        Importer.requireImportable(run, skipInvalid);
        if (run.valid().isEmpty()) {
            throw new InvalidInputException(List.of(Problem.of("", Messages.get("memberImport.nothing"))));
        }
        List<PlannedChange<NewMember>> planned = run.resolve(choices);
        checkNamesFree(run, planned);
        List<NewMember> creates = new ArrayList<>();
        List<MemberImportRepository.Update> updates = new ArrayList<>();
        for (PlannedChange<NewMember> p : planned) {
            if (p.action() == PlannedChange.Action.CREATE) {
                creates.add(p.record());
            } else {
                updates.add(new MemberImportRepository.Update(p.row(), p.existingId(), p.record()));
            }
        }
        long batchId;
        try {
            batchId = store.commit(Importer.sourceName(run), creates, updates, LocalDate.now(clock),
                    LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        } catch (MemberImportRepository.Refused r) {
            throw new InvalidInputException(List.of(r.problem()));
        }
        mappings.save(ImportKind.MEMBERS, run.mapping());
        return new MemberImportResult(batchId, creates.size(), updates.size(), skipped(run, choices), run.invalid());
    }

    /** Member imports, newest first. */
    public List<ImportBatch> history() {
        return history.of(ImportKind.MEMBERS);
    }

    @Override
    public void undo(long batchId) throws InvalidInputException {
        history.undo(batchId);
    }

    /** Two organizations cannot share a name: a duplicate by name can be skipped or update, not be created again. */
    private static void checkNamesFree(DryRun<NewMember> run, List<PlannedChange<NewMember>> planned)
            throws InvalidInputException {
        Map<Integer, List<DuplicateMatch>> storedByRow = new HashMap<>();
        for (DuplicateMatch d : run.duplicates()) {
            if (!d.inFile() && d.matchedBy().equals(MemberImportFields.NAME_KIND)) {
                storedByRow.computeIfAbsent(d.row(), r -> new ArrayList<>()).add(d);
            }
        }
        Map<String, Integer> createdKeys = new HashMap<>();
        Problems problems = new Problems();
        String header = run.mapping().headerOf("name");
        for (PlannedChange<NewMember> p : planned) {
            if (p.action() != PlannedChange.Action.CREATE) {
                continue;
            }
            List<DuplicateMatch> stored = storedByRow.get(p.row());
            Integer earlier = createdKeys.putIfAbsent(p.record().nameKey(), p.row());
            if (stored != null) {
                problems.add(new Problem(p.row(), header, Messages.get("memberImport.nameStored",
                        p.record().organization().name(), stored.get(0).existingLabel())));
            } else if (earlier != null) {
                problems.add(new Problem(p.row(), header, Messages.get("memberImport.nameInFile",
                        p.record().organization().name(), Integer.toString(earlier))));
            }
        }
        problems.throwIfAny();
    }

    private static int skipped(DryRun<NewMember> run, DuplicateChoices choices) {
        Set<Integer> rows = new HashSet<>();
        run.duplicates().forEach(d -> rows.add(d.row()));
        return (int) rows.stream().filter(r -> choices.choiceFor(r) == DuplicateChoice.SKIP).count();
    }
}
