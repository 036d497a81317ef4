package org.oscc.chamberlain.cli;

import org.oscc.chamberlain.text.Messages;
import org.oscc.chamberlain.validation.Problem;

/** A problem as the command line prints it, in the run's language: where (row, column) and why. */
final class ProblemLines {
    private ProblemLines() {
    }

    /** "Row 14, column "Email": ...", "Row 14: ...", "Email: ..." or the reason alone. */
    static String describe(Problem p) {
        String field = p.field() == null ? "" : p.field();
        if (p.row() > 0) {
            return field.isEmpty() ? Messages.get("cli.problem.row", Integer.toString(p.row()), p.message())
                    : Messages.get("cli.problem.rowColumn", Integer.toString(p.row()), field, p.message());
        }
        return field.isEmpty() ? p.message() : Messages.get("cli.problem.field", field, p.message());
    }
}
