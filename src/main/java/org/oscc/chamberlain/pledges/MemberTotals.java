package org.oscc.chamberlain.pledges;

/** Summed minutes of one member's counting pledges, as SQL adds them up; the input of a member's fulfilment. */
public record MemberTotals(long organizationId, String memberName, long pledgedMinutes, long deliveredMinutes,
        long expectedMinutes) {
}
