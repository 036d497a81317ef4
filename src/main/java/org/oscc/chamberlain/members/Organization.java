package org.oscc.chamberlain.members;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A member or prospect organization as the organizer edits it. {@code id} is null until saved; {@code archivedAt}
 * is null unless archived (archiving hides it from the roster without losing it). Headcounts may be unknown (null).
 */
public record Organization(Long id, String name, OrganizationKind kind, String sector, String website, String city,
        Integer itHeadcount, Integer totalHeadcount, String tier, MemberStatus status, LocalDate memberSince,
        LocalDate renewalDue, String notes, LocalDateTime archivedAt) {

    /** A new company prospect with nothing but a name, for the "add" form and tests. */
    public static Organization named(String name) {
        return new Organization(null, name, OrganizationKind.COMPANY, null, null, null, null, null, null,
                MemberStatus.PROSPECT, null, null, null, null);
    }

    public boolean archived() {
        return archivedAt != null;
    }

    public Organization withId(Long newId) {
        return new Organization(newId, name, kind, sector, website, city, itHeadcount, totalHeadcount, tier, status,
                memberSince, renewalDue, notes, archivedAt);
    }

    public Organization withName(String newName) {
        return new Organization(id, newName, kind, sector, website, city, itHeadcount, totalHeadcount, tier, status,
                memberSince, renewalDue, notes, archivedAt);
    }

    public Organization withKind(OrganizationKind newKind) {
        return new Organization(id, name, newKind, sector, website, city, itHeadcount, totalHeadcount, tier, status,
                memberSince, renewalDue, notes, archivedAt);
    }

    public Organization withDetails(String newSector, String newWebsite, String newCity) {
        return new Organization(id, name, kind, newSector, newWebsite, newCity, itHeadcount, totalHeadcount, tier,
                status, memberSince, renewalDue, notes, archivedAt);
    }

    public Organization withHeadcounts(Integer it, Integer total) {
        return new Organization(id, name, kind, sector, website, city, it, total, tier, status, memberSince,
                renewalDue, notes, archivedAt);
    }

    public Organization withTier(String newTier) {
        return new Organization(id, name, kind, sector, website, city, itHeadcount, totalHeadcount, newTier, status,
                memberSince, renewalDue, notes, archivedAt);
    }

    /** Status with its dates (member since, renewal due). */
    public Organization withMembership(MemberStatus newStatus, LocalDate since, LocalDate due) {
        return new Organization(id, name, kind, sector, website, city, itHeadcount, totalHeadcount, tier, newStatus,
                since, due, notes, archivedAt);
    }

    public Organization withNotes(String newNotes) {
        return new Organization(id, name, kind, sector, website, city, itHeadcount, totalHeadcount, tier, status,
                memberSince, renewalDue, newNotes, archivedAt);
    }

    public Organization withArchivedAt(LocalDateTime at) {
        return new Organization(id, name, kind, sector, website, city, itHeadcount, totalHeadcount, tier, status,
                memberSince, renewalDue, notes, at);
    }
}
