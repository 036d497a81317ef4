package org.oscc.chamberlain.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oscc.chamberlain.validation.Problem;
import org.oscc.chamberlain.text.Messages;

/**
 * Watches the numeric dates of a file whose date order is undecided: 13/04/2025 proves day-first, 04/13/2025
 * month-first. A column holding both is reported; a file proving one order gets it suggested to the user (never
 * applied silently to its ambiguous dates).
 */
final class DateEvidence {
    private record Seen(int row, String text) {
    }

    private final boolean watching;
    private final Map<String, Seen> dayFirst = new LinkedHashMap<>();
    private final Map<String, Seen> monthFirst = new LinkedHashMap<>();

    DateEvidence(DateOrder chosen) {
        this.watching = chosen == DateOrder.UNDECIDED;
    }

    void observe(String header, int row, String cell) {
        if (!watching || cell.isEmpty()) {
            return;
        }
        DateOrder proves = DateText.evidence(cell);
        if (proves == DateOrder.DAY_FIRST) {
            dayFirst.putIfAbsent(header, new Seen(row, cell.strip()));
        } else if (proves == DateOrder.MONTH_FIRST) {
            monthFirst.putIfAbsent(header, new Seen(row, cell.strip()));
        }
    }

    List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        dayFirst.forEach((header, day) -> {
            Seen month = monthFirst.get(header);
            if (month != null) {
                problems.add(new Problem(Math.max(day.row(), month.row()), header, Messages.get(
                        "importing.date.mixed", Integer.toString(day.row()), day.text(), Integer.toString(month.row()),
                        month.text())));
            }
        });
        return problems;
    }

    DateOrder suggestion() {
        if (!dayFirst.isEmpty() && monthFirst.isEmpty()) {
            return DateOrder.DAY_FIRST;
        }
        if (!monthFirst.isEmpty() && dayFirst.isEmpty()) {
            return DateOrder.MONTH_FIRST;
        }
        return DateOrder.UNDECIDED;
    }
}
