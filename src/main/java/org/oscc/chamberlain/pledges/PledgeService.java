package org.oscc.chamberlain.pledges;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.oscc.chamberlain.settings.ChamberSettings;
import org.oscc.chamberlain.settings.SettingsService;
import org.oscc.chamberlain.validation.InvalidInputException;
import org.oscc.chamberlain.validation.Problem;

/**
 * Pledges and the hours given toward them: checked writes (refused input leaves the store unchanged), lists with
 * fulfilment as of today (in the chamber's time zone), and the dashboard figures. The rules live in
 * {@link FulfilmentRules}; the sums are made in SQL by {@link PledgeRepository}.
 */
public class PledgeService {
    /** Stands for the general pool among project ids (never a stored id: ids start at 1). */
    private static final Long GENERAL_POOL_KEY = -1L;
    /** The largest pledge: what the store's INTEGER minutes column holds (about 35.8 million hours). */
    public static final long MAX_PLEDGED_MINUTES = Integer.MAX_VALUE;
    /** How many members the dashboard lists as furthest below what was expected of them. */
    public static final int MOST_BEHIND = 15;

    private final PledgeRepository repository;
    private final SettingsService settings;
    private final Clock clock;

    public PledgeService(PledgeRepository repository, SettingsService settings, Clock clock) {
        this.repository = repository;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The last day of a new pledge's period starting on {@code start}: twelve months, both ends counted
     * (2026-12-04 to 2027-12-03; 2028-02-29 to 2029-02-28).
     */
    public static LocalDate defaultPeriodEnd(LocalDate start) {
        return start.minusDays(1).plusYears(1);
    }

    /** Today in the chamber's time zone: the day fulfilment is computed for. */
    public LocalDate today() {
        return today(settings.current());
    }

    private LocalDate today(ChamberSettings s) {
        return LocalDate.now(clock.withZone(s.timeZone()));
    }

    public Pledge create(PledgeDraft draft) throws InvalidInputException {
        Pledge checked = new PledgeChecks(repository).check(draft, Optional.empty(), settings.current());
        return repository.insert(checked);
    }

    /** Changes a pledge; the headcount and work-week bases kept with it stay unless the draft gives new ones. */
    public Pledge update(long pledgeId, PledgeDraft draft) throws InvalidInputException {
        Pledge existing = repository.get(pledgeId)
                .orElseThrow(() -> new InvalidInputException(Problem.onField("pledge", "pledges.contribution.pledge",
                        "pledges.problem.noPledge", String.valueOf(pledgeId))));
        Pledge checked = new PledgeChecks(repository).check(draft, Optional.of(existing), settings.current());
        return repository.update(checked);
    }

    public Optional<Pledge> get(long pledgeId) {
        return repository.get(pledgeId);
    }

    /** Pledges matching the filter, each with its fulfilment as of today. */
    public List<PledgeRow> list(PledgeFilter filter) {
        ChamberSettings s = settings.current();
        LocalDate today = today(s);
        return repository.tallies(filter).stream()
                .map(t -> toRow(t, today, s))
                .filter(r -> filter.fulfilment().isEmpty() || filter.fulfilment().contains(r.fulfilment().status()))
                .toList();
    }

    /** Every pledge of a member (newest period first), with its total over the pledges that count. */
    public PledgeGroup ofMember(long organizationId) {
        return group(PledgeFilter.ALL.withOrganization(organizationId), null);
    }

    /**
     * Every pledge naming a project (newest period first), with its total over the pledges that count and the
     * minutes logged to the project on counting pledges, general-pool ones included.
     */
    public PledgeGroup toProject(long projectId) {
        return group(PledgeFilter.ALL.withProject(projectId), repository.receivedMinutes(projectId));
    }

    private PledgeGroup group(PledgeFilter filter, Long receivedMinutes) {
        ChamberSettings s = settings.current();
        LocalDate today = today(s);
        List<PledgeRow> rows = repository.tallies(filter).stream().map(t -> toRow(t, today, s))
                .sorted(Comparator.comparing(PledgeRow::periodStart).reversed()
                        .thenComparing(PledgeRow::periodEnd, Comparator.reverseOrder())
                        .thenComparingLong(PledgeRow::pledgeId))
                .toList();
        long pledged = 0;
        long delivered = 0;
        long expected = 0;
        long judgedDelivered = 0;
        long judgedExpected = 0;
        for (PledgeRow r : rows) {
            if (r.status().counts()) {
                pledged += r.pledgedMinutes();
                delivered += r.deliveredMinutes();
                expected += r.fulfilment().expectedMinutes();
                if (FulfilmentRules.judged(r.periodStart(), r.periodEnd(), today, s.graceDays())) {
                    judgedDelivered += r.deliveredMinutes();
                    judgedExpected += r.fulfilment().expectedMinutes();
                }
            }
        }
        return new PledgeGroup(rows, FulfilmentRules.ofGroup(pledged, delivered, expected, judgedDelivered,
                judgedExpected, s), receivedMinutes);
    }

    private static PledgeRow toRow(PledgeTally t, LocalDate today, ChamberSettings s) {
        Pledge p = t.pledge();
        return new PledgeRow(p.id(), p.organizationId(), t.memberName(), p.projectId(), t.projectName(), p.kind(),
                p.periodStart(), p.periodEnd(), p.status(),
                FulfilmentRules.fulfilment(p, t.deliveredMinutes(), today, s));
    }

    /** One pledge's fulfilment as of today. */
    public Optional<Fulfilment> fulfilment(long pledgeId) {
        ChamberSettings s = settings.current();
        return repository.get(pledgeId).map(p -> FulfilmentRules.fulfilment(p, repository.deliveredMinutes(p.id()),
                today(s), s));
    }

    public List<Contribution> contributions(long pledgeId) {
        return repository.contributions(pledgeId);
    }

    /** Records many contributions in one transaction, or none; problems are numbered from row 1. */
    public int addContributions(List<ContributionDraft> drafts) throws InvalidInputException {
        return addContributions(drafts, 1);
    }

    /**
     * Records many contributions in one transaction, or none. {@code firstRow} is the row number problems give the
     * first draft (an importer passes 2 when its file has a header line).
     */
    public int addContributions(List<ContributionDraft> drafts, int firstRow) throws InvalidInputException {
        if (firstRow < 1) {
            throw new IllegalArgumentException("rows are numbered from 1");
        }
        return repository.insertContributions(new ContributionChecks(repository).check(drafts, firstRow));
    }

    /** True when the contribution existed and was deleted. */
    public boolean deleteContribution(long contributionId) {
        return repository.deleteContribution(contributionId);
    }

    /** Pledged (pro rata) and delivered minutes of counting pledges within [from, to], e.g. a fiscal year. */
    public RangeTotals totals(LocalDate from, LocalDate to) {
        return repository.totals(from, to);
    }

    /** Scheduled and delivered minutes per calendar month of [from, to] (partial months cut to the range). */
    public List<MonthFigures> byMonth(LocalDate from, LocalDate to) {
        return repository.byMonth(from, to);
    }

    /** Delivered minutes per project within [from, to], largest first; the general pool is one entry. */
    public List<ProjectHours> deliveredByProject(LocalDate from, LocalDate to) {
        return repository.deliveredByProject(from, to);
    }

    /**
     * Every dashboard figure for the whole months [from, to] as of today, in three SQL passes (see
     * {@link PledgeSummary}) over the pledge table and the contribution sums kept by triggers (per pledge; per month
     * and project): the pledge pass (totals, status counts and the {@value #MOST_BEHIND} members furthest behind),
     * the range's months by project, and the schedule by month.
     */
    public PledgeSummary summary(LocalDate from, LocalDate to) {
        if (from.getDayOfMonth() != 1 || !to.equals(YearMonth.from(to).atEndOfMonth()) || to.isBefore(from)) {
            // contribution_project_month sums whole months
            throw new IllegalArgumentException("a summary covers whole months, not " + from + " to " + to);
        }
        ChamberSettings s = settings.current();
        LocalDate today = today(s);
        PledgeRepository.DashboardPass pass = repository.dashboardPass(from, to, today, s.behindThresholdPercent(),
                s.atRiskThresholdPercent(), s.graceDays(), MOST_BEHIND);
        List<MemberShortfall> mostBehind = pass.mostBehind();
        Map<String, Long> deliveredByMonth = new HashMap<>();
        Map<Long, Long> deliveredByProject = new HashMap<>();
        long delivered = 0;
        for (Object[] r : repository.deliveredByMonthAndProject(from, to)) {
            long minutes = (Long) r[2];
            if (minutes == 0) {
                continue; // every entry of that month and project was on pledges that do not count
            }
            deliveredByMonth.merge((String) r[0], minutes, Long::sum);
            deliveredByProject.merge(r[1] == null ? GENERAL_POOL_KEY : (Long) r[1], minutes, Long::sum);
            delivered += minutes;
        }
        Map<String, Long> scheduled = repository.scheduledByMonth(from, to);
        List<MonthFigures> months = new ArrayList<>();
        scheduled.forEach((monthStart, minutes) -> months.add(new MonthFigures(YearMonth.parse(
                monthStart.substring(0, 7)), minutes, deliveredByMonth.getOrDefault(monthStart.substring(0, 7), 0L))));
        Map<Long, String> names = repository.projectNames();
        List<ProjectHours> projects = new ArrayList<>();
        deliveredByProject.forEach((id, minutes) -> projects.add(GENERAL_POOL_KEY.equals(id)
                ? new ProjectHours(null, PledgeRow.GENERAL_POOL, minutes)
                : new ProjectHours(id, names.get(id), minutes)));
        projects.sort(Comparator.comparingLong(ProjectHours::deliveredMinutes).reversed()
                .thenComparing(ProjectHours::projectName, Comparator.nullsFirst(Comparator.naturalOrder())));
        return new PledgeSummary(from, to, pass.pledgedInRange(), delivered, pass.statusCounts(), months, projects,
                mostBehind);
    }

    /** Member organizations that can take a pledge (not archived), by name. */
    public List<MemberFacts> members() {
        return repository.members();
    }

    /** Projects a pledge can be made to (not archived), by name. */
    public List<ProjectChoice> projects() {
        return repository.projects();
    }

    /** Pitches a pledge can say it came from, latest pitch night first. */
    public List<PitchChoice> pitches() {
        return repository.pitches();
    }
}
