package org.oscc.chamberlain.pledges;

/** A member's fulfilment over its counting pledges (see {@link FulfilmentRules#ofTotals}). */
public record MemberFulfilment(long organizationId, String memberName, Fulfilment fulfilment) {
}
