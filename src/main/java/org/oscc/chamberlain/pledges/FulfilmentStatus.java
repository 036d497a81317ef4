package org.oscc.chamberlain.pledges;

/** Where a pledge stands against its schedule, computed by {@link FulfilmentRules} (never stored). */
public enum FulfilmentStatus {
    NOT_STARTED,
    ON_TRACK,
    BEHIND,
    AT_RISK,
    FULFILLED,
    OVERDUE;

    /** The command-line spelling: {@code on-track}, {@code not-started}, ... */
    public String cliName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
