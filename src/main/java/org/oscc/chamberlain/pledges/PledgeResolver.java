package org.oscc.chamberlain.pledges;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oscc.chamberlain.importing.HeaderNames;
import org.oscc.chamberlain.text.Wording;

/**
 * Finds the pledge a timesheet row names: by its pledge id, or by member name, project name (blank or "General
 * pool", « Réserve générale »: the general pool) and the row's date, which must fall in exactly one pledge's period (cancelled pledges
 * left out). Names are compared ignoring case, accents, spaces and punctuation. Look-ups are remembered for the
 * file, since a timesheet repeats the same few pledges.
 */
final class PledgeResolver {
    /** What a row means by "no project". */
    static final Set<String> GENERAL_POOL_WORDS = Set.of("generalpool", "general", "pool", "fondsgeneral",
            "fondscommun", "reservegenerale", "reserve", "none", "aucun", "aucune");

    /** A pledge, or the reason there is none. */
    record Resolved(Pledge pledge, String field, Wording problem) {
    }

    private final PledgeRepository pledges;
    private final ContributionImportRepository names;
    private Map<String, List<Long>> membersByName;
    private Map<String, List<Long>> projectsByName;
    private Map<Long, Pledge> allById;
    private final Map<Long, List<Pledge>> byMember = new HashMap<>();

    PledgeResolver(PledgeRepository pledges, ContributionImportRepository names) {
        this.pledges = pledges;
        this.names = names;
    }

    Resolved byId(long id) {
        if (allById == null) {
            // one query for every pledge rather than one per pledge a timesheet names (30,000 in a large chamber)
            allById = pledges.all();
        }
        Pledge p = allById.get(id);
        if (p == null) {
            return new Resolved(null, "pledge", Wording.of("contributionImport.resolve.noPledge", id));
        }
        return p.status() == PledgeStatus.CANCELLED
                ? new Resolved(null, "pledge", Wording.of("contributionImport.resolve.cancelled", id))
                : new Resolved(p, null, null);
    }

    /** The pledges {@link #byId} loaded, or null when it has not been asked. */
    Map<Long, Pledge> loaded() {
        return allById;
    }

    Resolved byNames(String member, String project, LocalDate on) {
        if (membersByName == null) {
            membersByName = index(names.memberNames());
            projectsByName = index(names.projectNames());
        }
        List<Long> orgs = membersByName.getOrDefault(HeaderNames.normalize(member), List.of());
        if (orgs.isEmpty()) {
            return new Resolved(null, "member", Wording.of("contributionImport.resolve.noMember", member));
        }
        if (orgs.size() > 1) {
            return new Resolved(null, "member", Wording.of("contributionImport.resolve.sameMembers", orgs.size(),
                    member));
        }
        Long projectId = null;
        Object projectLabel = Wording.of("pledges.generalPool");
        String key = project == null ? "" : HeaderNames.normalize(project);
        if (!key.isEmpty() && !GENERAL_POOL_WORDS.contains(key)) {
            List<Long> projects = projectsByName.getOrDefault(key, List.of());
            if (projects.size() != 1) {
                return new Resolved(null, "project", projects.isEmpty()
                        ? Wording.of("contributionImport.resolve.noProject", project)
                        : Wording.of("contributionImport.resolve.sameProjects", projects.size(), project));
            }
            projectId = projects.get(0);
            projectLabel = project.strip();
        }
        Long wanted = projectId;
        List<Pledge> matching = byMember.computeIfAbsent(orgs.get(0), pledges::pledgesOf).stream()
                .filter(p -> p.status() != PledgeStatus.CANCELLED)
                .filter(p -> wanted == null ? p.projectId() == null : wanted.equals(p.projectId()))
                .filter(p -> !on.isBefore(p.periodStart()) && !on.isAfter(p.periodEnd()))
                .toList();
        if (matching.size() == 1) {
            return new Resolved(matching.get(0), null, null);
        }
        return new Resolved(null, "member", matching.isEmpty()
                ? Wording.of("contributionImport.resolve.noPledgeOn", member.strip(), projectLabel, on)
                : Wording.of("contributionImport.resolve.pledgesOn", member.strip(), matching.size(), projectLabel,
                        on));
    }

    private static Map<String, List<Long>> index(Map<Long, String> names) {
        Map<String, List<Long>> index = new HashMap<>();
        names.forEach((id, name) -> index.computeIfAbsent(HeaderNames.normalize(name), k -> new java.util.ArrayList<>())
                .add(id));
        return index;
    }
}
