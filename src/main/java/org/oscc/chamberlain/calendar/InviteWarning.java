package org.oscc.chamberlain.calendar;

/** Something that would make an invite misbehave, found before it is issued. Blocking ones stop the issue. */
public record InviteWarning(Kind kind, String message) {

    public enum Kind {
        /** Calendars refuse an invite without an organizer address: blocks issuing. */
        NO_ORGANIZER_EMAIL(true),
        ORGANIZER_EMAIL_INVALID(true),
        NO_INVITEES(false),
        /**
         * Nobody the invite could name (an e-mail address they agreed to be written to): an invite or a
         * cancellation without any ATTENDEE is refused by calendars, so it blocks issuing.
         */
        NOBODY_TO_INVITE(true),
        /** Invitees who did not agree to e-mail: the invite leaves them out (a calendar would e-mail them). */
        INVITEE_WITHOUT_CONSENT(false),
        INVITEE_WITHOUT_EMAIL(false),
        INVITEE_EMAIL_INVALID(false),
        DUPLICATE_EMAIL(false),
        IN_THE_PAST(false),
        AGENDA_TOO_LONG(false),
        AGENDA_BEFORE_START(false),
        START_SKIPPED_BY_CLOCK_CHANGE(false),
        ONLINE_LINK_INVALID(false),
        /** The session is still a draft: the invite marks it tentative. */
        SESSION_IS_DRAFT(false);

        private final boolean blocks;

        Kind(boolean blocks) {
            this.blocks = blocks;
        }
    }

    public boolean blocksIssue() {
        return kind.blocks;
    }
}
