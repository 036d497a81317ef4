package org.oscc.chamberlain.members;

import java.time.LocalDate;

/**
 * One line of the roster table: flat and immutable, so 100,000 of them stay cheap. {@code attention} marks rows that
 * should stand out (see {@link #needsAttention}).
 */
public record MemberRow(long id, String name, OrganizationKind kind, String sector, String city, String tier,
        MemberStatus status, LocalDate memberSince, LocalDate renewalDue, String primaryContactName,
        String primaryContactEmail, int contactCount, boolean archived, boolean attention) {

    /** How far ahead a renewal starts to stand out. */
    public static final int RENEWAL_WARNING_DAYS = 30;

    /**
     * A lapsed member, or an active member whose renewal is due within {@value #RENEWAL_WARNING_DAYS} days of
     * {@code today} or already overdue. Prospects and withdrawn organizations never need attention for a date.
     */
    public static boolean needsAttention(MemberStatus status, LocalDate renewalDue, LocalDate today) {
        if (status == MemberStatus.LAPSED) {
            return true;
        }
        return status == MemberStatus.ACTIVE && renewalDue != null
                && !renewalDue.isAfter(today.plusDays(RENEWAL_WARNING_DAYS));
    }
}
