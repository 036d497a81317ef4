package org.oscc.chamberlain.pitches;

/** A project or organization as a picker offers it: its id and the name the organizer recognizes. */
public record Choice(int id, String name) {
}
