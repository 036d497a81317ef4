package org.oscc.chamberlain.reports;

import java.time.LocalDate;

/** One member organization as the roster export shows it, with its primary contact (all three may be null). */
public record RosterMember(long id, String name, String kind, String sector, String city, String tier, String status,
        LocalDate memberSince, LocalDate renewalDue, Integer itHeadcount, String website, String primaryContactName,
        String primaryContactEmail, String primaryContactPhone) {
}
