package org.oscc.chamberlain.mail;

import org.oscc.chamberlain.calendar.IssuedInvite;

/** The words for outcomes and invite versions, as the summaries and the command line print them. */
public final class OutcomeWords {
    private OutcomeWords() {
    }

    public static String of(SendLine.Outcome o) {
        return switch (o) {
            case WILL_SEND -> "will get it";
            case SENT -> "sent";
            case REFUSED -> "refused by the server";
            case SKIPPED -> "skipped";
            case ALREADY_SENT -> "already have it";
            case UNCERTAIN -> "may have it (Chamberlain stopped while sending)";
            case NOT_SENT -> "not sent yet";
        };
    }

    /**
     * "invite (number 0)", "update (number 3)", "cancellation (number 4)": the number is the invite's SEQUENCE, as
     * the invite dialog counts them.
     */
    public static String version(int sequence, IssuedInvite.Method method) {
        String kind = method == IssuedInvite.Method.CANCEL ? "cancellation" : sequence == 0 ? "invite" : "update";
        return kind + " (number " + sequence + ")";
    }
}
