package org.oscc.chamberlain.pitches;

/** Whether an invitee came, recorded after the night. */
public enum Attendance {
    ATTENDED, NO_SHOW
}
