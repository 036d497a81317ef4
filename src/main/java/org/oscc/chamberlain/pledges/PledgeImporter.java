package org.oscc.chamberlain.pledges;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.oscc.chamberlain.importing.ColumnMapping;
import org.oscc.chamberlain.importing.DryRun;
import org.oscc.chamberlain.importing.DuplicateChoices;
import org.oscc.chamberlain.importing.ExistingRecords;
import org.oscc.chamberlain.importing.HeaderNames;
import org.oscc.chamberlain.importing.ImportField;
import org.oscc.chamberlain.importing.ImportHistory;
import org.oscc.chamberlain.importing.ImportKind;
import org.oscc.chamberlain.importing.ImportMappingRepository;
import org.oscc.chamberlain.importing.ImportPlan;
import org.oscc.chamberlain.importing.ImportResult;
import org.oscc.chamberlain.importing.Importer;
import org.oscc.chamberlain.importing.MappedRow;
import org.oscc.chamberlain.importing.PlannedChange;
import org.oscc.chamberlain.importing.SheetSource;
import org.oscc.chamberlain.importing.SpreadsheetReader;
import org.oscc.chamberlain.settings.ChamberSettings;
import org.oscc.chamberlain.settings.SettingsService;
import org.oscc.chamberlain.text.Messages;
import org.oscc.chamberlain.text.Wording;
import org.oscc.chamberlain.validation.InvalidInputException;
import org.oscc.chamberlain.validation.Problem;
import org.oscc.chamberlain.validation.Problems;

/**
 * Imports the organizer's pledge spreadsheet (CSV or .xlsx): one pledge a row, naming its member and project by
 * name, its kind (hours, or a percent of the workforce with its headcount basis), period, status, signing date and
 * the pitch it followed. Each row goes through the same checks as a pledge typed on the Pledges screen, reported
 * by row and column in the dry run; duplicates (same member, project and start as an earlier row or a stored
 * pledge) follow the user's choice; the commit is all-or-nothing and one import batch, undone in one step.
 */
public class PledgeImporter implements Importer<PledgeDraft> {
    public static final List<ImportField> FIELDS = PledgeImportFields.FIELDS;

    private final PledgeRepository pledges;
    private final PledgeImportRepository store;
    private final ImportMappingRepository mappings;
    private final ImportHistory history;
    private final SettingsService settings;

    public PledgeImporter(PledgeRepository pledges, PledgeImportRepository store, ImportMappingRepository mappings,
            ImportHistory history, SettingsService settings) {
        this.pledges = pledges;
        this.store = store;
        this.mappings = mappings;
        this.history = history;
        this.settings = settings;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.PLEDGES;
    }

    @Override
    public List<ImportField> fields() {
        return FIELDS;
    }

    @Override
    public ColumnMapping mappingFor(List<String> headers) {
        return mappings.find(ImportKind.PLEDGES, headers).orElseGet(() -> plan(null).guessMapping(headers));
    }

    @Override
    public DryRun<PledgeDraft> dryRun(Path file, ColumnMapping mapping, IntConsumer rowsRead)
            throws InvalidInputException {
        Names names = new Names(store, new PledgeChecks(pledges), settings.current());
        ExistingRecords existing = new ExistingRecords();
        Map<Long, String> members = names.members;
        String samePledge = duplicateKind();
        for (PledgeImportRepository.StoredPledge p : store.storedPledges()) {
            existing.put(samePledge, key(p.organizationId(), p.projectId(), p.periodStart()), p.id(),
                    Messages.get("pledgeImport.storedPledge", p.id(), members.get(p.organizationId()),
                            p.periodStart().toString()));
        }
        try (SheetSource source = SpreadsheetReader.open(file)) {
            return plan(names).dryRun(source, mapping, existing);
        }
    }

    @Override
    public ImportResult commit(DryRun<PledgeDraft> run, DuplicateChoices choices, boolean skipInvalid)
            throws InvalidInputException {
        Importer.requireImportable(run, skipInvalid);
        PledgeChecks checks = new PledgeChecks(pledges);
        ChamberSettings current = settings.current();
        Problems problems = new Problems();
        List<Pledge> creates = new ArrayList<>();
        List<Pledge> updates = new ArrayList<>();
        for (PlannedChange<PledgeDraft> change : run.resolve(choices)) {
            Optional<Pledge> existing = change.action() == PlannedChange.Action.UPDATE
                    ? pledges.get(change.existingId()) : Optional.empty();
            try {
                Pledge checked = checks.check(change.record(), existing, current);
                (existing.isPresent() ? updates : creates).add(checked);
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> problems.add(new Problem(change.row(), p.key(),
                        Wording.plain(header(run.mapping(), p.key())), p.reason())));
            }
        }
        problems.throwIfAny();
        if (creates.isEmpty() && updates.isEmpty()) {
            throw new InvalidInputException(List.of(Problem.general("pledgeImport.nothing")));
        }
        long batch = store.commit(Importer.sourceName(run), creates, updates);
        mappings.save(ImportKind.PLEDGES, run.mapping());
        int valid = run.valid().size();
        return new ImportResult(batch, creates.size(), updates.size(), valid - creates.size() - updates.size(),
                run.invalid());
    }

    @Override
    public void undo(long batchId) throws InvalidInputException {
        history.undo(batchId);
    }

    private ImportPlan<PledgeDraft> plan(Names names) {
        return new ImportPlan<>(FIELDS, row -> names.toDraft(row),
                d -> Map.of(duplicateKind(), key(d.organizationId(), d.projectId(), d.periodStart())));
    }

    /** What makes two pledges the same, as the dry run names it. */
    private static String duplicateKind() {
        return Messages.get("pledgeImport.duplicateKind");
    }

    static String key(Long organizationId, Long projectId, LocalDate start) {
        return organizationId + "|" + (projectId == null ? "" : projectId) + "|" + start;
    }

    private static String header(ColumnMapping mapping, String fieldKey) {
        String header = mapping.headerOf("period".equals(fieldKey) ? "end" : fieldKey);
        return header == null ? "" : header;
    }

    /** The file's names resolved against the store, and each row turned into a checked draft. */
    private static final class Names {
        private final Map<Long, String> members;
        private final Map<String, List<Long>> membersByName;
        private final Map<String, List<Long>> projectsByName;
        private final List<PledgeImportRepository.PitchSlot> pitches;
        private final PledgeChecks checks;
        private final ChamberSettings settings;

        Names(PledgeImportRepository store, PledgeChecks checks, ChamberSettings settings) {
            this.members = store.memberNames();
            this.membersByName = index(members);
            this.projectsByName = index(store.projectNames());
            this.pitches = store.pitchSlots();
            this.checks = checks;
            this.settings = settings;
        }

        PledgeDraft toDraft(MappedRow row) {
            if (!row.has("member") || !row.has("start")) {
                return null; // their problems are already recorded
            }
            Long organization = one(membersByName, row.text("member"));
            if (organization == null) {
                row.problem("member", unknown("member", membersByName, row.text("member")));
            }
            Long project = null;
            String projectKey = row.has("project") ? HeaderNames.normalize(row.text("project")) : "";
            if (!projectKey.isEmpty() && !PledgeResolver.GENERAL_POOL_WORDS.contains(projectKey)) {
                project = one(projectsByName, row.text("project"));
                if (project == null) {
                    row.problem("project", unknown("project", projectsByName, row.text("project")));
                }
            }
            PledgeKind kind = kindOf(row);
            LocalDate start = row.date("start");
            LocalDate end = row.has("end") ? row.date("end") : PledgeService.defaultPeriodEnd(start);
            PledgeStatus status = row.has("status") ? PledgeStatus.valueOf(row.text("status"))
                    : row.has("signed") ? PledgeStatus.ACTIVE : PledgeStatus.DRAFT;
            Long pitch = row.has("pitch") ? pitchOf(row, project) : null;
            if (row.hasProblems() || kind == null) {
                return null;
            }
            PledgeDraft draft = new PledgeDraft(organization, project, kind,
                    kind == PledgeKind.HOURS && row.has("hours") ? Long.valueOf(row.integer("hours")) : null,
                    kind == PledgeKind.PERCENT_OF_WORKFORCE ? row.integer("percent") : null,
                    row.has("headcount") ? Long.valueOf(row.integer("headcount")) : null, null, start, end, status,
                    row.date("signed"), pitch, row.text("notes"));
            try {
                checks.check(draft, Optional.empty(), settings);
            } catch (InvalidInputException e) {
                for (Problem p : e.problems()) {
                    String field = "period".equals(p.key()) ? "end" : p.key();
                    if (FIELDS.stream().anyMatch(f -> f.key().equals(field))) {
                        row.problem(field, p.reason());
                    } else {
                        row.problem(Wording.of("pledgeImport.otherProblem", p.label(), p.reason()));
                    }
                }
                return null;
            }
            return draft;
        }

        private static PledgeKind kindOf(MappedRow row) {
            if (row.has("kind")) {
                return PledgeKind.valueOf(row.text("kind"));
            }
            boolean hours = row.has("hours");
            boolean percent = row.has("percent");
            if (hours != percent) {
                return hours ? PledgeKind.HOURS : PledgeKind.PERCENT_OF_WORKFORCE;
            }
            row.problem("kind", Wording.of(hours ? "pledgeImport.kind.both" : "pledgeImport.kind.none"));
            return null;
        }

        /** The pitch a row names by its night's date (2026-03-20) or title; the project's pitch that night. */
        private Long pitchOf(MappedRow row, Long project) {
            String text = row.text("pitch").strip();
            String key = HeaderNames.normalize(text);
            List<PledgeImportRepository.PitchSlot> night = pitches.stream()
                    .filter(s -> s.nightDate().toString().equals(text) || HeaderNames.normalize(s.nightTitle())
                            .equals(key)).toList();
            if (night.isEmpty()) {
                row.problem("pitch", Wording.of("pledgeImport.noPitch", text));
                return null;
            }
            List<PledgeImportRepository.PitchSlot> ofProject = night.stream()
                    .filter(s -> project != null && project.equals(s.projectId())).toList();
            if (ofProject.size() == 1) {
                return ofProject.get(0).slotId();
            }
            if (night.size() == 1) {
                return night.get(0).slotId();
            }
            row.problem("pitch", Wording.of("pledgeImport.pitchOfOtherProject", text, night.size()));
            return null;
        }

        private static Long one(Map<String, List<Long>> byName, String name) {
            List<Long> ids = byName.getOrDefault(HeaderNames.normalize(name), List.of());
            return ids.size() == 1 ? ids.get(0) : null;
        }

        /** Why a member or project name found none or several: {@code what} is "member" or "project". */
        private static Wording unknown(String what, Map<String, List<Long>> byName, String name) {
            int count = byName.getOrDefault(HeaderNames.normalize(name), List.of()).size();
            return count == 0 ? Wording.of("pledgeImport.no." + what, name.strip())
                    : Wording.of("pledgeImport.sameName." + what, count, name.strip());
        }

        private static Map<String, List<Long>> index(Map<Long, String> names) {
            Map<String, List<Long>> index = new HashMap<>();
            names.forEach((id, name) -> index.computeIfAbsent(HeaderNames.normalize(name), k -> new ArrayList<>())
                    .add(id));
            return index;
        }
    }
}
