package org.oscc.chamberlain.pitches;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.oscc.chamberlain.settings.ChamberSettings;
import org.oscc.chamberlain.settings.SettingsService;
import org.oscc.chamberlain.validation.InvalidInputException;
import org.oscc.chamberlain.text.Wording;
import org.oscc.chamberlain.validation.Problem;
import org.oscc.chamberlain.validation.Problems;

/**
 * Pitch nights: sessions, agendas, invitations, RSVPs with the waitlist, attendance and outcomes. Every refused
 * input throws {@link InvalidInputException} with all its reasons and leaves the store unchanged; checks that read
 * the store run in the same transaction as the write they guard.
 */
public class PitchNightService {
    /** Calendar UIDs are a random UUID with this suffix; they never change once made. */
    public static final String UID_SUFFIX = "@chamberlain";
    /** How far around a session conflict checks look (covers zone differences and long sessions). */
    private static final int CONFLICT_WINDOW_DAYS = 3;

    private final PitchNightRepository repository;
    private final SettingsService settings;
    private final Clock clock;

    public PitchNightService(PitchNightRepository repository, SettingsService settings, Clock clock) {
        this.repository = repository;
        this.settings = settings;
        this.clock = clock;
    }

    // ---- sessions

    /** A new, unsaved DRAFT with the chamber's time zone, organizer and reminders, and a fresh calendar UID. */
    public PitchNight newDraft(String title, LocalDateTime startsAt, int durationMinutes) {
        ChamberSettings s = settings.current();
        return new PitchNight(null, title, startsAt, s.timeZone(), durationMinutes, null, null, null, null,
                SessionStatus.DRAFT, null, s.organizerName(), s.organizerEmail(), newUid(), 0, s.reminderMinutes(),
                null, null);
    }

    /**
     * Inserts (id null) or updates a session. On update the calendar UID and creation time are kept and the
     * sequence never goes down. When the capacity rises, waitlisted guests move up in the same transaction.
     */
    public PitchNight save(PitchNight night) throws InvalidInputException {
        Problems problems = new Problems();
        SessionRules.checkSession(night, clock.instant(), problems);
        problems.throwIfAny();
        LocalDateTime now = nowUtc();
        return transaction(tx -> {
            if (night.id() == null) {
                PitchNight toInsert = night.icalUid() == null || night.icalUid().isBlank()
                        ? night.withCalendarIdentity(newUid(), 0) : night;
                return tx.findSession(tx.insertSession(toInsert, now)).orElseThrow();
            }
            PitchNight stored = tx.findSession(night.id()).orElseThrow(() -> missing(night.id()));
            PitchNight toUpdate = night.withCalendarIdentity(stored.icalUid(),
                    Math.max(stored.icalSequence(), night.icalSequence()));
            tx.updateSession(toUpdate, now);
            tx.applyRsvpChanges(Waitlist.promotions(toUpdate.capacity(), tx.waitlistEntries(night.id())), now);
            return tx.findSession(night.id()).orElseThrow();
        });
    }

    public Optional<PitchNight> find(int id) {
        return repository.findSession(id);
    }

    /** Deletes a draft with its agenda and invitations; a session that was ever scheduled is cancelled instead. */
    public void deleteDraft(int id) throws InvalidInputException {
        transaction(tx -> {
            PitchNight night = tx.findSession(id).orElseThrow(() -> missing(id));
            if (night.status() != SessionStatus.DRAFT) {
                throw refused(Problem.onField("status", "pitches.session.status", "pitches.problem.onlyDraftDeleted",
                        night.title(), Wording.of("pitches.problem.status." + night.status().name())));
            }
            tx.deleteSession(id);
            return null;
        });
    }

    /** All sessions with RSVP counts: upcoming (not over yet) first, soonest first; then past ones, latest first. */
    public List<SessionRow> list() {
        return repository.sessionRows(clock.instant());
    }

    /** The chamber's time zone, in which a night's time needs no zone named beside it. */
    public java.time.ZoneId chamberZone() {
        return settings.current().timeZone();
    }

    /** The soonest session that is not over and not cancelled. */
    public Optional<SessionRow> nextUpcoming() {
        return repository.nextUpcoming(clock.instant());
    }

    /**
     * Clashes of {@code night} (saved or not) with the other sessions: the same venue at overlapping times, and
     * presenters of {@code agenda} with overlapping slots elsewhere. Warnings only: saving is still allowed.
     */
    public List<Conflict> conflicts(PitchNight night, List<AgendaSlot> agenda) {
        if (night.startsAt() == null || night.timeZone() == null) {
            return List.of();
        }
        LocalDateTime from = night.startsAt().minusDays(CONFLICT_WINDOW_DAYS);
        LocalDateTime to = night.endsAt().plusDays(CONFLICT_WINDOW_DAYS);
        return ConflictFinder.find(new SessionPlan(night, agenda), repository.plansStartingBetween(from, to));
    }

    /**
     * "Duplicate as next": copies a night (details and agenda, no invitees) to the first same weekday and time that
     * is still ahead, a week later at the soonest, as a draft.
     */
    public PitchNight duplicateAsNext(int sourceId) throws InvalidInputException {
        PitchNight source = find(sourceId).orElseThrow(() -> missing(sourceId).refusal);
        return duplicateAsTemplate(sourceId, weeksToNext(source.start(), clock.instant()));
    }

    /** The fewest whole weeks (at least 1) that put {@code start} ahead of {@code now}, counted in its own zone. */
    static int weeksToNext(ZonedDateTime start, Instant now) {
        long passed = ChronoUnit.WEEKS.between(start, now.atZone(start.getZone()));
        return (int) Math.max(1, passed + 1);
    }

    /**
     * Makes a copy of a session as the template for a later one: same details and agenda, {@code weeksLater} weeks
     * later at the same wall-clock time, as a DRAFT with a new calendar UID (sequence 0) and no invitees.
     */
    public PitchNight duplicateAsTemplate(int sourceId, int weeksLater) throws InvalidInputException {
        if (weeksLater < 1) {
            throw new InvalidInputException(Problem.onField("weeksLater", "pitches.problem.weeksLater",
                    "pitches.problem.weeksAtLeastOne", weeksLater));
        }
        LocalDateTime now = nowUtc();
        return transaction(tx -> {
            PitchNight source = tx.findSession(sourceId).orElseThrow(() -> missing(sourceId));
            PitchNight copy = source.withId(null).withStart(source.startsAt().plusWeeks(weeksLater),
                    source.timeZone()).withStatus(SessionStatus.DRAFT).withCalendarIdentity(newUid(), 0)
                    .withTimestamps(null, null);
            Problems problems = new Problems();
            SessionRules.checkSession(copy, clock.instant(), problems);
            problems.throwIfAny();
            int id = tx.insertSession(copy, now);
            tx.replaceAgenda(id, tx.agenda(sourceId).stream().map(s -> s.withId(null)).toList());
            return tx.findSession(id).orElseThrow();
        });
    }

    // ---- agenda

    public List<AgendaSlot> agenda(int nightId) {
        return repository.agenda(nightId);
    }

    /** Times of each slot from the session start, the total, and the overrun warning. */
    public AgendaPlan agendaPlan(PitchNight night, List<AgendaSlot> agenda) {
        return AgendaReflow.plan(night, agenda);
    }

    /**
     * Saves the whole agenda in list order (positions 0..n-1) in one transaction. Slots keep their ids (pledges stay
     * linked); slots left out are deleted. An agenda longer than the session is allowed (see {@link #agendaPlan}).
     */
    public List<AgendaSlot> saveAgenda(int nightId, List<AgendaSlot> slots) throws InvalidInputException {
        Problems pure = new Problems();
        SessionRules.checkAgenda(slots, pure);
        pure.throwIfAny();
        return transaction(tx -> {
            tx.findSession(nightId).orElseThrow(() -> missing(nightId));
            Problems problems = new Problems();
            AgendaReferences.check(tx, nightId, slots, problems);
            problems.throwIfAny();
            tx.replaceAgenda(nightId, slots);
            return tx.agenda(nightId);
        });
    }

    // ---- invitees

    public List<Invitee> invitees(int nightId) {
        return repository.invitees(nightId);
    }

    /** Contacts a bulk selection proposes that are not invited yet, with their e-mail flags. */
    public List<InviteCandidate> candidates(int nightId, InviteSelection selection) throws InvalidInputException {
        if (selection instanceof InviteSelection.ByTier t && (t.tier() == null || t.tier().isBlank())) {
            throw new InvalidInputException(Problem.onField("tier", "pitches.problem.tier",
                    "pitches.problem.chooseTier"));
        }
        if (selection instanceof InviteSelection.ByStatus s && !InviteSelection.STATUSES.contains(s.status())) {
            throw new InvalidInputException(Problem.onField("status", "pitches.session.status",
                    "pitches.problem.notMembershipStatus", s.status(),
                    String.join(", ", new java.util.TreeSet<>(InviteSelection.STATUSES))));
        }
        if (repository.findSession(nightId).isEmpty()) {
            throw missing(nightId).refusal;
        }
        return repository.candidates(nightId, selection);
    }

    public Invitee invite(int nightId, int contactId) throws InvalidInputException {
        return inviteAll(nightId, List.of(contactId)).get(0);
    }

    /**
     * Invites the contacts in one transaction. Refuses the whole list, naming each contact, when one is already
     * invited, listed twice or unknown, or when the session is cancelled.
     */
    public List<Invitee> inviteAll(int nightId, Collection<Integer> contactIds) throws InvalidInputException {
        List<Integer> ids = List.copyOf(contactIds);
        LocalDateTime now = nowUtc();
        return transaction(tx -> {
            PitchNight night = tx.findSession(nightId).orElseThrow(() -> missing(nightId));
            Problems problems = new Problems();
            if (night.status() == SessionStatus.CANCELLED) {
                problems.onField("night", "pitches.problem.night", "pitches.problem.cancelledNoInvites", night.title());
            }
            Map<Integer, InviteCandidate> contacts = tx.contacts(ids);
            Set<Integer> alreadyInvited = new HashSet<>();
            tx.invitees(nightId).forEach(i -> alreadyInvited.add(i.contactId()));
            Set<Integer> seen = new HashSet<>();
            for (Integer id : ids) {
                InviteCandidate contact = contacts.get(id);
                if (contact == null) {
                    problems.onField("contact", "pitches.problem.contact", "pitches.problem.contactGone");
                } else if (!seen.add(id)) {
                    problems.onField("contact", "pitches.problem.contact", "pitches.problem.listedTwice",
                            contact.displayName());
                } else if (alreadyInvited.contains(id)) {
                    problems.onField("contact", "pitches.problem.contact", "pitches.problem.alreadyInvited",
                            contact.displayName(), night.title());
                }
            }
            problems.throwIfAny();
            tx.insertInvitations(nightId, ids, now);
            List<Invitee> added = new ArrayList<>();
            for (Integer id : ids) {
                added.add(tx.invitee(nightId, id).orElseThrow());
            }
            return added;
        });
    }

    /**
     * Records an invitee's answer. ACCEPTED gives a seat when one is free and a waitlist place otherwise; an answer
     * that frees a seat promotes the earliest waitlisted guest, in the same transaction (rules in {@link Waitlist}).
     */
    public RsvpOutcome rsvp(int nightId, int contactId, Rsvp answer) throws InvalidInputException {
        if (answer == null || answer == Rsvp.WAITLISTED) {
            throw new InvalidInputException(Problem.onField("answer", "pitches.problem.answer",
                    "pitches.problem.chooseAnswer"));
        }
        LocalDateTime now = nowUtc();
        return transaction(tx -> {
            PitchNight night = tx.findSession(nightId).orElseThrow(() -> missing(nightId));
            Invitee invitee = invited(tx, night, contactId);
            List<Waitlist.Change> changes = Waitlist.answer(night.capacity(), tx.waitlistEntries(nightId),
                    invitee.invitationId(), answer);
            tx.applyRsvpChanges(changes, now);
            List<Integer> promotedIds = changes.stream().map(Waitlist.Change::invitationId)
                    .filter(id -> id != invitee.invitationId()).toList();
            return new RsvpOutcome(tx.invitee(nightId, contactId).orElseThrow(),
                    promotedIds.isEmpty() ? List.of() : tx.inviteesByInvitationIds(promotedIds));
        });
    }

    /** Records (or clears, with null) whether an invitee came; only once the session has started. */
    public Invitee recordAttendance(int nightId, int contactId, Attendance attendance) throws InvalidInputException {
        return transaction(tx -> {
            PitchNight night = tx.findSession(nightId).orElseThrow(() -> missing(nightId));
            if (night.status() == SessionStatus.CANCELLED) {
                throw refused(Problem.onField("attendance", "pitches.problem.attendance",
                        "pitches.problem.cancelledNobody",
                        night.title()));
            }
            if (night.startInstant().isAfter(clock.instant())) {
                throw refused(Problem.onField("attendance", "pitches.problem.attendance", "pitches.problem.notStarted",
                        night.startsAt().toLocalDate(), String.valueOf(night.startsAt().toLocalTime()),
                        night.timeZone().getId()));
            }
            Invitee invitee = invited(tx, night, contactId);
            tx.setAttendance(invitee.invitationId(), attendance);
            return tx.invitee(nightId, contactId).orElseThrow();
        });
    }

    /** Pledges that came out of this session's pitches. */
    public List<Outcome> outcomes(int nightId) {
        return repository.outcomes(nightId);
    }

    // ---- choices for the screen's pickers

    public List<Choice> projectChoices() {
        return repository.projectChoices();
    }

    public List<InviteCandidate> contactChoices() {
        return repository.contactChoices();
    }

    public List<String> tiers() {
        return repository.tiers();
    }

    public List<Choice> organizationChoices() {
        return repository.organizationChoices();
    }

    // ---- plumbing

    private static Invitee invited(PitchNightRepository tx, PitchNight night, int contactId) {
        return tx.invitee(night.id(), contactId).orElseThrow(() -> {
            InviteCandidate contact = tx.contacts(List.of(contactId)).get(contactId);
            Wording who = contact == null ? Wording.of("pitches.problem.contactNumber", String.valueOf(contactId))
                    : Wording.plain(contact.displayName());
            return refused(Problem.onField("contact", "pitches.problem.contact", "pitches.problem.notInvited", who,
                    night.title()));
        });
    }

    private LocalDateTime nowUtc() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    private static String newUid() {
        return UUID.randomUUID() + UID_SUFFIX;
    }

    private static Refused missing(int id) {
        return refused(Problem.onField("night", "pitches.problem.night", "pitches.problem.noNight",
                String.valueOf(id)));
    }

    private static Refused refused(Problem problem) {
        return new Refused(new InvalidInputException(problem));
    }

    /** Work that may refuse its input, run in one transaction that rolls back when it does. */
    @FunctionalInterface
    private interface TransactionalWork<T> {
        T run(PitchNightRepository tx) throws InvalidInputException;
    }

    private <T> T transaction(TransactionalWork<T> work) throws InvalidInputException {
        try {
            return repository.inTransaction(tx -> {
                try {
                    return work.run(tx);
                } catch (InvalidInputException e) {
                    throw new Refused(e);
                }
            });
        } catch (Refused r) {
            throw r.refusal;
        }
    }

    /** Carries a refusal out of the transaction (which rolls back on any runtime exception). */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient InvalidInputException refusal;

        Refused(InvalidInputException refusal) {
            super(refusal.getMessage(), refusal, false, false);
            this.refusal = refusal;
        }
    }

}
