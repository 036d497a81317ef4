package org.oscc.chamberlain.importing;

import org.oscc.chamberlain.validation.Problem;

/**
 * The outcome of reading one typed-in value: a value, nothing (an empty cell), or the reason it cannot be read.
 * Never a guess: a value that could mean two things is a reason, not a value.
 */
public record Parsed<T>(T value, String problem) {

    public static <T> Parsed<T> of(T value) {
        return new Parsed<>(value, null);
    }

    public static <T> Parsed<T> empty() {
        return new Parsed<>(null, null);
    }

    public static <T> Parsed<T> failure(String reason) {
        return new Parsed<>(null, reason);
    }

    public boolean failed() {
        return problem != null;
    }

    public boolean isEmpty() {
        return value == null && problem == null;
    }

    /** The failure as a Problem at a row and column (the column as its header reads in the file). */
    public Problem toProblem(int row, String column) {
        if (problem == null) {
            throw new IllegalStateException("no problem to report: the value was read");
        }
        return new Problem(row, column, problem);
    }
}
