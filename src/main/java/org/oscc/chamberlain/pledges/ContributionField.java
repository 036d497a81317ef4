package org.oscc.chamberlain.pledges;

import java.util.Optional;

/**
 * The fields a contribution's problems name: the label is the column name a timesheet uses for it (as the import
 * recognises it), and screens map a {@link org.oscc.chamberlain.validation.Problem}'s field back to their own
 * control through {@link #ofLabel}.
 */
public enum ContributionField {
    PLEDGE("Pledge"),
    PROJECT("Project"),
    DATE("Date"),
    HOURS("Hours"),
    CONTRIBUTOR("Contributor"),
    DESCRIPTION("Description"),
    LINK("Link");

    private final String label;

    ContributionField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The field a problem names, if it is one of these. */
    public static Optional<ContributionField> ofLabel(String label) {
        for (ContributionField f : values()) {
            if (f.label.equals(label)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
