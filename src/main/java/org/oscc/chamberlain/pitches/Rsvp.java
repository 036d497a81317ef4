package org.oscc.chamberlain.pitches;

/**
 * An invitee's answer. {@link #INVITED} means no answer yet; {@link #WAITLISTED} is never an answer but what an
 * acceptance becomes when the session is full (see {@link Waitlist}).
 */
public enum Rsvp {
    INVITED, ACCEPTED, TENTATIVE, DECLINED, WAITLISTED
}
