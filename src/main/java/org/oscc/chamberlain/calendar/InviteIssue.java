package org.oscc.chamberlain.calendar;

import java.time.LocalDateTime;

/** One row of invite_issue: an invite (or cancellation) issued for a session, when (UTC) and what it said. */
public record InviteIssue(int id, int pitchNightId, int sequence, IssuedInvite.Method method,
        LocalDateTime issuedAtUtc, InviteSnapshot snapshot) {

    public IssuedInvite issued() {
        return new IssuedInvite(sequence, method, snapshot);
    }
}
