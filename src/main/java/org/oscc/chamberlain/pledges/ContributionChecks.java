package org.oscc.chamberlain.pledges;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.oscc.chamberlain.validation.InvalidInputException;
import org.oscc.chamberlain.validation.Problem;
import org.oscc.chamberlain.validation.Problems;

/**
 * Checks contributions before any is written: the pledge exists, the date lies in its period, the duration is more
 * than 0 and at most 24 hours, referenced project and contact exist. A batch is checked whole, each problem naming
 * its row, and refused together. Look-ups are remembered per batch, since imports repeat the same few pledges.
 */
final class ContributionChecks {
    static final int MAX_MINUTES_PER_ENTRY = 24 * 60;

    private final PledgeRepository repository;
    private final Map<Long, Optional<Pledge>> pledges = new HashMap<>();
    private final Map<Long, Boolean> projects = new HashMap<>();
    private final Map<Long, Boolean> contacts = new HashMap<>();

    ContributionChecks(PledgeRepository repository) {
        this.repository = repository;
    }

    /** Checks that know these pledges already (an import loads them all in one query), asking the store for no other. */
    ContributionChecks(PledgeRepository repository, Map<Long, Pledge> known) {
        this(repository);
        known.forEach((id, p) -> pledges.put(id, Optional.of(p)));
    }

    /**
     * The contributions to write, in order, or an exception listing every problem. Row numbers start at
     * {@code firstRow} (0 for a single entry: no row is named).
     */
    List<Contribution> check(List<ContributionDraft> drafts, int firstRow) throws InvalidInputException {
        Problems problems = new Problems();
        List<Contribution> checked = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            int row = firstRow == 0 ? 0 : firstRow + i;
            Contribution c = checkOne(drafts.get(i), row, problems);
            if (c != null) {
                checked.add(c);
            }
        }
        problems.throwIfAny();
        return checked;
    }

    private Contribution checkOne(ContributionDraft d, int row, Problems problems) {
        boolean ok = true;
        Pledge pledge = null;
        if (d.pledgeId() == null) {
            ok = add(problems, row, ContributionField.PLEDGE, "is required.");
        } else {
            pledge = pledges.computeIfAbsent(d.pledgeId(), repository::get).orElse(null);
            if (pledge == null) {
                ok = add(problems, row, ContributionField.PLEDGE, "there is no pledge with id " + d.pledgeId() + ".");
            }
        }
        if (d.contributedOn() == null) {
            ok = add(problems, row, ContributionField.DATE, "is required.");
        } else if (pledge != null && (d.contributedOn().isBefore(pledge.periodStart())
                || d.contributedOn().isAfter(pledge.periodEnd()))) {
            ok = add(problems, row, ContributionField.DATE, d.contributedOn() + " is outside the pledge's period ("
                    + pledge.periodStart() + " to " + pledge.periodEnd() + ").");
        }
        if (d.minutes() == null) {
            ok = add(problems, row, ContributionField.HOURS, "is required.");
        } else if (d.minutes() <= 0) {
            ok = add(problems, row, ContributionField.HOURS, "must be more than 0 minutes (was " + d.minutes() + ").");
        } else if (d.minutes() > MAX_MINUTES_PER_ENTRY) {
            ok = add(problems, row, ContributionField.HOURS, "is more than 24 hours in one entry (" + d.minutes()
                    + " minutes); enter each day separately.");
        }
        if (d.projectId() != null && !projects.computeIfAbsent(d.projectId(), repository::projectExists)) {
            ok = add(problems, row, ContributionField.PROJECT, "there is no project with id " + d.projectId() + ".");
        }
        if (d.contributorId() != null && !contacts.computeIfAbsent(d.contributorId(), repository::contactExists)) {
            ok = add(problems, row, ContributionField.CONTRIBUTOR, "there is no contact with id " + d.contributorId() + ".");
        }
        if (!ok) {
            return null;
        }
        Long project = d.projectId() != null ? d.projectId() : pledge.projectId();
        return new Contribution(0, pledge.id(), project, d.contributedOn(), d.minutes().intValue(), d.contributorId(),
                blankToNull(d.contributorName()), blankToNull(d.description()), blankToNull(d.link()),
                d.importBatchId(), null);
    }

    private static boolean add(Problems problems, int row, ContributionField field, String message) {
        problems.add(new Problem(row, field.label(), message));
        return false;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
