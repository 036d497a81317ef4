package org.oscc.chamberlain.importing;

import java.util.List;
import org.oscc.chamberlain.validation.Problem;

/** A row that cannot be imported: its cells as read, and every reason. */
public record InvalidRow(int row, List<String> cells, List<Problem> problems) {
    public InvalidRow {
        cells = List.copyOf(cells);
        problems = List.copyOf(problems);
    }
}
