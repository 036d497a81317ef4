package org.oscc.chamberlain.pitches;

/** Where a pitch night stands: planned, announced, called off, or over. */
public enum SessionStatus {
    DRAFT, SCHEDULED, CANCELLED, HELD
}
