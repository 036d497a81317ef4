package org.oscc.chamberlain.members;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the roster shows: search text (over organization names, contact names and e-mail addresses), and the statuses,
 * tiers, sectors and kinds to keep (an empty set keeps all). {@code archived} switches to the view of archived
 * organizations (only those), from which they can be restored.
 */
public record MemberFilter(String text, Set<MemberStatus> statuses, Set<String> tiers, Set<String> sectors,
        Set<OrganizationKind> kinds, boolean archived) {

    public MemberFilter {
        text = text == null ? "" : text;
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        tiers = tiers == null ? Set.of() : Set.copyOf(tiers);
        sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    }

    /** Every organization that is not archived. */
    public static MemberFilter all() {
        return new MemberFilter("", Set.of(), Set.of(), Set.of(), Set.of(), false);
    }

    public MemberFilter withText(String newText) {
        return new MemberFilter(newText, statuses, tiers, sectors, kinds, archived);
    }

    public MemberFilter withStatuses(MemberStatus... keep) {
        Set<MemberStatus> set = keep.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(keep));
        return new MemberFilter(text, set, tiers, sectors, kinds, archived);
    }

    public MemberFilter withTiers(String... keep) {
        return new MemberFilter(text, statuses, Set.copyOf(List.of(keep)), sectors, kinds, archived);
    }

    public MemberFilter withSectors(String... keep) {
        return new MemberFilter(text, statuses, tiers, Set.copyOf(List.of(keep)), kinds, archived);
    }

    public MemberFilter withKinds(OrganizationKind... keep) {
        Set<OrganizationKind> set = keep.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(keep));
        return new MemberFilter(text, statuses, tiers, sectors, set, archived);
    }

    /**
     * Whether the row passes everything but the search text (archived view, statuses, tiers, sectors, kinds): for
     * filtering rows already loaded, together with {@link MemberService#matcher}.
     */
    public boolean keeps(MemberRow row) {
        return row.archived() == archived
                && (statuses.isEmpty() || statuses.contains(row.status()))
                && (kinds.isEmpty() || kinds.contains(row.kind()))
                && (tiers.isEmpty() || row.tier() != null && tiers.contains(row.tier()))
                && (sectors.isEmpty() || row.sector() != null && sectors.contains(row.sector()));
    }

    public MemberFilter withArchived(boolean archivedView) {
        return new MemberFilter(text, statuses, tiers, sectors, kinds, archivedView);
    }
}
