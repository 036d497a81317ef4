package org.oscc.chamberlain.pledges;

/** A project a pledge or a contribution can name. */
public record ProjectChoice(long id, String name) {
}
