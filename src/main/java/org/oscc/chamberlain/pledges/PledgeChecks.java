package org.oscc.chamberlain.pledges;

import java.math.BigInteger;
import java.util.Optional;
import org.oscc.chamberlain.settings.ChamberSettings;
import org.oscc.chamberlain.validation.InvalidInputException;
import org.oscc.chamberlain.validation.Problems;

/**
 * Checks a {@link PledgeDraft} and turns it into the pledge to store, filling the kept bases (headcount, work week)
 * from the member and the settings. Reports every problem at once; reads the store, never writes it.
 */
final class PledgeChecks {
    /** The widest week a basis may state: every hour of it. */
    static final int MAX_WEEKLY_MINUTES = 7 * 24 * 60;

    private final PledgeRepository repository;

    PledgeChecks(PledgeRepository repository) {
        this.repository = repository;
    }

    /**
     * The pledge to write for {@code draft}; {@code existing} is the stored pledge on an update, whose kept bases
     * stay unless the draft gives new ones (or moves the pledge to another member).
     */
    Pledge check(PledgeDraft draft, Optional<Pledge> existing, ChamberSettings settings)
            throws InvalidInputException {
        Problems problems = new Problems();
        MemberFacts member = checkMember(draft, existing, problems);
        if (draft.projectId() != null && !repository.projectExists(draft.projectId())) {
            problems.onField("project", "pledges.form.project", "pledges.problem.noProject",
                    String.valueOf(draft.projectId()));
        }
        if (draft.pitchSlotId() != null && !repository.pitchSlotExists(draft.pitchSlotId())) {
            problems.onField("pitch", "pledges.problem.pitch", "pledges.problem.noPitch",
                    String.valueOf(draft.pitchSlotId()));
        }
        boolean periodKnown = checkPeriod(draft, problems);
        if (periodKnown && existing.isPresent()) {
            int outside = repository.contributionsOutside(existing.get().id(), draft.periodStart(), draft.periodEnd());
            if (outside > 0) {
                problems.onField("period", "pledges.form.period", "pledges.problem.contributionsOutside", outside,
                        draft.periodStart(), draft.periodEnd());
            }
        }
        Long pledgedMinutes = null;
        Integer headcount = null;
        Integer weekly = null;
        if (draft.kind() == null) {
            problems.onField("kind", "pledges.form.kind", "pledges.problem.kindRequired");
        } else if (draft.kind() == PledgeKind.HOURS) {
            pledgedMinutes = checkHours(draft.pledgedMinutes(), problems);
        } else {
            Optional<Pledge> kept = existing.filter(e -> draft.organizationId() != null
                    && e.organizationId() == draft.organizationId());
            boolean percentOk = checkPercent(draft.percentBp(), problems);
            headcount = headcountBasis(draft, kept, member, problems);
            weekly = weeklyBasis(draft, kept, settings, problems);
            if (percentOk && headcount != null && weekly != null && periodKnown) {
                checkPercentTotal(draft, headcount, weekly, problems);
            }
        }
        problems.throwIfAny();
        PledgeStatus status = draft.status() == null ? PledgeStatus.DRAFT : draft.status();
        boolean hours = draft.kind() == PledgeKind.HOURS;
        return new Pledge(existing.map(Pledge::id).orElse(0L), draft.organizationId(), draft.projectId(), draft.kind(),
                pledgedMinutes, hours ? null : draft.percentBp(), headcount, weekly, draft.periodStart(),
                draft.periodEnd(), status, draft.signedOn(), draft.pitchSlotId(), blankToNull(draft.notes()),
                existing.map(Pledge::createdAt).orElse(null), null);
    }

    private MemberFacts checkMember(PledgeDraft draft, Optional<Pledge> existing, Problems problems) {
        if (draft.organizationId() == null) {
            problems.onField("member", "pledges.form.member", "pledges.problem.required");
            return null;
        }
        Optional<MemberFacts> member = repository.member(draft.organizationId());
        if (member.isEmpty()) {
            problems.onField("member", "pledges.form.member", "pledges.problem.noMember",
                    String.valueOf(draft.organizationId()));
            return null;
        }
        // An archived member keeps its old pledges editable; it only cannot take new ones.
        boolean newForMember = existing.isEmpty() || existing.get().organizationId() != draft.organizationId();
        if (member.get().archived() && newForMember) {
            problems.onField("member", "pledges.form.member", "pledges.problem.memberArchived", member.get().name());
        }
        return member.get();
    }

    private static boolean checkPeriod(PledgeDraft draft, Problems problems) {
        if (draft.periodStart() == null) {
            problems.onField("start", "pledges.form.start", "pledges.problem.required");
        }
        if (draft.periodEnd() == null) {
            problems.onField("end", "pledges.form.end", "pledges.problem.required");
        }
        if (draft.periodStart() == null || draft.periodEnd() == null) {
            return false;
        }
        if (draft.periodEnd().isBefore(draft.periodStart())) {
            problems.onField("period", "pledges.form.period", "pledges.problem.endBeforeStart", draft.periodEnd(),
                    draft.periodStart());
            return false;
        }
        return true;
    }

    private static Long checkHours(Long minutes, Problems problems) {
        if (minutes == null) {
            problems.onField("hours", "pledges.problem.hours", "pledges.problem.hoursRequired");
        } else if (minutes <= 0) {
            problems.onField("hours", "pledges.problem.hours", "pledges.problem.hoursPositive");
        } else if (minutes > PledgeService.MAX_PLEDGED_MINUTES) {
            problems.onField("hours", "pledges.problem.hours", "pledges.problem.hoursTooLarge",
                    PledgeService.MAX_PLEDGED_MINUTES / 60);
        } else {
            return minutes;
        }
        return null;
    }

    private static boolean checkPercent(Integer bp, Problems problems) {
        if (bp == null) {
            problems.onField("percent", "pledges.problem.percent", "pledges.problem.percentRequired");
            return false;
        }
        if (bp <= 0 || bp > 10_000) {
            problems.onField("percent", "pledges.problem.percent", "pledges.problem.percentRange",
                    java.math.BigDecimal.valueOf(bp, 2));
            return false;
        }
        return true;
    }

    private static Integer headcountBasis(PledgeDraft draft, Optional<Pledge> kept, MemberFacts member,
            Problems problems) {
        Long given = draft.headcountBasis();
        if (given != null) {
            if (given < 0) {
                problems.onField("headcount", "pledges.form.headcount", "pledges.problem.headcountNegative",
                        String.valueOf(given));
                return null;
            }
            if (given > Integer.MAX_VALUE) {
                problems.onField("headcount", "pledges.form.headcount", "pledges.problem.headcountTooLarge",
                        String.valueOf(given));
                return null;
            }
            return given.intValue();
        }
        if (kept.isPresent() && kept.get().headcountBasis() != null) {
            return kept.get().headcountBasis(); // kept as signed: a later headcount change does not rewrite it
        }
        if (member == null) {
            return null; // already reported
        }
        if (member.itHeadcount() == null) {
            problems.onField("headcount", "pledges.form.headcount", "pledges.problem.noHeadcount", member.name());
        }
        return member.itHeadcount();
    }

    private static Integer weeklyBasis(PledgeDraft draft, Optional<Pledge> kept, ChamberSettings settings,
            Problems problems) {
        Integer given = draft.weeklyMinutesBasis();
        if (given != null) {
            if (given <= 0 || given > MAX_WEEKLY_MINUTES) {
                problems.onField("weeklyBasis", "pledges.problem.weeklyBasis", "pledges.problem.weeklyRange");
                return null;
            }
            return given;
        }
        if (kept.isPresent() && kept.get().weeklyMinutesBasis() != null) {
            return kept.get().weeklyMinutesBasis();
        }
        return settings.weeklyMinutes();
    }

    private static void checkPercentTotal(PledgeDraft draft, int headcount, int weekly, Problems problems) {
        long days = FulfilmentRules.daysInclusive(draft.periodStart(), draft.periodEnd());
        BigInteger total = FulfilmentRules.percentPledgeMinutes(draft.percentBp(), headcount, weekly, days);
        if (total.signum() == 0) {
            problems.onField("percent", "pledges.problem.percent", "pledges.problem.percentNothing", headcount, days);
        } else if (total.compareTo(BigInteger.valueOf(PledgeService.MAX_PLEDGED_MINUTES)) > 0) {
            problems.onField("percent", "pledges.problem.percent", "pledges.problem.percentTooMuch",
                    PledgeService.MAX_PLEDGED_MINUTES / 60);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
