package org.oscc.chamberlain.validation;

import java.util.List;
import java.util.stream.Collectors;

/** Input refused: nothing was written. Carries every problem found, each naming its row and field. */
public class InvalidInputException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.stream().map(Problem::describe).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an input is refused for at least one reason");
        }
        this.problems = List.copyOf(problems);
    }

    /** One problem (in the bundle's words: see {@link Problem#onField}). */
    public InvalidInputException(Problem problem) {
        this(List.of(problem));
    }

    /** One problem already in words. */
    public InvalidInputException(String field, String message) {
        this(List.of(Problem.of(field, message)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
