package org.oscc.chamberlain.pledges;

/** A pitch a pledge can say it came from: the agenda slot's id and how the pitch is named in a picker. */
public record PitchChoice(long slotId, String label) {
}
