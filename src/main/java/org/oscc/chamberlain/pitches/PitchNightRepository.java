package org.oscc.chamberlain.pitches;

import static org.oscc.chamberlain.store.jooq.Tables.AGENDA_SLOT;
import static org.oscc.chamberlain.store.jooq.Tables.CONTACT;
import static org.oscc.chamberlain.store.jooq.Tables.INVITATION;
import static org.oscc.chamberlain.store.jooq.Tables.ORGANIZATION;
import static org.oscc.chamberlain.store.jooq.Tables.PITCH_NIGHT;
import static org.oscc.chamberlain.store.jooq.Tables.PLEDGE;
import static org.oscc.chamberlain.store.jooq.Tables.PROJECT;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.jooq.tables.records.AgendaSlotRecord;
import org.oscc.chamberlain.store.jooq.tables.records.PitchNightRecord;

/**
 * Reads and writes pitch nights, their agendas and invitations. Every multi-row write is one transaction;
 * {@link #inTransaction} lets the service read, check and write several things as one unit. Timestamps come from the
 * caller (UTC), so the service's clock decides them.
 */
public class PitchNightRepository {
    private final DSLContext dsl;

    public PitchNightRepository(Store store) {
        this(store.dsl());
    }

    private PitchNightRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Runs {@code work} with a repository bound to one transaction: all of its writes happen, or none. */
    public <T> T inTransaction(Function<PitchNightRepository, T> work) {
        return dsl.transactionResult(cfg -> work.apply(new PitchNightRepository(DSL.using(cfg))));
    }

    // ---- sessions

    public int insertSession(PitchNight night, LocalDateTime nowUtc) {
        PitchNightRecord r = dsl.newRecord(PITCH_NIGHT);
        fill(r, night);
        r.setCreatedAt(nowUtc);
        r.setUpdatedAt(nowUtc);
        r.store();
        return r.getId();
    }

    /** @return false when there is no such session */
    public boolean updateSession(PitchNight night, LocalDateTime nowUtc) {
        PitchNightRecord r = dsl.fetchOne(PITCH_NIGHT, PITCH_NIGHT.ID.eq(night.id()));
        if (r == null) {
            return false;
        }
        fill(r, night);
        r.setUpdatedAt(nowUtc);
        r.store();
        return true;
    }

    /** Deletes a session with its agenda and invitations; pledges made at it stay, unlinked from the slot. */
    public void deleteSession(int id) {
        dsl.deleteFrom(PITCH_NIGHT).where(PITCH_NIGHT.ID.eq(id)).execute();
    }

    public Optional<PitchNight> findSession(int id) {
        return dsl.fetchOptional(PITCH_NIGHT, PITCH_NIGHT.ID.eq(id)).map(PitchNightRepository::toNight);
    }

    /** Sessions whose wall-clock start lies in [from, to), with their agendas, for conflict checks. */
    public List<SessionPlan> plansStartingBetween(LocalDateTime fromWall, LocalDateTime toWall) {
        List<PitchNight> nights = dsl.selectFrom(PITCH_NIGHT)
                .where(PITCH_NIGHT.STARTS_AT.ge(fromWall), PITCH_NIGHT.STARTS_AT.lt(toWall))
                .orderBy(PITCH_NIGHT.STARTS_AT).fetch(PitchNightRepository::toNight);
        List<SessionPlan> plans = new ArrayList<>(nights.size());
        for (PitchNight n : nights) {
            plans.add(new SessionPlan(n, agenda(n.id())));
        }
        return plans;
    }

    /**
     * Every session with its RSVP counts (aggregated in SQL): those not over yet first, soonest first, then the past
     * ones, latest first. "Over" is decided on the time line, so sessions in different zones sort correctly.
     */
    public List<SessionRow> sessionRows(Instant now) {
        Field<Integer> invited = DSL.count(INVITATION.ID);
        Field<Integer> accepted = countRsvp(Rsvp.ACCEPTED);
        Field<Integer> tentative = countRsvp(Rsvp.TENTATIVE);
        Field<Integer> declined = countRsvp(Rsvp.DECLINED);
        Field<Integer> waitlisted = countRsvp(Rsvp.WAITLISTED);
        Field<Integer> attended = DSL.count(INVITATION.ID).filterWhere(INVITATION.ATTENDANCE.eq(
                Attendance.ATTENDED.name()));
        List<SessionRow> rows = dsl.select(PITCH_NIGHT.ID, PITCH_NIGHT.TITLE, PITCH_NIGHT.STARTS_AT,
                        PITCH_NIGHT.TIME_ZONE, PITCH_NIGHT.DURATION_MINUTES, PITCH_NIGHT.STATUS, PITCH_NIGHT.VENUE_NAME,
                        PITCH_NIGHT.ONLINE_URL, invited, accepted, tentative, declined, waitlisted, attended)
                .from(PITCH_NIGHT).leftJoin(INVITATION).on(INVITATION.PITCH_NIGHT_ID.eq(PITCH_NIGHT.ID))
                .groupBy(PITCH_NIGHT.ID)
                .fetch(r -> new SessionRow(r.get(PITCH_NIGHT.ID), r.get(PITCH_NIGHT.TITLE),
                        r.get(PITCH_NIGHT.STARTS_AT).atZone(ZoneId.of(r.get(PITCH_NIGHT.TIME_ZONE))),
                        r.get(PITCH_NIGHT.DURATION_MINUTES), SessionStatus.valueOf(r.get(PITCH_NIGHT.STATUS)),
                        venueText(r.get(PITCH_NIGHT.VENUE_NAME), r.get(PITCH_NIGHT.ONLINE_URL)), r.get(invited),
                        r.get(accepted), r.get(tentative), r.get(declined), r.get(waitlisted), r.get(attended)));
        List<SessionRow> upcoming = new ArrayList<>();
        List<SessionRow> past = new ArrayList<>();
        for (SessionRow row : rows) {
            (row.end().toInstant().isAfter(now) ? upcoming : past).add(row);
        }
        upcoming.sort(Comparator.comparing((SessionRow s) -> s.start().toInstant()).thenComparingInt(SessionRow::id));
        past.sort(Comparator.comparing((SessionRow s) -> s.start().toInstant()).thenComparingInt(SessionRow::id)
                .reversed());
        upcoming.addAll(past);
        return upcoming;
    }

    /** The soonest session that is not over and not cancelled. */
    public Optional<SessionRow> nextUpcoming(Instant now) {
        return sessionRows(now).stream().filter(r -> r.status() != SessionStatus.CANCELLED)
                .filter(r -> r.end().toInstant().isAfter(now)).findFirst();
    }

    // ---- agenda

    public List<AgendaSlot> agenda(int nightId) {
        return dsl.select(AGENDA_SLOT.fields()).select(PROJECT.NAME, CONTACT.FULL_NAME)
                .from(AGENDA_SLOT)
                .leftJoin(PROJECT).on(PROJECT.ID.eq(AGENDA_SLOT.PROJECT_ID))
                .leftJoin(CONTACT).on(CONTACT.ID.eq(AGENDA_SLOT.PRESENTER_CONTACT_ID))
                .where(AGENDA_SLOT.PITCH_NIGHT_ID.eq(nightId))
                .orderBy(AGENDA_SLOT.POSITION, AGENDA_SLOT.ID)
                .fetch(PitchNightRepository::toSlot);
    }

    public Set<Integer> slotIds(int nightId) {
        return new HashSet<>(dsl.select(AGENDA_SLOT.ID).from(AGENDA_SLOT)
                .where(AGENDA_SLOT.PITCH_NIGHT_ID.eq(nightId)).fetch(AGENDA_SLOT.ID));
    }

    /**
     * Makes the session's agenda exactly {@code slots}, in list order (positions 0..n-1), in one transaction.
     * Slots that keep their id are updated rather than re-inserted, so pledges linked to them stay linked; slots
     * missing from the list are deleted.
     */
    public void replaceAgenda(int nightId, List<AgendaSlot> slots) {
        dsl.transaction(cfg -> {
            DSLContext tx = DSL.using(cfg);
            Set<Integer> kept = new HashSet<>();
            slots.stream().map(AgendaSlot::id).filter(java.util.Objects::nonNull).forEach(kept::add);
            tx.deleteFrom(AGENDA_SLOT).where(AGENDA_SLOT.PITCH_NIGHT_ID.eq(nightId), AGENDA_SLOT.ID.notIn(kept))
                    .execute();
            for (int position = 0; position < slots.size(); position++) {
                AgendaSlot slot = slots.get(position);
                AgendaSlotRecord r = slot.id() == null ? tx.newRecord(AGENDA_SLOT)
                        : tx.fetchOne(AGENDA_SLOT, AGENDA_SLOT.ID.eq(slot.id()),
                                AGENDA_SLOT.PITCH_NIGHT_ID.eq(nightId));
                if (r == null) {
                    throw new IllegalArgumentException("slot " + slot.id() + " is not on pitch night " + nightId);
                }
                r.setPitchNightId(nightId);
                r.setPosition(position);
                r.setKind(slot.kind().name());
                r.setProjectId(slot.projectId());
                r.setPresenterContactId(slot.presenterContactId());
                r.setTitle(blankToNull(slot.title()));
                r.setMinutes(slot.minutes());
                r.setAskMinutes(slot.askMinutes());
                r.setAskSkills(blankToNull(slot.askSkills()));
                r.store();
            }
        });
    }

    // ---- invitations

    public List<Invitee> invitees(int nightId) {
        return inviteeQuery(INVITATION.PITCH_NIGHT_ID.eq(nightId));
    }

    public Optional<Invitee> invitee(int nightId, int contactId) {
        return inviteeQuery(INVITATION.PITCH_NIGHT_ID.eq(nightId).and(INVITATION.CONTACT_ID.eq(contactId)))
                .stream().findFirst();
    }

    public List<Invitee> inviteesByInvitationIds(Collection<Integer> invitationIds) {
        return inviteeQuery(INVITATION.ID.in(invitationIds));
    }

    /** Inserts one INVITED invitation per contact, as one plain JDBC batch in one transaction. */
    public void insertInvitations(int nightId, List<Integer> contactIds, LocalDateTime nowUtc) {
        dsl.transaction(cfg -> DSL.using(cfg).connection(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO invitation (pitch_night_id, contact_id, rsvp,"
                    + " rsvp_changed_at, invited_at) VALUES (?, ?, 'INVITED', ?, ?)")) {
                // the same text jOOQ writes for a LocalDateTime (Timestamp.toString, "2026-06-15 16:00:05.0"):
                // setTimestamp would write ".000", and mixed forms of one instant compare unequal in SQL
                String now = Timestamp.valueOf(nowUtc).toString();
                for (Integer contactId : contactIds) {
                    ps.setInt(1, nightId);
                    ps.setInt(2, contactId);
                    ps.setString(3, now);
                    ps.setString(4, now);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }));
    }

    public List<Waitlist.Entry> waitlistEntries(int nightId) {
        return dsl.select(INVITATION.ID, INVITATION.RSVP, INVITATION.WAITLIST_POSITION).from(INVITATION)
                .where(INVITATION.PITCH_NIGHT_ID.eq(nightId)).orderBy(INVITATION.ID)
                .fetch(r -> new Waitlist.Entry(r.value1(), Rsvp.valueOf(r.value2()), r.value3()));
    }

    /** Writes new RSVP states, each stamped with {@code nowUtc} as the time it changed, in one transaction. */
    public void applyRsvpChanges(List<Waitlist.Change> changes, LocalDateTime nowUtc) {
        dsl.transaction(cfg -> {
            DSLContext tx = DSL.using(cfg);
            for (Waitlist.Change change : changes) {
                tx.update(INVITATION).set(INVITATION.RSVP, change.rsvp().name())
                        .set(INVITATION.WAITLIST_POSITION, change.waitlistPosition())
                        .set(INVITATION.RSVP_CHANGED_AT, nowUtc)
                        .where(INVITATION.ID.eq(change.invitationId())).execute();
            }
        });
    }

    public void setAttendance(int invitationId, Attendance attendance) {
        dsl.update(INVITATION).set(INVITATION.ATTENDANCE, attendance == null ? null : attendance.name())
                .where(INVITATION.ID.eq(invitationId)).execute();
    }

    // ---- contacts, projects and pledges of other features, read directly

    /** The contacts among {@code contactIds} that exist, by id. */
    public Map<Integer, InviteCandidate> contacts(Collection<Integer> contactIds) {
        Map<Integer, InviteCandidate> found = new LinkedHashMap<>();
        candidateQuery(CONTACT.ID.in(contactIds)).forEach(c -> found.put(c.contactId(), c));
        return found;
    }

    public Set<Integer> existingProjectIds(Collection<Integer> projectIds) {
        return new HashSet<>(dsl.select(PROJECT.ID).from(PROJECT).where(PROJECT.ID.in(projectIds)).fetch(PROJECT.ID));
    }

    /** Contacts that {@code selection} proposes and that are not invited to the session yet. */
    public List<InviteCandidate> candidates(int nightId, InviteSelection selection) {
        Condition which;
        if (selection instanceof InviteSelection.ByTier t) {
            which = DSL.lower(DSL.trim(ORGANIZATION.TIER)).eq(t.tier().strip().toLowerCase(java.util.Locale.ROOT));
        } else if (selection instanceof InviteSelection.ByStatus s) {
            which = ORGANIZATION.STATUS.eq(s.status());
        } else if (selection instanceof InviteSelection.ByOrganization o) {
            which = ORGANIZATION.ID.eq(o.organizationId());
        } else {
            which = ORGANIZATION.STATUS.eq("ACTIVE").and(CONTACT.IS_PRIMARY.isTrue());
        }
        Condition notInvited = CONTACT.ID.notIn(DSL.select(INVITATION.CONTACT_ID).from(INVITATION)
                .where(INVITATION.PITCH_NIGHT_ID.eq(nightId)));
        return candidateQuery(which.and(ORGANIZATION.ARCHIVED_AT.isNull()).and(CONTACT.ARCHIVED_AT.isNull())
                .and(notInvited));
    }

    /** Projects that may pitch (not archived), by name, for the agenda's project picker. */
    public List<Choice> projectChoices() {
        return dsl.select(PROJECT.ID, PROJECT.NAME).from(PROJECT).where(PROJECT.ARCHIVED_AT.isNull())
                .orderBy(PROJECT.NAME.collate("NOCASE"), PROJECT.ID)
                .fetch(r -> new Choice(r.value1(), r.value2()));
    }

    /** Contacts that are not archived (nor is their organization), for the presenter and invitee pickers. */
    public List<InviteCandidate> contactChoices() {
        return candidateQuery(CONTACT.ARCHIVED_AT.isNull().and(ORGANIZATION.ARCHIVED_AT.isNull()));
    }

    /** The membership tiers in use among organizations that are not archived, by name. */
    public List<String> tiers() {
        Field<String> tier = DSL.trim(ORGANIZATION.TIER);
        return dsl.selectDistinct(tier).from(ORGANIZATION)
                .where(ORGANIZATION.ARCHIVED_AT.isNull(), ORGANIZATION.TIER.isNotNull(), tier.ne(""))
                .orderBy(tier.collate("NOCASE")).fetch(tier);
    }

    /** Organizations that are not archived, by name, for the bulk invite by organization. */
    public List<Choice> organizationChoices() {
        return dsl.select(ORGANIZATION.ID, ORGANIZATION.NAME).from(ORGANIZATION)
                .where(ORGANIZATION.ARCHIVED_AT.isNull())
                .orderBy(ORGANIZATION.NAME.collate("NOCASE"), ORGANIZATION.ID)
                .fetch(r -> new Choice(r.value1(), r.value2()));
    }

    /** Pledges whose pitch_slot_id is one of the session's slots, in agenda order. */
    public List<Outcome> outcomes(int nightId) {
        return dsl.select(PLEDGE.ID, PLEDGE.ORGANIZATION_ID, ORGANIZATION.NAME, PLEDGE.PROJECT_ID, PROJECT.NAME,
                        PLEDGE.KIND, PLEDGE.PLEDGED_MINUTES, PLEDGE.PERCENT_BP, PLEDGE.STATUS, AGENDA_SLOT.ID,
                        AGENDA_SLOT.TITLE)
                .from(PLEDGE)
                .join(AGENDA_SLOT).on(AGENDA_SLOT.ID.eq(PLEDGE.PITCH_SLOT_ID))
                .join(ORGANIZATION).on(ORGANIZATION.ID.eq(PLEDGE.ORGANIZATION_ID))
                .leftJoin(PROJECT).on(PROJECT.ID.eq(PLEDGE.PROJECT_ID))
                .where(AGENDA_SLOT.PITCH_NIGHT_ID.eq(nightId))
                .orderBy(AGENDA_SLOT.POSITION, PLEDGE.ID)
                .fetch(r -> new Outcome(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), r.value10(), r.value11()));
    }

    // ---- mapping

    private List<Invitee> inviteeQuery(Condition where) {
        return dsl.select(INVITATION.fields()).select(CONTACT.FULL_NAME, CONTACT.EMAIL, CONTACT.EMAIL_CONSENT,
                        ORGANIZATION.NAME)
                .from(INVITATION)
                .join(CONTACT).on(CONTACT.ID.eq(INVITATION.CONTACT_ID))
                .leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(CONTACT.ORGANIZATION_ID))
                .where(where)
                .orderBy(CONTACT.FULL_NAME.collate("NOCASE"), INVITATION.ID)
                .fetch(r -> new Invitee(r.get(INVITATION.ID), r.get(INVITATION.PITCH_NIGHT_ID),
                        r.get(INVITATION.CONTACT_ID), r.get(CONTACT.FULL_NAME), r.get(ORGANIZATION.NAME),
                        r.get(CONTACT.EMAIL), Boolean.TRUE.equals(r.get(CONTACT.EMAIL_CONSENT)),
                        Rsvp.valueOf(r.get(INVITATION.RSVP)), r.get(INVITATION.RSVP_CHANGED_AT),
                        r.get(INVITATION.WAITLIST_POSITION),
                        r.get(INVITATION.ATTENDANCE) == null ? null : Attendance.valueOf(r.get(INVITATION.ATTENDANCE)),
                        r.get(INVITATION.ROLE), r.get(INVITATION.INVITED_AT)));
    }

    private List<InviteCandidate> candidateQuery(Condition where) {
        return dsl.select(CONTACT.ID, CONTACT.FULL_NAME, ORGANIZATION.ID, ORGANIZATION.NAME, CONTACT.EMAIL,
                        CONTACT.EMAIL_CONSENT)
                .from(CONTACT).leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(CONTACT.ORGANIZATION_ID))
                .where(where)
                .orderBy(ORGANIZATION.NAME.collate("NOCASE"), CONTACT.FULL_NAME.collate("NOCASE"), CONTACT.ID)
                .fetch(r -> new InviteCandidate(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        Boolean.TRUE.equals(r.value6())));
    }

    private static Field<Integer> countRsvp(Rsvp rsvp) {
        return DSL.count(INVITATION.ID).filterWhere(INVITATION.RSVP.eq(rsvp.name()));
    }

    private static String venueText(String venueName, String onlineUrl) {
        boolean venue = venueName != null && !venueName.isBlank();
        boolean online = onlineUrl != null && !onlineUrl.isBlank();
        if (venue) {
            return online ? venueName.strip() + " + online" : venueName.strip();
        }
        return online ? "Online" : "";
    }

    private static void fill(PitchNightRecord r, PitchNight n) {
        r.setTitle(n.title().strip());
        r.setStartsAt(n.startsAt());
        r.setTimeZone(n.timeZone().getId());
        r.setDurationMinutes(n.durationMinutes());
        r.setVenueName(blankToNull(n.venueName()));
        r.setVenueAddress(blankToNull(n.venueAddress()));
        r.setOnlineUrl(blankToNull(n.onlineUrl()));
        r.setCapacity(n.capacity());
        r.setStatus(n.status().name());
        r.setDescription(blankToNull(n.description()));
        r.setOrganizerName(blankToNull(n.organizerName()));
        r.setOrganizerEmail(blankToNull(n.organizerEmail()));
        r.setIcalUid(n.icalUid());
        r.setIcalSequence(n.icalSequence());
        r.setReminderMinutes(n.reminderMinutes() == null ? "" : n.reminderMinutes());
    }

    private static PitchNight toNight(PitchNightRecord r) {
        return new PitchNight(r.getId(), r.getTitle(), r.getStartsAt(), ZoneId.of(r.getTimeZone()),
                r.getDurationMinutes(), r.getVenueName(), r.getVenueAddress(), r.getOnlineUrl(), r.getCapacity(),
                SessionStatus.valueOf(r.getStatus()), r.getDescription(), r.getOrganizerName(), r.getOrganizerEmail(),
                r.getIcalUid(), r.getIcalSequence(), r.getReminderMinutes(), r.getCreatedAt(), r.getUpdatedAt());
    }

    private static AgendaSlot toSlot(Record r) {
        return new AgendaSlot(r.get(AGENDA_SLOT.ID), SlotKind.valueOf(r.get(AGENDA_SLOT.KIND)),
                r.get(AGENDA_SLOT.PROJECT_ID), r.get(PROJECT.NAME), r.get(AGENDA_SLOT.PRESENTER_CONTACT_ID),
                r.get(CONTACT.FULL_NAME), r.get(AGENDA_SLOT.TITLE), r.get(AGENDA_SLOT.MINUTES),
                r.get(AGENDA_SLOT.ASK_MINUTES), r.get(AGENDA_SLOT.ASK_SKILLS));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
