package org.oscc.chamberlain.store;

import java.nio.file.Path;

/** A store that Chamberlain refuses to open or use; the file has been left as it was. */
public class StoreUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;
    private final StoreProblem problem;
    private final transient Path file;

    public StoreUnavailableException(StoreProblem problem, Path file, String message) {
        this(problem, file, message, null);
    }

    public StoreUnavailableException(StoreProblem problem, Path file, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
        this.file = file;
    }

    public StoreProblem problem() {
        return problem;
    }

    public Path file() {
        return file;
    }
}
