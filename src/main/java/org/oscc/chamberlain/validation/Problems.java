package org.oscc.chamberlain.validation;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one input, so that all of them are reported at once rather than the first alone. */
public final class Problems {
    private final List<Problem> found = new ArrayList<>();

    public Problems add(String field, String message) {
        found.add(Problem.of(field, message));
        return this;
    }

    /** A problem of one form field, by its key (which ties it to the control) and the label it is shown under. */
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
