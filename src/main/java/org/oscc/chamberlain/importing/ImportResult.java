package org.oscc.chamberlain.importing;

import java.util.List;

/** The plain {@link ImportOutcome} of an import of contributions or pledges. */
public record ImportResult(long batchId, int created, int updated, int skipped, List<InvalidRow> leftOut)
        implements ImportOutcome {

    public ImportResult {
        leftOut = List.copyOf(leftOut);
    }
}
