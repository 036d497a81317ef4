package org.oscc.chamberlain.calendar;

import java.util.Optional;

/** An invitee's answer as the app records it, and how it maps to iCalendar's PARTSTAT. */
public enum Rsvp {
    INVITED("NEEDS-ACTION"),
    ACCEPTED("ACCEPTED"),
    // A waitlisted invitee wants to come but holds no seat yet: their calendar should show the evening as tentative.
    TENTATIVE("TENTATIVE"),
    DECLINED("DECLINED"),
    WAITLISTED("TENTATIVE");

    private final String partstat;

    Rsvp(String partstat) {
        this.partstat = partstat;
    }

    /** The PARTSTAT value written into an invite for this answer. */
    public String partstat() {
        return partstat;
    }

    /** The answer a PARTSTAT in a reply stands for; empty for values a pitch night has no use for (DELEGATED...). */
    public static Optional<Rsvp> fromPartstat(String partstat) {
        if (partstat == null) {
            return Optional.empty();
        }
        switch (partstat.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "NEEDS-ACTION":
                return Optional.of(INVITED);
            case "ACCEPTED":
                return Optional.of(ACCEPTED);
            case "TENTATIVE":
                return Optional.of(TENTATIVE);
            case "DECLINED":
                return Optional.of(DECLINED);
            default:
                return Optional.empty();
        }
    }
}
