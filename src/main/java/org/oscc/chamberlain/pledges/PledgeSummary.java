package org.oscc.chamberlain.pledges;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Every pledge figure the dashboard shows, for a date range (the fiscal year) and as of today: hours pledged (pro
 * rata) and delivered within the range, how many counting pledges have each computed status (all periods, as the
 * fulfilment filter of the pledge list counts them), month by month, per project (largest first), and the members
 * with the most hours short of what was expected of them by today over their pledges meeting the range (the sum of
 * their pledges' {@link Fulfilment#shortMinutes}, largest first, equal ones by member id; only members short at all),
 * each with its most serious status. The same numbers as {@link PledgeService#totals}, {@link PledgeService#byMonth},
 * {@link PledgeService#deliveredByProject} and {@link PledgeService#list} (with a fulfilment filter; grouped by
 * member), made in three SQL passes over the pledges and the
 * contribution sums kept by triggers instead of six over every contribution. The range must be whole months.
 */
public record PledgeSummary(LocalDate from, LocalDate to, long pledgedMinutes, long deliveredMinutes,
        Map<FulfilmentStatus, Integer> statusCounts, List<MonthFigures> months, List<ProjectHours> projects,
        List<MemberShortfall> mostBehind) {

    public PledgeSummary {
        statusCounts = Map.copyOf(statusCounts);
        months = List.copyOf(months);
        projects = List.copyOf(projects);
        mostBehind = List.copyOf(mostBehind);
    }

    /** Counting pledges with this computed status (0 when none). */
    public int count(FulfilmentStatus status) {
        return statusCounts.getOrDefault(status, 0);
    }

    /** Delivered / pledged within the range in basis points, half-up; null when nothing is pledged. */
    public Integer fulfilmentBp() {
        return FulfilmentRules.percentBp(deliveredMinutes, pledgedMinutes);
    }
}
