package org.oscc.chamberlain.pledges;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.oscc.chamberlain.validation.InvalidInputException;
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
            ok = add(problems, row, ContributionField.PLEDGE, "pledges.problem.required");
        } else {
            pledge = pledges.computeIfAbsent(d.pledgeId(), repository::get).orElse(null);
            if (pledge == null) {
                ok = add(problems, row, ContributionField.PLEDGE, "pledges.problem.noPledge",
                        String.valueOf(d.pledgeId()));
            }
        }
        if (d.contributedOn() == null) {
            ok = add(problems, row, ContributionField.DATE, "pledges.problem.required");
        } else if (pledge != null && (d.contributedOn().isBefore(pledge.periodStart())
                || d.contributedOn().isAfter(pledge.periodEnd()))) {
            ok = add(problems, row, ContributionField.DATE, "pledges.problem.dateOutside", d.contributedOn(),
                    pledge.periodStart(), pledge.periodEnd());
        }
        if (d.minutes() == null) {
            ok = add(problems, row, ContributionField.HOURS, "pledges.problem.required");
        } else if (d.minutes() <= 0) {
            ok = add(problems, row, ContributionField.HOURS, "pledges.problem.minutesPositive",
                    String.valueOf(d.minutes()));
        } else if (d.minutes() > MAX_MINUTES_PER_ENTRY) {
            ok = add(problems, row, ContributionField.HOURS, "pledges.problem.minutesOneDay",
                    String.valueOf(d.minutes()));
        }
        if (d.projectId() != null && !projects.computeIfAbsent(d.projectId(), repository::projectExists)) {
            ok = add(problems, row, ContributionField.PROJECT, "pledges.problem.noProject",
                    String.valueOf(d.projectId()));
        }
        if (d.contributorId() != null && !contacts.computeIfAbsent(d.contributorId(), repository::contactExists)) {
            ok = add(problems, row, ContributionField.CONTRIBUTOR, "pledges.problem.noContact",
                    String.valueOf(d.contributorId()));
        }
        if (!ok) {
            return null;
        }
        Long project = d.projectId() != null ? d.projectId() : pledge.projectId();
        return new Contribution(0, pledge.id(), project, d.contributedOn(), d.minutes().intValue(), d.contributorId(),
                blankToNull(d.contributorName()), blankToNull(d.description()), blankToNull(d.link()),
                d.importBatchId(), null);
    }

    private static boolean add(Problems problems, int row, ContributionField field, String reasonKey,
            Object... arguments) {
        problems.onRow(row, field.key(), field.labelKey(), reasonKey, arguments);
        return false;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
