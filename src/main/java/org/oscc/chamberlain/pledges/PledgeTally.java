package org.oscc.chamberlain.pledges;

/** A pledge with its names resolved and its delivered minutes summed in SQL; the input of a {@link PledgeRow}. */
public record PledgeTally(Pledge pledge, String memberName, String projectName, long deliveredMinutes) {
}
