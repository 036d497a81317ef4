package org.oscc.chamberlain.importing;

/** What to do with a row that duplicates an earlier row or a stored record. */
public enum DuplicateChoice {
    /** Leave the row out. */
    SKIP,
    /** Update the stored record it matches; for a match within the file, the later row replaces the earlier one. */
    UPDATE,
    /** Import it as a new record anyway. */
    CREATE
}
