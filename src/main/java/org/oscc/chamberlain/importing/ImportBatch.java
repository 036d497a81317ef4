package org.oscc.chamberlain.importing;

import java.time.LocalDateTime;

/** One import as recorded: what, from which file, when (UTC), how many rows, and whether it was undone. */
public record ImportBatch(long id, ImportKind kind, String sourceName, LocalDateTime importedAt, int rowCount,
        Status status, LocalDateTime undoneAt) {

    public enum Status {
        APPLIED,
        UNDONE
    }
}
