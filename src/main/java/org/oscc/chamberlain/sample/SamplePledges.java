package org.oscc.chamberlain.sample;

import static org.oscc.chamberlain.sample.SampleProjects.BILINGO;
import static org.oscc.chamberlain.sample.SampleProjects.BIRCHBARK_DOCS;
import static org.oscc.chamberlain.sample.SampleProjects.COBBLESTONE;
import static org.oscc.chamberlain.sample.SampleProjects.HARBOUR_QUEUE;
import static org.oscc.chamberlain.sample.SampleProjects.LAKEBED_ARCHIVE;
import static org.oscc.chamberlain.sample.SampleProjects.LOONIE_LEDGER;
import static org.oscc.chamberlain.sample.SampleProjects.MAPLEWOOD;
import static org.oscc.chamberlain.sample.SampleProjects.MUSKOKA_RUNNERS;
import static org.oscc.chamberlain.sample.SampleProjects.PORTAGE;
import static org.oscc.chamberlain.sample.SampleProjects.RAVINE_LINT;
import static org.oscc.chamberlain.sample.SampleProjects.SKYLINE_TILES;
import static org.oscc.chamberlain.sample.SampleProjects.STREETCAR_SYNC;
import static org.oscc.chamberlain.sample.SampleProjects.TIDEWATER;
import static org.oscc.chamberlain.sample.SampleProjects.TRILLIUM_FORMS;
import static org.oscc.chamberlain.sample.SampleProjects.TUQUE;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.oscc.chamberlain.sample.SampleChamber.Organization;
import org.oscc.chamberlain.sample.SampleChamber.PitchNight;
import org.oscc.chamberlain.sample.SampleChamber.Pledge;
import org.oscc.chamberlain.sample.SampleChamber.SlotRef;

/**
 * The sample's pledges and how much each one has delivered, chosen so that the fulfilment view shows every case:
 * on track, behind (below 90 % of expected-to-date), at risk (below 75 %), fulfilled, lapsed, one overdue, one draft.
 * Expected-to-date is the pledged total times the elapsed share of the period.
 */
record SamplePledges(List<Pledge> pledges, List<Integer> deliveredMinutes) {
    static final int WEEKLY_MINUTES = 2250;
    private static final Integer POOL = null;

    static SamplePledges build(LocalDate today, List<Organization> orgs, List<PitchNight> nights) {
        Table t = new Table(today, orgs);
        // Periods that have ended
        t.hours(0, MAPLEWOOD, 120, 17, 12, "FULFILLED", 105);
        t.hours(1, POOL, 60, 16, 12, "FULFILLED", 103);
        t.percent(2, RAVINE_LINT, 25, 15, 9, "FULFILLED", 101);
        t.hours(8, SKYLINE_TILES, 80, 17, 12, "LAPSED", 35);
        t.percent(12, POOL, 20, 15, 12, "LAPSED", 30);
        t.hours(19, STREETCAR_SYNC, 40, 17, 10, "LAPSED", 45);
        t.hours(4, COBBLESTONE, 50, 10, 9, "ACTIVE", 78); // overdue: ended, not fulfilled
        t.hours(5, TRILLIUM_FORMS, 40, 8, 8, "FULFILLED", 110)
                .wonAt(new SlotRef(0, SamplePitchNights.FIRST_NIGHT_TRILLIUM_SLOT), nights);
        // Current periods
        t.hours(22, STREETCAR_SYNC, 30, 8, 12, "FULFILLED", 104); // fulfilled early
        t.hours(0, MAPLEWOOD, 200, 6, 12, "ACTIVE", 102);
        t.percent(2, RAVINE_LINT, 25, 5, 12, "ACTIVE", 98);
        t.hours(3, HARBOUR_QUEUE, 100, 4, 12, "ACTIVE", 104);
        t.percent(13, TIDEWATER, 50, 3, 12, "ACTIVE", 96);
        t.hours(18, MAPLEWOOD, 80, 7, 12, "ACTIVE", 97);
        t.hours(25, BILINGO, 60, 9, 12, "ACTIVE", 106);
        t.percent(14, MUSKOKA_RUNNERS, 100, 6, 12, "ACTIVE", 100);
        t.hours(1, POOL, 60, 4, 12, "ACTIVE", 99);
        t.hours(20, LAKEBED_ARCHIVE, 150, 2, 12, "ACTIVE", 112);
        t.hours(23, LAKEBED_ARCHIVE, 25, 3, 12, "ACTIVE", 101);
        t.hours(18, LOONIE_LEDGER, 60, 3, 12, "ACTIVE", 100)
                .wonAt(new SlotRef(1, SamplePitchNights.SECOND_NIGHT_LOONIE_SLOT), nights);
        t.percent(11, TUQUE, 25, 6, 12, "ACTIVE", 82); // behind
        t.hours(15, LOONIE_LEDGER, 90, 8, 12, "ACTIVE", 83);
        t.hours(21, BIRCHBARK_DOCS, 40, 4, 12, "ACTIVE", 84);
        t.percent(7, POOL, 30, 7, 12, "ACTIVE", 80);
        t.hours(10, SKYLINE_TILES, 120, 10, 12, "ACTIVE", 60); // at risk
        t.percent(16, PORTAGE, 20, 6, 12, "ACTIVE", 55);
        t.hours(9, COBBLESTONE, 50, 5, 12, "ACTIVE", 62);
        t.hours(24, TRILLIUM_FORMS, 30, 6, 12, "ACTIVE", 50);
        // Periods still to come
        t.hours(26, BILINGO, 50, -1, 12, "ACTIVE", 0);
        t.hours(6, TIDEWATER, 40, -2, 12, "DRAFT", 0);
        return new SamplePledges(t.pledges, t.delivered);
    }

    /** The pledged total in minutes; a workforce pledge is percent x headcount x weekly minutes x weeks. */
    static long pledgedMinutes(Pledge p) {
        if ("HOURS".equals(p.kind())) {
            return p.pledgedMinutes();
        }
        long days = ChronoUnit.DAYS.between(p.periodStart(), p.periodEnd()) + 1;
        return (long) p.percentBp() * p.headcountBasis() * p.weeklyMinutesBasis() * days / (7L * 10_000);
    }

    /** Pledged total times the share of the period elapsed by the end of {@code today}. */
    static long expectedToDateMinutes(Pledge p, LocalDate today) {
        long days = ChronoUnit.DAYS.between(p.periodStart(), p.periodEnd()) + 1;
        long elapsed = Math.max(0, Math.min(days, ChronoUnit.DAYS.between(p.periodStart(), today) + 1));
        return pledgedMinutes(p) * elapsed / days;
    }

    /** Rows of the pledge table; periods start on the first of a month, {@code startMonthsAgo} before this one. */
    private static final class Table {
        private final LocalDate today;
        private final List<Organization> orgs;
        private final List<Pledge> pledges = new ArrayList<>();
        private final List<Integer> delivered = new ArrayList<>();

        Table(LocalDate today, List<Organization> orgs) {
            this.today = today;
            this.orgs = orgs;
        }

        Table hours(int org, Integer project, int hours, int startMonthsAgo, int months, String status, int pct) {
            return add(org, project, "HOURS", hours * 60, null, startMonthsAgo, months, status, pct);
        }

        Table percent(int org, Integer project, int bp, int startMonthsAgo, int months, String status, int pct) {
            return add(org, project, "PERCENT_OF_WORKFORCE", null, bp, startMonthsAgo, months, status, pct);
        }

        /** {@code pct}: delivered as a percentage of expected-to-date (of the whole pledge when fulfilled). */
        private Table add(int org, Integer project, String kind, Integer minutes, Integer bp, int startMonthsAgo,
                int months, String status, int pct) {
            LocalDate start = today.withDayOfMonth(1).minusMonths(startMonthsAgo);
            LocalDate end = start.plusMonths(months).minusDays(1);
            boolean workforce = bp != null;
            LocalDate signed = "DRAFT".equals(status) ? null : start.minusDays(10 + pledges.size() % 20);
            // a pledge starting soon may have been signed a few days ago, never after today
            if (signed != null && signed.isAfter(today)) {
                signed = today.minusDays(1 + pledges.size() % 5);
            }
            Pledge pledge = new Pledge(org, project, kind, minutes, bp,
                    workforce ? orgs.get(org).itHeadcount() : null, workforce ? WEEKLY_MINUTES : null, start, end,
                    status, signed, null, null);
            long basis = "FULFILLED".equals(status) ? pledgedMinutes(pledge) : expectedToDateMinutes(pledge, today);
            pledges.add(pledge);
            delivered.add((int) (basis * pct / 100 / 15 * 15)); // whole quarter hours
            return this;
        }

        /** Marks the last pledge as won at a pitch, signed two weeks after that night. */
        void wonAt(SlotRef slot, List<PitchNight> nights) {
            int last = pledges.size() - 1;
            Pledge p = pledges.get(last);
            LocalDate signed = nights.get(slot.night()).startsAt().toLocalDate().plusDays(14);
            pledges.set(last, new Pledge(p.organization(), p.project(), p.kind(), p.pledgedMinutes(), p.percentBp(),
                    p.headcountBasis(), p.weeklyMinutesBasis(), p.periodStart(), p.periodEnd(), p.status(),
                    signed.isAfter(today) ? today : signed, slot, "Pledged after the pitch night."));
        }
    }
}
