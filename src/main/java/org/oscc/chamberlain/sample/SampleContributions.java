package org.oscc.chamberlain.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.oscc.chamberlain.sample.SampleChamber.Contact;
import org.oscc.chamberlain.sample.SampleChamber.Contribution;
import org.oscc.chamberlain.sample.SampleChamber.Pledge;
import org.oscc.chamberlain.sample.SampleChamber.Project;

/**
 * The time given against the sample's pledges: about {@value #TARGET_ENTRIES} entries of a quarter hour to eight
 * hours, each inside its pledge's period and never after today, adding up to what {@link SamplePledges} planned.
 */
final class SampleContributions {
    static final int TARGET_ENTRIES = 600;
    private static final int QUARTER = 15;
    private static final int MAX_QUARTERS = 32; // 8 hours
    private static final String[][] WORK = {
        {"Reviewed pull requests", "pull"}, {"Triaged new issues", "issues"}, {"Fixed a flaky CI test", "pull"},
        {"Wrote user documentation", "pull"}, {"Mentored a first-time contributor", null},
        {"Prepared and tested a release", "releases"}, {"Translated the interface into French", "pull"},
        {"Audited dependencies for security advisories", "issues"}, {"Improved accessibility of the settings page", "pull"},
        {"Answered questions on the community forum", null}, {"Refactored the storage layer", "pull"},
        {"Added integration tests", "pull"}, {"Ran a community call", null}, {"Reproduced and fixed a reported bug", "pull"},
    };
    /** People who gave time but are not contacts of the chamber. */
    private static final String[] OTHER_PEOPLE = {"Ben Achterberg", "Maya Rosen", "Sunil Krishnan", "Farah Qureshi",
        "Luis Ortega", "Hana Takahashi", "Dev Bhatt", "Inês Duarte"};

    private SampleContributions() {
    }

    static List<Contribution> build(LocalDate today, Random random, SamplePledges plan, List<Contact> contacts,
            List<Project> projects) {
        long total = plan.deliveredMinutes().stream().mapToLong(Integer::longValue).sum();
        double meanEntry = (double) total / TARGET_ENTRIES;
        List<Contribution> all = new ArrayList<>();
        for (int i = 0; i < plan.pledges().size(); i++) {
            Pledge pledge = plan.pledges().get(i);
            int delivered = plan.deliveredMinutes().get(i);
            if (delivered == 0) {
                continue;
            }
            int quarters = delivered / QUARTER;
            int entries = (int) Math.max(1, Math.round(delivered / meanEntry));
            entries = Math.max(entries, (quarters + MAX_QUARTERS - 1) / MAX_QUARTERS);
            entries = Math.min(entries, quarters);
            List<Integer> people = peopleOf(pledge.organization(), contacts);
            LocalDate last = pledge.periodEnd().isBefore(today) ? pledge.periodEnd() : today;
            for (int q : split(quarters, entries, random)) {
                LocalDate day = dayBetween(pledge.periodStart(), last, random);
                Integer project = pledge.project() != null ? pledge.project()
                        : random.nextInt(4) == 0 ? null : random.nextInt(projects.size());
                String[] work = WORK[random.nextInt(WORK.length)];
                String link = project == null || work[1] == null ? null
                        : projects.get(project).repositoryUrl() + "/" + work[1] + "/" + (10 + random.nextInt(990));
                boolean known = !people.isEmpty() && random.nextInt(100) < 80;
                all.add(new Contribution(i, project, day, q * QUARTER,
                        known ? people.get(random.nextInt(people.size())) : null,
                        known ? null : OTHER_PEOPLE[random.nextInt(OTHER_PEOPLE.length)], work[0], link));
            }
        }
        all.sort(Comparator.comparing(Contribution::contributedOn).thenComparing(Contribution::pledge));
        return all;
    }

    /** {@code quarters} split into {@code parts} pieces of 1..32 quarters, mostly short with a few long days. */
    static int[] split(int quarters, int parts, Random random) {
        int[] pieces = new int[parts];
        double[] weights = new double[parts];
        double sum = 0;
        for (int i = 0; i < parts; i++) {
            weights[i] = -Math.log(1 - random.nextDouble()); // exponential: many short entries, some long ones
            sum += weights[i];
        }
        int assigned = 0;
        for (int i = 0; i < parts; i++) {
            pieces[i] = Math.max(1, Math.min(MAX_QUARTERS, (int) (quarters * weights[i] / sum)));
            assigned += pieces[i];
        }
        // hand out (or take back) the rounding remainder one quarter at a time, within the bounds
        while (assigned != quarters) {
            int i = random.nextInt(parts);
            if (assigned < quarters && pieces[i] < MAX_QUARTERS) {
                pieces[i]++;
                assigned++;
            } else if (assigned > quarters && pieces[i] > 1) {
                pieces[i]--;
                assigned--;
            }
        }
        return pieces;
    }

    /** A day in [first, last], mostly a weekday. */
    private static LocalDate dayBetween(LocalDate first, LocalDate last, Random random) {
        long span = ChronoUnit.DAYS.between(first, last) + 1;
        LocalDate day = first.plusDays(random.nextInt((int) span));
        if (day.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue() && random.nextInt(100) < 70) {
            LocalDate friday = day.with(DayOfWeek.FRIDAY);
            if (!friday.isBefore(first)) {
                day = friday;
            }
        }
        return day;
    }

    private static List<Integer> peopleOf(int organization, List<Contact> contacts) {
        List<Integer> people = new ArrayList<>();
        for (int c = 0; c < contacts.size(); c++) {
            Integer org = contacts.get(c).organization();
            if (org != null && org == organization) {
                people.add(c);
            }
        }
        return people;
    }
}
