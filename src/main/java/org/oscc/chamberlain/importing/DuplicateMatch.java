package org.oscc.chamberlain.importing;

import org.oscc.chamberlain.text.Messages;

/**
 * A row that matches something already seen: an earlier row of the same file ({@code firstRow > 0}) or a stored
 * record ({@code existingId != null}), by one key kind ("name", "e-mail") and its normalized value.
 */
public record DuplicateMatch(int row, String matchedBy, String key, int firstRow, Long existingId,
        String existingLabel) {

    public boolean inFile() {
        return firstRow > 0;
    }

    /** "Row 9: same name as row 3" or "Row 9: same e-mail as Acme Inc. (already stored)". */
    public String describe() {
        String by = "importing.duplicate.by." + matchedBy.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        String what = Messages.has(by) ? Messages.get(by) : matchedBy;
        return inFile() ? Messages.get("importing.duplicate.inFile", Integer.toString(row), what,
                Integer.toString(firstRow))
                : Messages.get("importing.duplicate.stored", Integer.toString(row), what, existingLabel);
    }
}
