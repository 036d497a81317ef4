package org.oscc.chamberlain.pitches;

/** What fills an agenda slot. */
public enum SlotKind {
    PITCH, BREAK
}
