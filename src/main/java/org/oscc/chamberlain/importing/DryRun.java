package org.oscc.chamberlain.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oscc.chamberlain.validation.InvalidInputException;
import org.oscc.chamberlain.validation.Problem;

/**
 * What an import would do, found without writing anything: the rows that can be imported, those that cannot (with
 * every reason, by row and column), problems of the file as a whole, and the duplicates awaiting the user's
 * {@link DuplicateChoice}. {@link #resolve} turns it, with those choices, into the changes to commit.
 */
public final class DryRun<T> {
    private final String source;
    private final ColumnMapping mapping;
    private final int rowsRead;
    private final List<ValidRow<T>> valid;
    private final List<InvalidRow> invalid;
    private final List<Problem> fileProblems;
    private final List<DuplicateMatch> duplicates;
    private final DateOrder suggestedDateOrder;

    private DryRun(Builder<T> b) {
        this.source = b.source;
        this.mapping = b.mapping;
        this.rowsRead = b.rowsRead;
        this.valid = List.copyOf(b.valid);
        this.invalid = List.copyOf(b.invalid);
        this.fileProblems = List.copyOf(b.fileProblems);
        this.duplicates = List.copyOf(b.duplicates.values());
        this.suggestedDateOrder = b.suggestedDateOrder;
    }

    /** The file as described by its reader, e.g. "roster.csv (CSV, UTF-8, semicolon separated)". */
    public String source() {
        return source;
    }

    public ColumnMapping mapping() {
        return mapping;
    }

    /** Data rows read (blank rows not counted). */
    public int rowsRead() {
        return rowsRead;
    }

    public List<ValidRow<T>> valid() {
        return valid;
    }

    public List<InvalidRow> invalid() {
        return invalid;
    }

    /** Every problem, rows first in file order, then those of the file as a whole. */
    public List<Problem> problems() {
        List<Problem> all = new ArrayList<>();
        invalid.forEach(r -> all.addAll(r.problems()));
        all.addAll(fileProblems);
        return all;
    }

    public boolean hasProblems() {
        return !invalid.isEmpty() || !fileProblems.isEmpty();
    }

    /** The import is all-or-nothing: a commit calls this first. */
    public void requireNoProblems() throws InvalidInputException {
        if (hasProblems()) {
            throw new InvalidInputException(problems());
        }
    }

    /** Each match of each duplicate row, in file order; a row may match an earlier row and a stored record. */
    public List<DuplicateMatch> duplicates() {
        return duplicates;
    }

    /** The date order the file's unambiguous dates point to, to offer the user; UNDECIDED when they prove none. */
    public DateOrder suggestedDateOrder() {
        return suggestedDateOrder;
    }

    /**
     * The changes to commit. Rows without duplicates are created. A duplicate row follows its choice: SKIP leaves it
     * out; CREATE creates it; UPDATE replaces the earlier row of the file it matches (the later row wins), or else
     * updates the stored record it matches (by the first key kind that matched), or else is created.
     */
    public List<PlannedChange<T>> resolve(DuplicateChoices choices) {
        Map<Integer, List<DuplicateMatch>> byRow = new HashMap<>();
        for (DuplicateMatch d : duplicates) {
            byRow.computeIfAbsent(d.row(), r -> new ArrayList<>()).add(d);
        }
        // the rows later rows of the file point back to: only their slots are looked up, so only theirs are kept
        // (a million-row file would otherwise keep a map entry per row)
        Set<Integer> pointedAt = new HashSet<>();
        for (DuplicateMatch d : duplicates) {
            if (d.inFile()) {
                pointedAt.add(d.firstRow());
            }
        }
        List<PlannedChange<T>> planned = new ArrayList<>(valid.size());
        Map<Integer, Integer> slotOfRow = new HashMap<>();
        for (ValidRow<T> v : valid) {
            List<DuplicateMatch> matches = byRow.get(v.row());
            DuplicateChoice choice = matches == null ? DuplicateChoice.CREATE : choices.choiceFor(v.row());
            if (choice == DuplicateChoice.SKIP) {
                continue;
            }
            if (choice == DuplicateChoice.UPDATE) {
                Integer slot = earlierSlot(matches, slotOfRow);
                if (slot != null) {
                    PlannedChange<T> earlier = planned.get(slot);
                    planned.set(slot, new PlannedChange<>(v.row(), v.record(), earlier.action(), earlier.existingId()));
                    keepSlot(slotOfRow, pointedAt, v.row(), slot);
                    continue;
                }
                DuplicateMatch stored = matches.stream().filter(m -> m.existingId() != null).findFirst().orElse(null);
                if (stored != null) {
                    keepSlot(slotOfRow, pointedAt, v.row(), planned.size());
                    planned.add(new PlannedChange<>(v.row(), v.record(), PlannedChange.Action.UPDATE,
                            stored.existingId()));
                    continue;
                }
            }
            keepSlot(slotOfRow, pointedAt, v.row(), planned.size());
            planned.add(PlannedChange.create(v.row(), v.record()));
        }
        return planned;
    }

    private static void keepSlot(Map<Integer, Integer> slotOfRow, Set<Integer> pointedAt, int row, int slot) {
        if (pointedAt.contains(row)) {
            slotOfRow.put(row, slot);
        }
    }

    private static Integer earlierSlot(List<DuplicateMatch> matches, Map<Integer, Integer> slotOfRow) {
        for (DuplicateMatch m : matches) {
            if (m.inFile() && slotOfRow.containsKey(m.firstRow())) {
                return slotOfRow.get(m.firstRow());
            }
        }
        return null;
    }

    static final class Builder<T> {
        private final String source;
        private final ColumnMapping mapping;
        private int rowsRead;
        private final List<ValidRow<T>> valid = new ArrayList<>();
        private final List<InvalidRow> invalid = new ArrayList<>();
        private final List<Problem> fileProblems = new ArrayList<>();
        private final Map<String, DuplicateMatch> duplicates = new LinkedHashMap<>();
        private DateOrder suggestedDateOrder = DateOrder.UNDECIDED;

        Builder(String source, ColumnMapping mapping) {
            this.source = source;
            this.mapping = mapping;
        }

        void rowRead() {
            rowsRead++;
        }

        void valid(ValidRow<T> row) {
            valid.add(row);
        }

        void invalid(InvalidRow row) {
            invalid.add(row);
        }

        void fileProblem(Problem p) {
            fileProblems.add(p);
        }

        void duplicate(DuplicateMatch d) {
            // one entry per row and target, even when both name and e-mail point to it
            String target = d.row() + ":" + (d.inFile() ? "row" + d.firstRow() : "id" + d.existingId());
            duplicates.putIfAbsent(target, d);
        }

        void suggestedDateOrder(DateOrder order) {
            suggestedDateOrder = order;
        }

        DryRun<T> build() {
            return new DryRun<>(this);
        }
    }
}
