package org.oscc.chamberlain.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.oscc.chamberlain.pitches.SessionRow;
import org.oscc.chamberlain.pledges.FulfilmentStatus;
import org.oscc.chamberlain.pledges.MemberShortfall;
import org.oscc.chamberlain.pledges.PledgeSummary;
import org.oscc.chamberlain.pledges.ProjectHours;

/**
 * What the dashboard shows, as of {@code today}: the fiscal year [{@code fiscalFrom}, {@code fiscalTo}] containing
 * today, the chamber's counts, the pledge figures of that year, the next pitch night, and the chart series already
 * cut to what the charts show (the top projects; the members most behind; the months, the current one to today).
 */
public record DashboardFigures(LocalDate today, LocalDate fiscalFrom, LocalDate fiscalTo, ChamberOverview overview,
        int activeMembers, PledgeSummary pledges, Optional<SessionRow> nextPitchNight, List<ProjectHours> topProjects,
        List<MemberShortfall> mostBehind, List<MonthBar> months) {

    public long pledgedMinutes() {
        return pledges.pledgedMinutes();
    }

    public long deliveredMinutes() {
        return pledges.deliveredMinutes();
    }

    /** Delivered / pledged this fiscal year, in basis points; null when nothing is pledged. */
    public Integer fulfilmentBp() {
        return pledges.fulfilmentBp();
    }

    public int count(FulfilmentStatus status) {
        return pledges.count(status);
    }
}
