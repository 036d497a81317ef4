package org.oscc.chamberlain.pledges;

import java.util.Optional;

/**
 * The fields a contribution's problems name: the field key a {@link org.oscc.chamberlain.validation.Problem} carries
 * (screens map it back to their own control through {@link #ofKey}) and the message key of its label.
 */
public enum ContributionField {
    PLEDGE("pledge", "pledges.contribution.pledge"),
    PROJECT("project", "pledges.contribution.project"),
    DATE("date", "pledges.contribution.date"),
    HOURS("hours", "pledges.contribution.hours"),
    CONTRIBUTOR("contributor", "pledges.contribution.contributor"),
    DESCRIPTION("description", "pledges.contribution.description"),
    LINK("link", "pledges.contribution.link");

    private final String key;
    private final String labelKey;

    ContributionField(String key, String labelKey) {
        this.key = key;
        this.labelKey = labelKey;
    }

    /** The field key problems carry. */
    public String key() {
        return key;
    }

    /** The bundle's key for the field's name. */
    public String labelKey() {
        return labelKey;
    }

    /** The field a problem is about, if it is one of these. */
    public static Optional<ContributionField> ofKey(String key) {
        for (ContributionField f : values()) {
            if (f.key.equals(key)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
