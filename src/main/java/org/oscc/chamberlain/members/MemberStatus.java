package org.oscc.chamberlain.members;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an organization stands with the chamber. The lifecycle: a prospect joins (ACTIVE) or walks away (WITHDRAWN);
 * a member lapses when the renewal is missed and comes back by renewing; anyone may withdraw; a withdrawn
 * organization may be courted again (PROSPECT) or rejoin. A member or lapsed member is never a prospect again:
 * their history says otherwise.
 */
public enum MemberStatus {
    // the words of the members CSV, machine-readable in every language (screens use members.status.*)
    PROSPECT("Prospect"), // not a message
    ACTIVE("Active"), // not a message
    LAPSED("Lapsed"), // not a message
    WITHDRAWN("Withdrawn"); // not a message

    private final String label;

    MemberStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The statuses this one may change to (staying the same is always allowed). */
    public Set<MemberStatus> next() {
        return switch (this) {
            case PROSPECT -> EnumSet.of(ACTIVE, WITHDRAWN);
            case ACTIVE -> EnumSet.of(LAPSED, WITHDRAWN);
            case LAPSED -> EnumSet.of(ACTIVE, WITHDRAWN);
            case WITHDRAWN -> EnumSet.of(PROSPECT, ACTIVE);
        };
    }

    public boolean canBecome(MemberStatus other) {
        return other == this || next().contains(other);
    }

    /** True for statuses that mean the organization is or was a member (a member-since date belongs to them). */
    public boolean isMembership() {
        return this == ACTIVE || this == LAPSED;
    }
}
