package org.oscc.chamberlain.importing;

import java.util.HashMap;
import java.util.Map;

/** The user's decision for duplicate rows: one choice for all, overridden row by row. Immutable. */
public final class DuplicateChoices {
    private final DuplicateChoice forAll;
    private final Map<Integer, DuplicateChoice> byRow;

    private DuplicateChoices(DuplicateChoice forAll, Map<Integer, DuplicateChoice> byRow) {
        this.forAll = forAll;
        this.byRow = Map.copyOf(byRow);
    }

    public static DuplicateChoices all(DuplicateChoice choice) {
        return new DuplicateChoices(choice, Map.of());
    }

    public DuplicateChoices with(int row, DuplicateChoice choice) {
        Map<Integer, DuplicateChoice> next = new HashMap<>(byRow);
        next.put(row, choice);
        return new DuplicateChoices(forAll, next);
    }

    public DuplicateChoice choiceFor(int row) {
        return byRow.getOrDefault(row, forAll);
    }
}
