package org.oscc.chamberlain.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

    /** Each sheet of contributions ("Contributions", "Contributions (2)"...) and its data rows, in order. */
    final Map<String, Integer> contributionSheets = new LinkedHashMap<>();
    long contributionMinutes;

    List<BoardProject> projects = List.of();
    List<BoardPitchNight> pitchNights = List.of();
    List<BoardChange> changes = List.of();

    BoardFigures() {
        for (String status : List.of("Active", "Lapsed", "Prospect", "Withdrawn")) {
            membersByStatus.put(status, 0);
        }
        for (String status : List.of("Behind", "At risk", "Overdue", "On track", "Not started", "Fulfilled")) {
            pledgesByStatus.put(status, 0);
        }
    }

    int contributionRows() {
        return contributionSheets.values().stream().mapToInt(Integer::intValue).sum();
    }

    int changes(String kind) {
        return (int) changes.stream().filter(c -> c.change().equals(kind)).count();
    }
}
