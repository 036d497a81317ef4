package org.oscc.chamberlain.importing;

import java.util.List;
import org.oscc.chamberlain.validation.InvalidInputException;

/**
 * Every import of the chamber, whatever it brought in (members, contributions, pledges, replies), and the one way to
 * take one back; the importers and {@code chamberlain import history} / {@code import undo} go through it.
 */
public class ImportHistory {
    private final ImportBatchRepository batches;

    public ImportHistory(ImportBatchRepository batches) {
        this.batches = batches;
    }

    /** All imports, newest first. */
    public List<ImportBatch> all() {
        return batches.list();
    }

    /** Imports of one kind, newest first. */
    public List<ImportBatch> of(ImportKind kind) {
        return batches.list().stream().filter(b -> b.kind() == kind).toList();
    }

    /** Undoes a whole import in one step; refused (nothing changed) when later changes depend on it. */
    public void undo(long batchId) throws InvalidInputException {
        batches.undo(batchId);
    }
}
