package org.oscc.chamberlain.reports;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.oscc.chamberlain.pledges.FulfilmentRules;
import org.oscc.chamberlain.pledges.FulfilmentStatus;

/**
 * What the Summary sheet needs from the other sheets, gathered while they stream by: where their data rows end
 * (for formulas) and the figures themselves (the formulas' cached values). Minutes, never hours, until written.
 */
final class BoardFigures {
    final Map<String, Integer> membersByStatus = new LinkedHashMap<>();
    final Map<String, Integer> activeByTier = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    int activeWithoutTier;
    int memberRows;

    int pledgeRows;
    long pledgedMinutes;
    long shareMinutes;
    long expectedMinutes;
    long deliveredInPeriodMinutes;
    long deliveredToDateMinutes;
    final Map<String, Integer> pledgesByStatus = new LinkedHashMap<>();
    /** The pledges furthest behind schedule so far, the least far first (so the head is the one to drop). */
    private final PriorityQueue<AttentionPledge> worst = new PriorityQueue<>(WORST_FIRST.reversed());
    /** The statuses (in the workbook's language) of pledges that need attention: behind, at risk, overdue. */
    final List<String> needAttention;
    /** "Active" in the workbook's language: the members the headline counts. */
    final String active;
    /** Furthest behind schedule first; equally far, by member then project name. */
    static final Comparator<AttentionPledge> WORST_FIRST = Comparator.comparingLong(AttentionPledge::shortMinutes)
            .reversed().thenComparing(AttentionPledge::memberName, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(AttentionPledge::projectName, String.CASE_INSENSITIVE_ORDER);

    /** Each sheet of contributions ("Contributions", "Contributions (2)"...) and its data rows, in order. */
    final Map<String, Integer> contributionSheets = new LinkedHashMap<>();
    long contributionMinutes;

    List<BoardProject> projects = List.of();
    List<BoardPitchNight> pitchNights = List.of();
    List<BoardChange> changes = List.of();

    /** @param language the workbook's: the statuses are counted by the words its sheets show */
    BoardFigures(Locale language) {
        for (String status : List.of("ACTIVE", "LAPSED", "PROSPECT", "WITHDRAWN")) {
            membersByStatus.put(ExportWords.memberStatus(language, status), 0);
        }
        for (FulfilmentStatus status : List.of(FulfilmentStatus.BEHIND, FulfilmentStatus.AT_RISK,
                FulfilmentStatus.OVERDUE, FulfilmentStatus.ON_TRACK, FulfilmentStatus.NOT_STARTED,
                FulfilmentStatus.FULFILLED)) {
            pledgesByStatus.put(ExportWords.fulfilment(language, status), 0);
        }
        needAttention = List.of(ExportWords.fulfilment(language, FulfilmentStatus.BEHIND),
                ExportWords.fulfilment(language, FulfilmentStatus.AT_RISK),
                ExportWords.fulfilment(language, FulfilmentStatus.OVERDUE));
        active = ExportWords.memberStatus(language, "ACTIVE");
    }

    /** Counts a pledge the rules put behind, at risk or overdue, keeping the few furthest behind schedule. */
    void needsAttention(AttentionPledge pledge) {
        worst.add(pledge);
        if (worst.size() > BoardHeadline.WORST) {
            worst.poll();
        }
    }

    int attentionPledges() {
        return needAttention.stream().mapToInt(s -> pledgesByStatus.getOrDefault(s, 0)).sum();
    }

    /** The headline block from the figures gathered, compared with {@code comparedWith} when there is one. */
    BoardHeadline headline(Optional<ReportRun> comparedWith) {
        HeadlineFigures now = new HeadlineFigures(membersByStatus.getOrDefault(active, 0), shareMinutes,
                deliveredInPeriodMinutes, FulfilmentRules.percentBp(deliveredInPeriodMinutes, shareMinutes),
                attentionPledges());
        return new BoardHeadline(now, worst.stream().sorted(WORST_FIRST).toList(), comparedWith);
    }

    int contributionRows() {
        return contributionSheets.values().stream().mapToInt(Integer::intValue).sum();
    }

    int changes(String kind) {
        return (int) changes.stream().filter(c -> c.change().equals(kind)).count();
    }
}
