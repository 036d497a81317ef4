package org.oscc.chamberlain.pledges;

/** Where a pledge stands against its schedule, computed by {@link FulfilmentRules} (never stored). */
public enum FulfilmentStatus {
    NOT_STARTED,
    ON_TRACK,
    BEHIND,
    AT_RISK,
    FULFILLED,
    OVERDUE;

    /** Behind, At risk or Overdue: the statuses that count hours short of expected. */
    public boolean isShort() {
        return severity() > 0;
    }

    /** How serious a shortfall: 0 for none, then Behind 1, At risk 2, Overdue 3 (PledgeSql spells the same). */
    public int severity() {
        return switch (this) {
            case BEHIND -> 1;
            case AT_RISK -> 2;
            case OVERDUE -> 3;
            default -> 0;
        };
    }

    /** The command-line spelling: {@code on-track}, {@code not-started}, ... */
    public String cliName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
