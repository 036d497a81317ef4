package org.oscc.chamberlain.mail;

import java.time.LocalDateTime;
import org.oscc.chamberlain.calendar.IssuedInvite;

/**
 * One row of the sent log: an invite version (SEQUENCE and method) e-mailed to one invitee, when it was started and
 * finished (UTC), and how it ended: SENT, REFUSED (with the server's own words), or still SENDING when Chamberlain
 * stopped before the server answered.
 */
public record Delivery(int id, int nightId, int issueId, int contactId, int sequence, IssuedInvite.Method method,
        String email, State state, LocalDateTime startedAtUtc, LocalDateTime finishedAtUtc, String serverReply) {

    public enum State { SENDING, SENT, REFUSED }

    public boolean isVersion(int seq, IssuedInvite.Method m) {
        return sequence == seq && method == m;
    }
}
