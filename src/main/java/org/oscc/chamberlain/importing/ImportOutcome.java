package org.oscc.chamberlain.importing;

import java.util.List;

/** What a committed import did: its batch (to undo it), rows created and updated, duplicates skipped, rows left out. */
public interface ImportOutcome {
    long batchId();

    int created();

    int updated();

    int skipped();

    List<InvalidRow> leftOut();
}
