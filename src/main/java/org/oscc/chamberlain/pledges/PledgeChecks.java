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
            problems.add("project", "Project", "there is no project with id " + draft.projectId() + ".");
        }
        if (draft.pitchSlotId() != null && !repository.pitchSlotExists(draft.pitchSlotId())) {
            problems.add("pitch", "Pitch", "there is no pitch slot with id " + draft.pitchSlotId() + ".");
        }
        boolean periodKnown = checkPeriod(draft, problems);
        if (periodKnown && existing.isPresent()) {
            int outside = repository.contributionsOutside(existing.get().id(), draft.periodStart(), draft.periodEnd());
            if (outside > 0) {
                problems.add("period", "Period", outside + (outside == 1 ? " contribution falls" : " contributions fall")
                        + " outside " + draft.periodStart() + " to " + draft.periodEnd()
                        + "; move or delete them first.");
            }
        }
        Long pledgedMinutes = null;
        Integer headcount = null;
        Integer weekly = null;
        if (draft.kind() == null) {
            problems.add("kind", "Kind", "is required (hours, or percent of workforce).");
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
            problems.add("member", "Member", "is required.");
            return null;
        }
        Optional<MemberFacts> member = repository.member(draft.organizationId());
        if (member.isEmpty()) {
            problems.add("member", "Member", "there is no member organization with id " + draft.organizationId() + ".");
            return null;
        }
        // An archived member keeps its old pledges editable; it only cannot take new ones.
        boolean newForMember = existing.isEmpty() || existing.get().organizationId() != draft.organizationId();
        if (member.get().archived() && newForMember) {
            problems.add("member", "Member", member.get().name() + " is archived; restore it before recording a pledge.");
        }
        return member.get();
    }

    private static boolean checkPeriod(PledgeDraft draft, Problems problems) {
        if (draft.periodStart() == null) {
            problems.add("start", "Period start", "is required.");
        }
        if (draft.periodEnd() == null) {
            problems.add("end", "Period end", "is required.");
        }
        if (draft.periodStart() == null || draft.periodEnd() == null) {
            return false;
        }
        if (draft.periodEnd().isBefore(draft.periodStart())) {
            problems.add("period", "Period", "ends (" + draft.periodEnd() + ") before it starts (" + draft.periodStart() + ").");
            return false;
        }
        return true;
    }

    private static Long checkHours(Long minutes, Problems problems) {
        if (minutes == null) {
            problems.add("hours", "Hours", "is required for a pledge of hours.");
        } else if (minutes <= 0) {
            problems.add("hours", "Hours", "must be more than 0.");
        } else if (minutes > PledgeService.MAX_PLEDGED_MINUTES) {
            problems.add("hours", "Hours", "is too large: at most "
                    + String.format("%,d", PledgeService.MAX_PLEDGED_MINUTES / 60) + " hours can be pledged.");
        } else {
            return minutes;
        }
        return null;
    }

    private static boolean checkPercent(Integer bp, Problems problems) {
        if (bp == null) {
            problems.add("percent", "Percent", "is required for a pledge of a percent of the workforce.");
            return false;
        }
        if (bp <= 0 || bp > 10_000) {
            problems.add("percent", "Percent", "must be more than 0 and at most 100 (was " + java.math.BigDecimal.valueOf(bp, 2)
                    .stripTrailingZeros().toPlainString() + ").");
            return false;
        }
        return true;
    }

    private static Integer headcountBasis(PledgeDraft draft, Optional<Pledge> kept, MemberFacts member,
            Problems problems) {
        Long given = draft.headcountBasis();
        if (given != null) {
            if (given < 0) {
                problems.add("headcount", "Headcount basis", "cannot be negative (was " + given + ").");
                return null;
            }
            if (given > Integer.MAX_VALUE) {
                problems.add("headcount", "Headcount basis", "is too large (was " + given + ").");
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
            problems.add("headcount", "Headcount basis", member.name() + " has no IT headcount on record; give the headcount "
                    + "the pledge is based on.");
        }
        return member.itHeadcount();
    }

    private static Integer weeklyBasis(PledgeDraft draft, Optional<Pledge> kept, ChamberSettings settings,
            Problems problems) {
        Integer given = draft.weeklyMinutesBasis();
        if (given != null) {
            if (given <= 0 || given > MAX_WEEKLY_MINUTES) {
                problems.add("weeklyBasis", "Hours per week", "must be more than 0 and at most 168.");
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
            problems.add("percent", "Percent", "of a headcount of " + headcount + " over " + days + " days comes to less than "
                    + "a minute; nothing would be pledged.");
        } else if (total.compareTo(BigInteger.valueOf(PledgeService.MAX_PLEDGED_MINUTES)) > 0) {
            problems.add("percent", "Percent", "comes to more than " + String.format("%,d", PledgeService.MAX_PLEDGED_MINUTES / 60)
                    + " hours, more than can be pledged; check the headcount and the period.");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
