package org.oscc.chamberlain.calendar;

import java.util.ArrayList;
import java.util.List;

/**
 * The agenda part of {@link InviteChanges}: slots removed and added (a longest common subsequence of the printed
 * lines), with a slot that only moved or changed length shown once as "what: old times -> new times".
 */
final class AgendaDiff {
    private AgendaDiff() {
    }

    static List<InviteChanges.Change> changes(List<AgendaLine> before, List<AgendaLine> after) {
        List<String> a = before.stream().map(AgendaText::line).toList();
        List<String> b = after.stream().map(AgendaText::line).toList();
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                i++;
                j++;
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                added.add(b.get(j++));
            } else {
                removed.add(a.get(i++));
            }
        }
        List<InviteChanges.Change> changes = new ArrayList<>();
        for (String gone : removed) {
            String match = added.stream().filter(n -> what(n).equals(what(gone))).findFirst().orElse(null);
            if (match != null) {
                added.remove(match);
                changes.add(new InviteChanges.Change(InviteChanges.AGENDA + " (" + what(gone) + ")", times(gone),
                        times(match), true));
            } else {
                changes.add(new InviteChanges.Change(InviteChanges.AGENDA, gone, "", true));
            }
        }
        for (String extra : added) {
            changes.add(new InviteChanges.Change(InviteChanges.AGENDA, "", extra, true));
        }
        return changes;
    }

    /** "18:10-18:20  Apache Foo - Zoë" -> "18:10-18:20" */
    private static String times(String line) {
        return line.substring(0, 11);
    }

    /** "18:10-18:20  Apache Foo - Zoë" -> "Apache Foo - Zoë" */
    private static String what(String line) {
        return line.substring(13);
    }
}
