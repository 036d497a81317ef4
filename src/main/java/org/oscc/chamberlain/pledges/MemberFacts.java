package org.oscc.chamberlain.pledges;

/** What pledge rules need to know of a member organization. {@code itHeadcount} may be null (not known). */
public record MemberFacts(long id, String name, Integer itHeadcount, boolean archived) {
}
