package org.oscc.chamberlain.pitches;

/** A clash with another session, shown as a warning before saving (the organizer may still save). */
public record Conflict(Kind kind, int otherSessionId, String otherTitle, String message) {

    public enum Kind {
        /** Both sessions use the same venue at overlapping times. */
        VENUE,
        /** One presenter has overlapping slots in two sessions. */
        PRESENTER
    }
}
