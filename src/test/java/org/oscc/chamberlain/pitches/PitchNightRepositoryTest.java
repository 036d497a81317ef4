package org.oscc.chamberlain.pitches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oscc.chamberlain.store.jooq.Tables.AGENDA_SLOT;
import static org.oscc.chamberlain.store.jooq.Tables.INVITATION;
import static org.oscc.chamberlain.store.jooq.Tables.PITCH_NIGHT;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;

class PitchNightRepositoryTest {
    private static final ZoneId TORONTO = ZoneId.of("America/Toronto");
    private static final LocalDateTime NOW_UTC = LocalDateTime.of(2026, 6, 15, 16, 0, 5);

    @TempDir
    Path folder;
    Store store;
    PitchNightRepository repository;
    PitchTestData data;

    @BeforeEach
    void open() {
        store = TestStores.fresh(folder, TestStores.FIXED_CLOCK);
        repository = new PitchNightRepository(store);
        data = new PitchTestData(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    static PitchNight night(String title, LocalDateTime start, ZoneId zone, SessionStatus status) {
        return new PitchNight(null, title, start, zone, 120, "Main Hall", "1 King St W", "https://meet.example.org/x",
                40, status, "Pitches and pizza", "Olga Organizer", "olga@example.org", "uid-" + title, 0, "1440,60",
                null, null);
    }

    private int insert(String title, LocalDateTime start) {
        return repository.insertSession(night(title, start, TORONTO, SessionStatus.SCHEDULED), NOW_UTC);
    }

    @Test
    void aSessionRoundTripsWithEveryColumn() {
        PitchNight original = night("December", LocalDateTime.of(2026, 12, 3, 18, 0), TORONTO,
                SessionStatus.SCHEDULED).withCapacity(null);
        int id = repository.insertSession(original, NOW_UTC);

        PitchNight read = repository.findSession(id).orElseThrow();
        assertThat(read).isEqualTo(original.withId(id).withTimestamps(NOW_UTC, NOW_UTC));
        assertThat(read.start().toInstant()).isEqualTo(Instant.parse("2026-12-03T23:00:00Z"));

        LocalDateTime later = NOW_UTC.plusHours(1);
        repository.updateSession(read.withTitle("December night").withCapacity(25), later);
        assertThat(repository.findSession(id).orElseThrow())
                .isEqualTo(read.withTitle("December night").withCapacity(25).withTimestamps(NOW_UTC, later));
        assertThat(repository.updateSession(read.withId(999), later)).isFalse();
    }

    @Test
    void theAgendaIsSavedInListOrderAndKeepsSlotIdsSoPledgesStayLinked() {
        int night = insert("June", LocalDateTime.of(2026, 7, 2, 18, 0));
        int project = data.project("Kestrel");
        int presenter = data.contact("Ada Lovelace");
        int org = data.organization("Acme", "GOLD", "ACTIVE");
        repository.replaceAgenda(night, List.of(AgendaSlot.pitch(project, presenter, "Kestrel 2.0", 10, 600, "Rust"),
                AgendaSlot.breakOf("Pizza", 15), AgendaSlot.pitch(null, null, "Open mic", 5, null, null)));
        List<AgendaSlot> saved = repository.agenda(night);
        int pledge = data.hoursPledge(org, project, saved.get(0).id(), 2400);

        assertThat(saved).extracting(AgendaSlot::label).containsExactly("Kestrel 2.0", "Pizza", "Open mic");
        assertThat(saved.get(0).projectName()).isEqualTo("Kestrel");
        assertThat(saved.get(0).presenterName()).isEqualTo("Ada Lovelace");
        assertThat(saved.get(0).askMinutes()).isEqualTo(600);

        List<AgendaSlot> reordered = AgendaReflow.moveTo(saved, 0, 2);
        repository.replaceAgenda(night, reordered);

        assertThat(repository.agenda(night)).extracting(AgendaSlot::id)
                .containsExactly(saved.get(1).id(), saved.get(2).id(), saved.get(0).id());
        assertThat(store.dsl().select(AGENDA_SLOT.POSITION).from(AGENDA_SLOT).orderBy(AGENDA_SLOT.POSITION)
                .fetch(AGENDA_SLOT.POSITION)).containsExactly(0, 1, 2);
        assertThat(data.pledgeSlot(pledge)).isEqualTo(saved.get(0).id());
        assertThat(repository.outcomes(night)).singleElement().satisfies(o -> {
            assertThat(o.pledgeId()).isEqualTo(pledge);
            assertThat(o.memberName()).isEqualTo("Acme");
            assertThat(o.projectName()).isEqualTo("Kestrel");
            assertThat(o.pledgedText()).isEqualTo("40 h");
            assertThat(o.slotTitle()).isEqualTo("Kestrel 2.0");
        });

        repository.replaceAgenda(night, List.of(reordered.get(0)));
        assertThat(repository.agenda(night)).hasSize(1);
        assertThat(data.pledgeSlot(pledge)).isNull();
        assertThat(repository.outcomes(night)).isEmpty();
    }

    @Test
    void aSlotOfAnotherSessionIsNotTakenOverAndNothingOfTheAgendaChanges() {
        int june = insert("June", LocalDateTime.of(2026, 7, 2, 18, 0));
        int july = insert("July", LocalDateTime.of(2026, 8, 6, 18, 0));
        repository.replaceAgenda(june, List.of(AgendaSlot.breakOf("Coffee", 10)));
        repository.replaceAgenda(july, List.of(AgendaSlot.breakOf("Tea", 10)));
        AgendaSlot junesSlot = repository.agenda(june).get(0);

        assertThatThrownBy(() -> repository.replaceAgenda(july, List.of(AgendaSlot.breakOf("New", 5), junesSlot)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(repository.agenda(july)).extracting(AgendaSlot::label).containsExactly("Tea");
        assertThat(repository.agenda(june)).containsExactly(junesSlot);
    }

    @Test
    void invitationsAreInsertedAsOneBatchAndATwiceInvitedContactFailsTheWholeBatch() {
        int night = insert("June", LocalDateTime.of(2026, 7, 2, 18, 0));
        int ada = data.contact("Ada Lovelace");
        int grace = data.contact("Grace Hopper");
        repository.insertInvitations(night, List.of(ada), NOW_UTC);

        assertThatThrownBy(() -> repository.insertInvitations(night, List.of(grace, ada), NOW_UTC))
                .isInstanceOf(DataAccessException.class);
        assertThat(repository.invitees(night)).extracting(Invitee::contactName).containsExactly("Ada Lovelace");
        Invitee invitee = repository.invitee(night, ada).orElseThrow();
        assertThat(invitee.rsvp()).isEqualTo(Rsvp.INVITED);
        assertThat(invitee.invitedAt()).isEqualTo(NOW_UTC);
        assertThat(invitee.rsvpChangedAt()).isEqualTo(NOW_UTC);
        assertThat(invitee.role()).isEqualTo("REQ-PARTICIPANT");
    }

    @Test
    void timestampsWrittenByTheJdbcBatchAreStoredAsTheSameTextAsJooqWrites() {
        int night = insert("June", LocalDateTime.of(2026, 7, 2, 18, 0));
        repository.insertInvitations(night, List.of(data.contact("Ada Lovelace")), NOW_UTC);

        String byJooq = store.dsl().select(DSL.field("typeof(created_at) || ' ' || created_at", String.class))
                .from(PITCH_NIGHT).fetchOne().value1();
        String byJdbc = store.dsl().select(DSL.field("typeof(invited_at) || ' ' || invited_at", String.class))
                .from(INVITATION).fetchOne().value1();
        assertThat(byJdbc).isEqualTo(byJooq).startsWith("text 2026-06-15 16:00:05");
    }

    @Test
    void sessionRowsCountAnswersAndListUpcomingFirstThenPastLatestFirst() {
        int may = insert("May", LocalDateTime.of(2026, 5, 7, 18, 0));
        int april = insert("April", LocalDateTime.of(2026, 4, 2, 18, 0));
        int august = insert("August", LocalDateTime.of(2026, 8, 6, 18, 0));
        int july = insert("July", LocalDateTime.of(2026, 7, 2, 18, 0));
        List<Integer> contacts = List.of(data.contact("A"), data.contact("B"), data.contact("C"), data.contact("D"),
                data.contact("E"));
        repository.insertInvitations(may, contacts, NOW_UTC);
        List<Invitee> invitees = repository.invitees(may);
        repository.applyRsvpChanges(List.of(new Waitlist.Change(invitees.get(0).invitationId(), Rsvp.ACCEPTED, null),
                new Waitlist.Change(invitees.get(1).invitationId(), Rsvp.ACCEPTED, null),
                new Waitlist.Change(invitees.get(2).invitationId(), Rsvp.DECLINED, null),
                new Waitlist.Change(invitees.get(3).invitationId(), Rsvp.WAITLISTED, 1)), NOW_UTC);
        repository.setAttendance(invitees.get(0).invitationId(), Attendance.ATTENDED);
        repository.setAttendance(invitees.get(1).invitationId(), Attendance.NO_SHOW);

        List<SessionRow> rows = repository.sessionRows(TestStores.FIXED_CLOCK.instant());

        assertThat(rows).extracting(SessionRow::id).containsExactly(july, august, may, april);
        SessionRow mayRow = rows.get(2);
        assertThat(List.of(mayRow.invited(), mayRow.accepted(), mayRow.tentative(), mayRow.declined(),
                mayRow.waitlisted(), mayRow.attended(), mayRow.awaitingAnswer())).containsExactly(5, 2, 0, 1, 1, 1, 1);
        assertThat(rows.get(0).invited()).isZero();
        assertThat(mayRow.venue()).isEqualTo("Main Hall + online");
    }

    @Test
    void aSessionUnderWayCountsAsUpcomingUntilItEnds() {
        // the fixed clock says 12:00 in Toronto; this one runs 11:00-13:00
        int underWay = insert("Lunch", LocalDateTime.of(2026, 6, 15, 11, 0));
        int morning = repository.insertSession(night("Breakfast", LocalDateTime.of(2026, 6, 15, 8, 0), TORONTO,
                SessionStatus.HELD).withDuration(60), NOW_UTC);

        assertThat(repository.sessionRows(TestStores.FIXED_CLOCK.instant())).extracting(SessionRow::id)
                .containsExactly(underWay, morning);
    }

    @Test
    void bulkCandidatesFollowTheSelectionAndLeaveOutArchivedAndAlreadyInvitedContacts() {
        int night = insert("June", LocalDateTime.of(2026, 7, 2, 18, 0));
        int acme = data.organization("Acme", "Gold", "ACTIVE");
        int beta = data.organization("Beta", "silver", "ACTIVE");
        int gamma = data.organization("Gamma", "GOLD", "LAPSED");
        int acmeBoss = data.contact(acme, "Ann Acme", "ann@acme.example", true, true);
        int acmeDev = data.contact(acme, "Dev Acme", null, false, false);
        int acmeGone = data.contact(acme, "Gone Acme", "gone@acme.example", true, false);
        data.archiveContact(acmeGone);
        int betaBoss = data.contact(beta, "Bea Beta", "bea@beta.example", false, true);
        int gammaBoss = data.contact(gamma, "Gil Gamma", "gil@gamma.example", true, true);
        data.contact("Loner");

        assertThat(ids(night, new InviteSelection.ByTier(" gold "))).containsExactly(acmeBoss, acmeDev, gammaBoss);
        assertThat(ids(night, new InviteSelection.ByStatus("active"))).containsExactly(acmeBoss, acmeDev, betaBoss);
        assertThat(ids(night, new InviteSelection.ByOrganization(gamma))).containsExactly(gammaBoss);
        assertThat(ids(night, new InviteSelection.PrimaryContactsOfActiveMembers()))
                .containsExactly(acmeBoss, betaBoss);

        repository.insertInvitations(night, List.of(acmeBoss), NOW_UTC);
        assertThat(ids(night, new InviteSelection.PrimaryContactsOfActiveMembers())).containsExactly(betaBoss);

        List<InviteCandidate> flagged = repository.candidates(night, new InviteSelection.ByStatus("ACTIVE"));
        assertThat(flagged).filteredOn(InviteCandidate::missingEmail).extracting(InviteCandidate::fullName)
                .containsExactly("Dev Acme");
        assertThat(flagged).filteredOn(InviteCandidate::withoutConsent).extracting(InviteCandidate::fullName)
                .containsExactly("Bea Beta");
    }

    @Test
    void aFailureInsideATransactionUndoesItsEarlierWrites() {
        int night = insert("June", LocalDateTime.of(2026, 7, 2, 18, 0));
        int ada = data.contact("Ada Lovelace");

        assertThatThrownBy(() -> repository.inTransaction(tx -> {
            tx.insertInvitations(night, List.of(ada), NOW_UTC);
            tx.replaceAgenda(night, List.of(AgendaSlot.breakOf("Coffee", 10)));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");

        assertThat(repository.invitees(night)).isEmpty();
        assertThat(repository.agenda(night)).isEmpty();
    }

    private List<Integer> ids(int night, InviteSelection selection) {
        return repository.candidates(night, selection).stream().map(InviteCandidate::contactId).toList();
    }
}
