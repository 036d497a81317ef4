package org.oscc.chamberlain.pledges;

/** How a pledge states its size: a total of hours, or a percent of the member's workforce over the period. */
public enum PledgeKind {
    HOURS,
    PERCENT_OF_WORKFORCE
}
