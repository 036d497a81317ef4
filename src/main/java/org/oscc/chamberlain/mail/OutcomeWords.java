package org.oscc.chamberlain.mail;

import org.oscc.chamberlain.calendar.IssuedInvite;
import org.oscc.chamberlain.text.Messages;

/** The words for outcomes and invite versions, as the summaries and the command line print them. */
public final class OutcomeWords {
    private OutcomeWords() {
    }

    public static String of(SendLine.Outcome o) {
        return Messages.get("send.word." + o.name());
    }

    /**
     * "invite (number 0)", "update (number 3)", "cancellation (number 4)": the number is the invite's SEQUENCE, as
     * the invite dialog counts them.
     */
    public static String version(int sequence, IssuedInvite.Method method) {
        String kind = method == IssuedInvite.Method.CANCEL ? "cancellation" : sequence == 0 ? "invite" : "update";
        return Messages.get("send.version." + kind, Integer.toString(sequence));
    }
}
