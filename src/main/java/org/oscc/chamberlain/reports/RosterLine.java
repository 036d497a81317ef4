package org.oscc.chamberlain.reports;

/**
 * One line of the roster CSV: a contact with its organization. A member without contacts gets one line with no
 * contact, and a contact without an organization one line with no member; never both null.
 */
public record RosterLine(RosterMember member, RosterContact contact) {
    public RosterLine {
        if (member == null && contact == null) {
            throw new IllegalArgumentException("a roster line has a member, a contact or both");
        }
    }
}
