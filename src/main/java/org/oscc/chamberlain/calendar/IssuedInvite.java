package org.oscc.chamberlain.calendar;

/** One invite that was issued for a session (a row of invite_issue): its SEQUENCE, METHOD and what it said. */
public record IssuedInvite(int sequence, Method method, InviteSnapshot snapshot) {

    public enum Method { REQUEST, CANCEL, PUBLISH }

    public IssuedInvite {
        if (sequence < 0 || method == null || snapshot == null) {
            throw new IllegalArgumentException("an issued invite has a sequence >= 0, a method and a snapshot");
        }
    }
}
