package org.oscc.chamberlain.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.oscc.chamberlain.pitches.PitchNightService;
import org.oscc.chamberlain.pledges.MonthFigures;
import org.oscc.chamberlain.pledges.PledgeService;
import org.oscc.chamberlain.pledges.RangeTotals;
import org.oscc.chamberlain.pledges.PledgeSummary;
import org.oscc.chamberlain.settings.ChamberSettings;
import org.oscc.chamberlain.settings.SettingsService;

/**
 * The dashboard's figures, computed afresh on each call (so edits show at once): the current fiscal year from the
 * "fiscal year starts in" setting, pledge figures summed in SQL by {@link PledgeService#summary}, active members,
 * the next pitch night with its RSVP counts.
 */
public class DashboardService {
    public static final int TOP_PROJECTS = 10;

    private final PledgeService pledges;
    private final SettingsService settings;
    private final PitchNightService pitchNights;
    private final ChamberOverviewService overview;
    private final DashboardRepository repository;
    private final Clock clock;

    public DashboardService(PledgeService pledges, SettingsService settings, PitchNightService pitchNights,
            ChamberOverviewService overview, DashboardRepository repository, Clock clock) {
        this.pledges = pledges;
        this.settings = settings;
        this.pitchNights = pitchNights;
        this.overview = overview;
        this.repository = repository;
        this.clock = clock;
    }

    /** The first day of the fiscal year that contains {@code day}, for a year starting in {@code startMonth}. */
    public static LocalDate fiscalYearStart(LocalDate day, int startMonth) {
        LocalDate start = LocalDate.of(day.getYear(), startMonth, 1);
        return start.isAfter(day) ? start.minusYears(1) : start;
    }

    public DashboardFigures figures() {
        ChamberSettings s = settings.current();
        LocalDate today = LocalDate.now(clock.withZone(s.timeZone()));
        LocalDate from = fiscalYearStart(today, s.fiscalYearStartMonth());
        LocalDate to = from.plusYears(1).minusDays(1);
        PledgeSummary summary = pledges.summary(from, to);
        return new DashboardFigures(today, from, to, overview.overview(), repository.activeMembers(), summary,
                pitchNights.nextUpcoming(), summary.projects().stream().limit(TOP_PROJECTS).toList(),
                summary.mostBehind(), monthBars(summary, today));
    }

    /**
     * The summary's months, the current one replaced by its figures from its first day through today (the same
     * pro-rata rule, {@link PledgeService#totals}, over fewer days).
     */
    private List<MonthBar> monthBars(PledgeSummary summary, LocalDate today) {
        YearMonth current = YearMonth.from(today);
        List<MonthBar> bars = new ArrayList<>();
        for (MonthFigures m : summary.months()) {
            if (m.month().equals(current)) {
                RangeTotals toDate = pledges.totals(current.atDay(1), today);
                bars.add(new MonthBar(m.month(), toDate.pledgedMinutes(), toDate.deliveredMinutes(), today));
            } else {
                bars.add(new MonthBar(m.month(), m.scheduledMinutes(), m.deliveredMinutes(), null));
            }
        }
        return bars;
    }
}
