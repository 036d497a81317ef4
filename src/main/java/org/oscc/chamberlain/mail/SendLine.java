package org.oscc.chamberlain.mail;

import java.time.LocalDateTime;

/**
 * What happens, or happened, to one invitee in a send: who, the outcome, which version of the invite (in words),
 * when it was sent (UTC, for SENT and ALREADY_SENT) and the server's own words (for REFUSED) or the reason (for
 * SKIPPED, UNCERTAIN, NOT_SENT).
 */
public record SendLine(int contactId, String name, String email, Outcome outcome, String version,
        LocalDateTime whenUtc, String words) {

    public enum Outcome {
        /** In a plan: will get this version. */
        WILL_SEND,
        SENT,
        /** The server refused the recipient or the message; a later Send tries again. */
        REFUSED,
        /** No e-mail address, or no consent to e-mail. */
        SKIPPED,
        /** Has this version already: not sent again. */
        ALREADY_SENT,
        /** Chamberlain stopped while sending this one, before the server answered: not sent again on its own. */
        UNCERTAIN,
        /** The send stopped (Cancel, or the connection dropped) before this one. */
        NOT_SENT
    }

    public String who() {
        return email.isEmpty() ? name : name + " <" + email + ">";
    }

    public SendLine as(Outcome o, LocalDateTime when, String text) {
        return new SendLine(contactId, name, email, o, version, when, text);
    }
}
