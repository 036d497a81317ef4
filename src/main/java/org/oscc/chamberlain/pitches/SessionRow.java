package org.oscc.chamberlain.pitches;

import java.time.ZonedDateTime;

/**
 * A pitch night in the sessions list: when, where, and its RSVP counts. {@code invited} counts every invitation;
 * the others count each answer, so {@link #awaitingAnswer()} is what is left.
 */
public record SessionRow(int id, String title, ZonedDateTime start, int durationMinutes, SessionStatus status,
        String venue, int invited, int accepted, int tentative, int declined, int waitlisted, int attended) {

    /** Invitees who have not answered yet. */
    public int awaitingAnswer() {
        return invited - accepted - tentative - declined - waitlisted;
    }

    public ZonedDateTime end() {
        return start.plusMinutes(durationMinutes);
    }
}
