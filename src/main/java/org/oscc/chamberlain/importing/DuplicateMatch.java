package org.oscc.chamberlain.importing;

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
        return "Row " + row + ": same " + matchedBy + " as "
                + (inFile() ? "row " + firstRow : existingLabel + " (already stored)");
    }
}
