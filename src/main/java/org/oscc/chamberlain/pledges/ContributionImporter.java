package org.oscc.chamberlain.pledges;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
import org.oscc.chamberlain.importing.ValidRow;
import org.oscc.chamberlain.importing.ValueType;
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
    static final String DUPLICATE_KEY = "pledge, date, hours and contributor";
    public static final List<ImportField> FIELDS = List.of(
            ImportField.of("pledge", "Pledge ID", ValueType.COUNT, "Pledge", "Pledge #", "Pledge no", "Engagement",
                    "No engagement", "Numéro d'engagement"),
            ImportField.of("member", "Member", ValueType.TEXT, "Organization", "Organisation", "Company", "Membre",
                    "Entreprise", "Member name"),
            ImportField.of("project", "Project", ValueType.TEXT, "Projet", "Project name"),
            ImportField.of("date", "Date", ValueType.DATE, "Day", "Jour", "Contributed on", "Work date").asRequired(),
            ImportField.of("hours", "Hours", ValueType.HOURS, "Heures", "Duration", "Durée", "Time spent",
                    "Temps").asRequired(),
            ImportField.of("contributor", "Contributor", ValueType.TEXT, "Contributeur", "Contributrice", "Person",
                    "Personne", "Who", "Qui", "Volunteer", "Bénévole"),
            ImportField.of("description", "Description", ValueType.TEXT, "What", "Task", "Tâche", "Work", "Travail",
                    "Notes"),
            ImportField.of("link", "Link", ValueType.WEBSITE, "Lien", "URL", "Pull request", "Issue"));

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
        return FIELDS;
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
            throw new InvalidInputException(List.of(new Problem(0, "Pledge ID",
                    "map a Pledge ID column, or a Member column (with a Project column for project pledges)")));
        }
        PledgeResolver resolver = new PledgeResolver(pledges, store);
        Set<Long> named = pledgesNamed(file, mapping, resolver);
        ExistingRecords existing = new ExistingRecords();
        for (ContributionImportRepository.StoredEntry e : store.entriesOf(named)) {
            existing.put(DUPLICATE_KEY, key(e.pledgeId(), e.on(), e.minutes(), e.contributor()), e.id(),
                    "the entry of " + e.on() + " (" + hoursText(e.minutes()) + " h)");
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
            throw new InvalidInputException("", "Nothing to import: every row was invalid or a skipped duplicate.");
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
        return new ImportPlan<>(FIELDS, row -> toDraft(row, resolver),
                d -> Map.of(DUPLICATE_KEY, key(d.pledgeId(), d.contributedOn(), d.minutes(), d.contributorName())));
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
            row.problem("this row names no pledge: give its Pledge ID, or its Member");
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
            row.problem("hours", "must be more than 0");
            ok = false;
        } else if (minutes > ContributionChecks.MAX_MINUTES_PER_ENTRY) {
            row.problem("hours", "is more than 24 hours in one entry; give each day its own row");
            ok = false;
        }
        if (row.date("date").isBefore(p.periodStart()) || row.date("date").isAfter(p.periodEnd())) {
            row.problem("date", row.date("date") + " is outside pledge " + p.id() + "'s period (" + p.periodStart()
                    + " to " + p.periodEnd() + ")");
            ok = false;
        }
        return ok ? new ContributionDraft(p.id(), null, row.date("date"), (long) minutes, null,
                row.text("contributor"), row.text("description"), (String) row.value("link"), null) : null;
    }

    static String key(Long pledgeId, java.time.LocalDate on, Number minutes, String contributor) {
        return pledgeId + "|" + on + "|" + minutes.longValue() + "|"
                + (contributor == null ? "" : HeaderNames.normalize(contributor));
    }

    static String hoursText(long minutes) {
        return java.math.BigDecimal.valueOf(minutes).divide(java.math.BigDecimal.valueOf(60), 2,
                java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString().toLowerCase(Locale.ROOT);
    }

    /** The valid rows of a dry run, for a preview. */
    public static List<ContributionDraft> drafts(DryRun<ContributionDraft> run) {
        return run.valid().stream().map(ValidRow::record).toList();
    }
}
