package org.oscc.chamberlain.members;

import java.util.List;
import org.oscc.chamberlain.importing.ImportOutcome;
import org.oscc.chamberlain.importing.InvalidRow;
import org.oscc.chamberlain.text.Messages;

/**
 * What a member import did: its batch (to undo it), how many organizations it created and updated, how many duplicate
 * rows it skipped, and the rows it left out because they could not be imported (only with "skip invalid rows").
 */
public record MemberImportResult(long batchId, int created, int updated, int skipped, List<InvalidRow> leftOut)
        implements ImportOutcome {

    public MemberImportResult {
        leftOut = List.copyOf(leftOut);
    }

    /** "Import 7: 120 organizations created, 3 updated, 2 duplicates skipped, 1 invalid row left out." */
    public String describe() {
        return Messages.get(leftOut.isEmpty() ? "memberImport.result" : "memberImport.result.leftOut",
                Long.toString(batchId), created, updated, skipped, leftOut.size());
    }
}
