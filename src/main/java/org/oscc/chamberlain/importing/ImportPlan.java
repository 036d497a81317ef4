package org.oscc.chamberlain.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.oscc.chamberlain.validation.InvalidInputException;
import org.oscc.chamberlain.validation.Problem;
import org.oscc.chamberlain.validation.Problems;
import org.oscc.chamberlain.text.Messages;

/**
 * How one kind of spreadsheet becomes records: the fields, the feature's {@link RowMapper}, and how duplicates are
 * recognised. {@link #dryRun} reads every row, collecting every problem (row, column, reason) rather than stopping
 * at the first, and finds duplicates within the file and against the store; nothing is written.
 *
 * <pre>{@code
 * ImportPlan<NewMember> plan = new ImportPlan<>(FIELDS, row -> ..., m -> Map.of("name", key(m.name()), "e-mail", ...));
 * try (SheetSource src = SpreadsheetReader.open(file)) {
 *     DryRun<NewMember> run = plan.dryRun(src, mapping, existingRecords);
 * }
 * }</pre>
 */
public final class ImportPlan<T> {
    private final List<ImportField> fields;
    private final RowMapper<T> mapper;
    private final DuplicateKeys<T> duplicateKeys;
    private final Map<String, Integer> fieldIndex = new HashMap<>();

    public ImportPlan(List<ImportField> fields, RowMapper<T> mapper, DuplicateKeys<T> duplicateKeys) {
        this.fields = List.copyOf(fields);
        this.mapper = Objects.requireNonNull(mapper);
        this.duplicateKeys = duplicateKeys != null ? duplicateKeys : r -> Map.of();
        for (int i = 0; i < this.fields.size(); i++) {
            if (fieldIndex.put(this.fields.get(i).key(), i) != null) {
                throw new IllegalArgumentException("two import fields share the key " + this.fields.get(i).key());
            }
        }
    }

    public List<ImportField> fields() {
        return fields;
    }

    /** The mapping guessed from the headers (use a remembered one first when there is one). */
    public ColumnMapping guessMapping(List<String> headers) {
        return HeaderGuesser.guess(headers, fields);
    }

    /**
     * Reads every remaining row of {@code source}. Refuses (without reading) when a required field has no column,
     * and stops with the reader's refusal when the file turns out damaged part-way.
     */
    public DryRun<T> dryRun(SheetSource source, ColumnMapping mapping, ExistingRecords existing)
            throws InvalidInputException {
        Problems missing = new Problems();
        for (ImportField f : mapping.missingRequired(fields)) {
            missing.add(new Problem(0, f.shownLabel(), Messages.get("importing.plan.unmapped")));
        }
        missing.throwIfAny();
        RowReader reader = new RowReader(mapping);
        DryRun.Builder<T> result = new DryRun.Builder<>(source.description(), mapping);
        // per kind of key, the first row with each key (no kind prefix per entry: a million-row file keeps a million)
        Map<String, Map<String, Integer>> firstRowByKey = new HashMap<>();
        SheetRow row;
        while ((row = source.next()) != null) {
            result.rowRead();
            MappedRow mapped = reader.read(row);
            T record = mapped.hasProblems() ? null : mapper.map(mapped);
            if (mapped.hasProblems() || record == null) {
                List<Problem> problems = mapped.problems();
                if (problems.isEmpty()) {
                    problems = List.of(new Problem(row.rowNumber(), "", Messages.get("importing.plan.rowRefused")));
                }
                result.invalid(new InvalidRow(row.rowNumber(), row.cells(), problems));
                continue;
            }
            result.valid(new ValidRow<>(row.rowNumber(), record));
            findDuplicates(row.rowNumber(), record, firstRowByKey, existing, result);
        }
        reader.dateEvidence.problems().forEach(result::fileProblem);
        result.suggestedDateOrder(reader.dateEvidence.suggestion());
        return result.build();
    }

    private void findDuplicates(int rowNumber, T record, Map<String, Map<String, Integer>> firstRowByKey,
            ExistingRecords existing, DryRun.Builder<T> result) {
        Map<String, String> keys = duplicateKeys.keysOf(record);
        for (Map.Entry<String, String> k : keys.entrySet()) {
            if (k.getValue() == null || k.getValue().isEmpty()) {
                continue;
            }
            Integer first = firstRowByKey.computeIfAbsent(k.getKey(), kind -> new HashMap<>())
                    .putIfAbsent(k.getValue(), rowNumber);
            if (first != null) {
                result.duplicate(new DuplicateMatch(rowNumber, k.getKey(), k.getValue(), first, null, null));
            }
            existing.find(k.getKey(), k.getValue()).ifPresent(e -> result.duplicate(
                    new DuplicateMatch(rowNumber, k.getKey(), k.getValue(), 0, e.id(), e.label())));
        }
    }

    /** Reads the mapped cells of one row into typed values, recording a problem per unreadable cell. */
    private static final int PARSED_CELLS_KEPT = 4_096;

    private final class RowReader {
        private final ColumnMapping mapping;
        private final ValueParsers parsers;
        private final int[] columns;
        private final String[] headers;
        private final List<Map<String, String>> choices = new ArrayList<>();
        private final DateEvidence dateEvidence;
        private final int headerCount;
        /**
         * Per column, what recent cell texts parsed to: timesheets repeat the same dates, durations, names and
         * descriptions on thousands of rows, and a million-row file would otherwise hold a copy of each per row.
         */
        private final List<Map<String, Parsed<?>>> parsedCells = new ArrayList<>();

        RowReader(ColumnMapping mapping) {
            this.mapping = mapping;
            this.parsers = new ValueParsers(mapping.dateOrder());
            this.columns = new int[fields.size()];
            this.headers = new String[fields.size()];
            this.headerCount = mapping.headers().size();
            for (int i = 0; i < fields.size(); i++) {
                columns[i] = mapping.columnOf(fields.get(i).key());
                headers[i] = columns[i] < 0 ? null : mapping.headers().get(columns[i]);
                choices.add(ValueParsers.choiceLookup(fields.get(i)));
                parsedCells.add(new HashMap<>());
            }
            this.dateEvidence = new DateEvidence(mapping.dateOrder());
        }

        private Parsed<?> parse(int column, ImportField field, String cell) {
            if (field.type() == ValueType.CHOICE) {
                return parsers.choice(cell, choices.get(column));
            }
            boolean shared = switch (field.type()) {
                case TEXT, DATE, COUNT, HOURS, MINUTES -> cell != null;
                default -> false;
            };
            Map<String, Parsed<?>> seen = parsedCells.get(column);
            Parsed<?> parsed = shared ? seen.get(cell) : null;
            if (parsed == null) {
                parsed = parsers.parse(field, cell);
                if (shared && !parsed.failed() && seen.size() < PARSED_CELLS_KEPT) {
                    seen.put(cell, parsed);
                }
            }
            return parsed;
        }

        MappedRow read(SheetRow row) {
            MappedRow mapped = new MappedRow(row, fields, fieldIndex, mapping);
            checkExtraCells(row, mapped);
            for (int i = 0; i < columns.length; i++) {
                ImportField field = fields.get(i);
                if (columns[i] < 0) {
                    continue;
                }
                String cell = row.cell(columns[i]);
                Parsed<?> parsed = parse(i, field, cell);
                if (parsed.failed()) {
                    mapped.addProblem(parsed.toProblem(row.rowNumber(), headers[i]));
                } else if (parsed.value() == null && field.required()) {
                    mapped.addProblem(new Problem(row.rowNumber(), headers[i],
                            Messages.get("importing.plan.emptyRequired", field.shownLabel())));
                } else {
                    mapped.set(i, parsed.value());
                }
                if (field.type() == ValueType.DATE) {
                    dateEvidence.observe(headers[i], row.rowNumber(), cell);
                }
            }
            return mapped;
        }

        private void checkExtraCells(SheetRow row, MappedRow mapped) {
            List<String> cells = row.cells();
            for (int c = headerCount; c < cells.size(); c++) {
                if (!cells.get(c).isBlank()) {
                    String text = cells.get(c).strip();
                    mapped.addProblem(new Problem(row.rowNumber(), "", Messages.get("importing.plan.extraCell",
                            cells.size(), headerCount, SpreadsheetReader.columnLetter(c),
                            text.length() > 40 ? text.substring(0, 40) + "…" : text)));
                    return;
                }
            }
        }
    }
}
