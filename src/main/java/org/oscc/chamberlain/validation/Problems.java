package org.oscc.chamberlain.validation;

import java.util.ArrayList;
import java.util.List;
import org.oscc.chamberlain.text.Wording;

/** Collects the problems of one input, so that all of them are reported at once rather than the first alone. */
public final class Problems {
    private final List<Problem> found = new ArrayList<>();

    /** A problem of one form field, by key, its label and reason as message keys (see {@link Problem#onField}). */
    public Problems onField(String key, String labelKey, String reasonKey, Object... arguments) {
        return add(Problem.onField(key, labelKey, reasonKey, arguments));
    }

    /** A problem of one form field whose reason is already a wording (text read elsewhere, say). */
    public Problems onField(String key, String labelKey, Wording reason) {
        return add(new Problem(0, key, Wording.of(labelKey), reason));
    }

    /** A problem of one field of a numbered row (see {@link Problem#onRow}). */
    public Problems onRow(int row, String key, String labelKey, String reasonKey, Object... arguments) {
        return add(Problem.onRow(row, key, labelKey, reasonKey, arguments));
    }

    /** A problem of the whole input (see {@link Problem#general}). */
    public Problems general(String reasonKey, Object... arguments) {
        return add(Problem.general(reasonKey, arguments));
    }

    /** A problem already in words (see {@link Problem#of}). */
    public Problems add(String field, String message) {
        found.add(Problem.of(field, message));
        return this;
    }

    /** A form field's problem already in words (see {@link Problem#at}). */
    public Problems add(String key, String label, String message) {
        found.add(Problem.at(key, label, message));
        return this;
    }

    public Problems add(Problem problem) {
        found.add(problem);
        return this;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<Problem> list() {
        return List.copyOf(found);
    }

    /** Throws when anything was found; otherwise returns quietly. */
    public void throwIfAny() throws InvalidInputException {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }
}
