package org.oscc.chamberlain.calendar;

import java.util.Locale;
import java.util.Optional;
import org.oscc.chamberlain.pitches.Rsvp;
import org.oscc.chamberlain.pitches.SessionStatus;

/** How the pitch nights' one {@link Rsvp} and {@link SessionStatus} are written in iCalendar and read back. */
public final class ICalendarTerms {
    private ICalendarTerms() {
    }

    /** The STATUS an invite gives a session. */
    public static String status(SessionStatus status) {
        return switch (status) {
            case DRAFT -> "TENTATIVE";
            case SCHEDULED, HELD -> "CONFIRMED";
            case CANCELLED -> "CANCELLED";
        };
    }

    /** The PARTSTAT written into an invite for an answer. */
    public static String partstat(Rsvp rsvp) {
        return switch (rsvp) {
            case INVITED -> "NEEDS-ACTION";
            case ACCEPTED -> "ACCEPTED";
            // a waitlisted invitee wants to come but holds no seat yet: their calendar shows the evening as tentative
            case TENTATIVE, WAITLISTED -> "TENTATIVE";
            case DECLINED -> "DECLINED";
        };
    }

    /** The answer a PARTSTAT in a reply stands for; empty for values a pitch night has no use for (DELEGATED...). */
    public static Optional<Rsvp> rsvpOf(String partstat) {
        if (partstat == null) {
            return Optional.empty();
        }
        return switch (partstat.strip().toUpperCase(Locale.ROOT)) {
            case "NEEDS-ACTION" -> Optional.of(Rsvp.INVITED);
            case "ACCEPTED" -> Optional.of(Rsvp.ACCEPTED);
            case "TENTATIVE" -> Optional.of(Rsvp.TENTATIVE);
            case "DECLINED" -> Optional.of(Rsvp.DECLINED);
            default -> Optional.empty();
        };
    }
}
