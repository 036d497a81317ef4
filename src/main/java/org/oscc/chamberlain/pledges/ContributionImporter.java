package org.oscc.chamberlain.pledges;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.oscc.chamberlain.importing.ColumnMapping;
import org.oscc.chamberlain.importing.DryRun;
import org.oscc.chamberlain.importing.DuplicateChoices;
import org.oscc.chamberlain.importing.ExistingRecords;
import org.oscc.chamberlain.importing.HeaderNames;
import org.oscc.chamberlain.importing.ImportHistory;
import org.oscc.chamberlain.importing.ImportResult;
import org.oscc.chamberlain.importing.Importer;
import org.oscc.chamberlain.importing.ImportField;
import org.oscc.chamberlain.importing.ImportKind;
import org.oscc.chamberlain.importing.ImportMappingRepository;
import org.oscc.chamberlain.importing.ImportPlan;
import org.oscc.chamberlain.importing.MappedRow;
import org.oscc.chamberlain.importing.PlannedChange;
import org.oscc.chamberlain.importing.SheetSource;
import org.oscc.chamberlain.importing.SpreadsheetReader;
import org.oscc.chamberlain.text.Messages;
import org.oscc.chamberlain.validation.InvalidInputException;
import org.oscc.chamberlain.validation.Problem;
import org.oscc.chamberlain.validation.Problems;

/**
 * Imports a timesheet (CSV or .xlsx) of contributions with the roster import's safety: a column mapping (guessed,
 * or remembered for the same headers), a dry run that names every problem by row and column, duplicates (same
 * pledge, date, duration and contributor as an earlier row or a stored entry) settled by a {@code DuplicateChoices},
 * an all-or-nothing commit recorded as an import batch, and undo. A row names its pledge by id, or by member and
 * project (see docs/import-formats.md).
 */
public class ContributionImporter implements Importer<ContributionDraft> {
    private final PledgeRepository pledges;
    private final ContributionImportRepository store;
    private final ImportHistory history;
    private final ImportMappingRepository mappings;

    public ContributionImporter(PledgeRepository pledges, ContributionImportRepository store,
            ImportHistory history, ImportMappingRepository mappings) {
        this.pledges = pledges;
        this.store = store;
        this.history = history;
        this.mappings = mappings;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.CONTRIBUTIONS;
    }

    @Override
    public List<ImportField> fields() {
        return ContributionImportFields.fields();
    }

    @Override
    public ColumnMapping mappingFor(List<String> headers) {
        return mappings.find(ImportKind.CONTRIBUTIONS, headers).orElseGet(() -> plan(null).guessMapping(headers));
    }

    /**
     * Reads the whole file without writing: every problem by row and column, and the duplicates. Refused when no
     * column names the pledge (neither Pledge ID nor Member) or a required field has no column.
     */
    @Override
    public DryRun<ContributionDraft> dryRun(Path file, ColumnMapping mapping, IntConsumer rowsRead)
            throws InvalidInputException {
        if (!mapping.isMapped("pledge") && !mapping.isMapped("member")) {
            throw new InvalidInputException(List.of(new Problem(0, ContributionImportFields.label("pledge"),
                    Messages.get("contributionImport.namePledge"))));
        }
        PledgeResolver resolver = new PledgeResolver(pledges, store);
        String sameEntry = duplicateKind();
        Set<Long> named = pledgesNamed(file, mapping, resolver);
        ExistingRecords existing = new ExistingRecords();
        for (ContributionImportRepository.StoredEntry e : store.entriesOf(named)) {
            existing.put(sameEntry, key(e.pledgeId(), e.on(), e.minutes(), e.contributor()), e.id(),
                    Messages.get("contributionImport.storedEntry", e.on().toString(), hoursText(e.minutes())));
        }
        try (SheetSource source = SpreadsheetReader.open(file)) {
            return plan(resolver).dryRun(source, mapping, existing);
        }
    }

    /**
     * First pass: which pledges the file names, so that only their stored entries are loaded for duplicates. Its
     * rows are dropped before the second pass reads the file again (a million-row file would hold both in memory).
     */
    private Set<Long> pledgesNamed(Path file, ColumnMapping mapping, PledgeResolver resolver)
            throws InvalidInputException {
        Set<Long> named = new HashSet<>();
        try (SheetSource source = SpreadsheetReader.open(file)) {
            plan(resolver).dryRun(source, mapping, ExistingRecords.none()).valid()
                    .forEach(v -> named.add(v.record().pledgeId()));
        }
        return named;
    }

    /**
     * Writes what the dry run found, in one transaction recorded as an import batch. Without {@code skipInvalid}
     * any problem refuses the whole file; with it, invalid rows are left out (and listed in the outcome).
     * Duplicates follow {@code choices}: skip, update (the stored entry's description and link), or create.
     */
    @Override
    public ImportResult commit(DryRun<ContributionDraft> run, DuplicateChoices choices, boolean skipInvalid)
            throws InvalidInputException {
        return commit(run, Importer.sourceName(run), choices, skipInvalid);
    }

    /** As {@link #commit(DryRun, DuplicateChoices, boolean)}, kept in the history under {@code sourceName}. */
    public ImportResult commit(DryRun<ContributionDraft> run, String sourceName, DuplicateChoices choices,
            boolean skipInvalid) throws InvalidInputException {
        Importer.requireImportable(run, skipInvalid);
        List<PlannedChange<ContributionDraft>> planned = run.resolve(choices);
        ContributionChecks checks = new ContributionChecks(pledges, pledges.all());
        Problems problems = new Problems();
        List<Contribution> creates = new ArrayList<>();
        List<ContributionImportRepository.EntryUpdate> updates = new ArrayList<>();
        for (PlannedChange<ContributionDraft> change : planned) {
            try {
                Contribution c = checks.check(List.of(change.record()), 0).get(0);
                if (change.action() == PlannedChange.Action.UPDATE) {
                    updates.add(new ContributionImportRepository.EntryUpdate(change.existingId(), c.description(),
                            c.link()));
                } else {
                    creates.add(c);
                }
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> problems.add(new Problem(change.row(), p.field(), p.message())));
            }
        }
        problems.throwIfAny();
        if (creates.isEmpty() && updates.isEmpty()) {
            throw new InvalidInputException("", Messages.get("contributionImport.nothing"));
        }
        long batch = store.commit(sourceName, creates, updates);
        mappings.save(ImportKind.CONTRIBUTIONS, run.mapping());
        int valid = run.valid().size();
        return new ImportResult(batch, creates.size(), updates.size(), valid - creates.size() - updates.size(),
                run.invalid());
    }

    @Override
    public void undo(long batchId) throws InvalidInputException {
        history.undo(batchId);
    }

    private ImportPlan<ContributionDraft> plan(PledgeResolver resolver) {
        String sameEntry = duplicateKind();
        return new ImportPlan<>(fields(), row -> toDraft(row, resolver),
                d -> Map.of(sameEntry, key(d.pledgeId(), d.contributedOn(), d.minutes(), d.contributorName())));
    }

    private static ContributionDraft toDraft(MappedRow row, PledgeResolver resolver) {
        if (!row.has("date") || !row.has("hours")) {
            return null; // their problems are already recorded
        }
        PledgeResolver.Resolved resolved;
        if (row.has("pledge")) {
            resolved = resolver.byId(row.integer("pledge"));
        } else if (row.has("member")) {
            resolved = resolver.byNames(row.text("member"), row.text("project"), row.date("date"));
        } else {
            row.problem(Messages.get("contributionImport.noPledge"));
            return null;
        }
        if (resolved.pledge() == null) {
            row.problem(resolved.field(), resolved.problem());
            return null;
        }
        Pledge p = resolved.pledge();
        int minutes = row.integer("hours");
        boolean ok = true;
        if (minutes <= 0) {
            row.problem("hours", Messages.get("contributionImport.hours.notPositive"));
            ok = false;
        } else if (minutes > ContributionChecks.MAX_MINUTES_PER_ENTRY) {
            row.problem("hours", Messages.get("contributionImport.hours.tooMany"));
            ok = false;
        }
        if (row.date("date").isBefore(p.periodStart()) || row.date("date").isAfter(p.periodEnd())) {
            row.problem("date", Messages.get("contributionImport.date.outside", row.date("date").toString(), p.id(),
                    p.periodStart().toString(), p.periodEnd().toString()));
            ok = false;
        }
        return ok ? new ContributionDraft(p.id(), null, row.date("date"), (long) minutes, null,
                row.text("contributor"), row.text("description"), (String) row.value("link"), null) : null;
    }

    /** How a duplicate is named in the dry run: "same pledge, date, hours and contributor". */
    private static String duplicateKind() {
        return Messages.get("contributionImport.duplicateKind");
    }

    static String key(Long pledgeId, java.time.LocalDate on, Number minutes, String contributor) {
        return pledgeId + "|" + on + "|" + minutes.longValue() + "|"
                + (contributor == null ? "" : HeaderNames.normalize(contributor));
    }

    /** "1.5" in English, "1,5" in French. */
    static String hoursText(long minutes) {
        java.text.NumberFormat format = Messages.numbers(0);
        format.setMaximumFractionDigits(2);
        return format.format(java.math.BigDecimal.valueOf(minutes).divide(java.math.BigDecimal.valueOf(60), 2,
                java.math.RoundingMode.HALF_UP));
    }

}
