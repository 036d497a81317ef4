package org.oscc.chamberlain.pitches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oscc.chamberlain.store.jooq.Tables.AGENDA_SLOT;
import static org.oscc.chamberlain.store.jooq.Tables.INVITATION;
import static org.oscc.chamberlain.store.jooq.Tables.PITCH_NIGHT;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.oscc.chamberlain.settings.ChamberSettings;
import org.oscc.chamberlain.settings.SettingsRepository;
import org.oscc.chamberlain.settings.SettingsService;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;
import org.oscc.chamberlain.validation.InvalidInputException;
import org.oscc.chamberlain.validation.Problem;

class PitchNightServiceTest {
    private static final ZoneId VANCOUVER = ZoneId.of("America/Vancouver");
    /** The fixed clock's "now" (2026-06-15 16:00 UTC) as stored. */
    private static final LocalDateTime NOW_UTC = LocalDateTime.of(2026, 6, 15, 16, 0);
    private static final LocalDateTime JULY_2 = LocalDateTime.of(2026, 7, 2, 18, 0);

    @TempDir
    Path folder;
    Store store;
    PitchNightRepository repository;
    SettingsService settings;
    PitchNightService service;
    PitchTestData data;

    @BeforeEach
    void open() throws InvalidInputException {
        store = TestStores.fresh(folder, TestStores.FIXED_CLOCK);
        repository = new PitchNightRepository(store);
        settings = new SettingsService(new SettingsRepository(store));
        ChamberSettings d = ChamberSettings.DEFAULTS;
        settings.save(new ChamberSettings(d.chamberName(), "Olga Organizer", "olga@example.org", VANCOUVER,
                d.weeklyMinutes(), d.fiscalYearStartMonth(), d.behindThresholdPercent(), d.atRiskThresholdPercent(),
                "2880,30", d.graceDays()));
        service = new PitchNightService(repository, settings, TestStores.FIXED_CLOCK);
        data = new PitchTestData(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private PitchNight scheduled(String title, LocalDateTime start) throws InvalidInputException {
        return service.save(service.newDraft(title, start, 120).withPlace("Main Hall", "1 Main St", null)
                .withStatus(SessionStatus.SCHEDULED));
    }

    /** Every pitch-night row, so a refusal can be shown to change nothing. */
    private String snapshot() {
        return Stream.<Table<?>>of(PITCH_NIGHT, AGENDA_SLOT, INVITATION)
                .map(t -> store.dsl().selectFrom(t).orderBy(t.field("id")).fetch().formatCSV())
                .collect(Collectors.joining("\n"));
    }

    private static List<String> messages(InvalidInputException e) {
        return e.problems().stream().map(Problem::describe).toList();
    }

    // ---- sessions

    @Test
    void aNewDraftTakesZoneOrganizerAndRemindersFromTheSettings() {
        PitchNight draft = service.newDraft("July", JULY_2, 120);

        assertThat(draft.id()).isNull();
        assertThat(draft.timeZone()).isEqualTo(VANCOUVER);
        assertThat(draft.organizerName()).isEqualTo("Olga Organizer");
        assertThat(draft.organizerEmail()).isEqualTo("olga@example.org");
        assertThat(draft.reminderMinutes()).isEqualTo("2880,30");
        assertThat(draft.status()).isEqualTo(SessionStatus.DRAFT);
        assertThat(draft.icalUid()).matches("[0-9a-f-]{36}@chamberlain");
        assertThat(draft.icalSequence()).isZero();
    }

    @Test
    void savingKeepsTheCalendarUidAndNeverLowersTheSequence() throws InvalidInputException {
        PitchNight saved = service.save(service.newDraft("July", JULY_2, 120).withOrganizer("Sam Other", ""));
        assertThat(saved.id()).isNotNull();
        assertThat(saved.organizerName()).isEqualTo("Sam Other");
        assertThat(saved.createdAt()).isEqualTo(NOW_UTC);

        PitchNight bumped = service.save(saved.withCalendarIdentity("forged@elsewhere", 3));
        PitchNight lowered = service.save(bumped.withCalendarIdentity(saved.icalUid(), 1).withTitle("July night"));

        assertThat(lowered.icalUid()).isEqualTo(saved.icalUid());
        assertThat(bumped.icalSequence()).isEqualTo(3);
        assertThat(lowered.icalSequence()).isEqualTo(3);
        assertThat(lowered.title()).isEqualTo("July night");
    }

    static Stream<Arguments> badSessions() {
        return Stream.of(
                Arguments.of("ends before it starts", (UnaryOperator<PitchNight>) n -> n.withEnd(JULY_2.minusHours(1)),
                        "End: the session ends before it starts (60 min before); the end must come after the start."),
                Arguments.of("lasts no time", (UnaryOperator<PitchNight>) n -> n.withDuration(0),
                        "End: the session ends when it starts; it must last at least 1 minute."),
                Arguments.of("negative capacity", (UnaryOperator<PitchNight>) n -> n.withCapacity(-5),
                        "Capacity: cannot be negative (was -5); leave it empty for no limit."),
                Arguments.of("blank title", (UnaryOperator<PitchNight>) n -> n.withTitle("  "),
                        "Title: is required."),
                Arguments.of("scheduled nowhere", (UnaryOperator<PitchNight>) n -> n.withPlace(" ", null, null)
                        .withStatus(SessionStatus.SCHEDULED),
                        "Venue: a scheduled session needs a venue, an online link, or both."),
                Arguments.of("link that is no web address",
                        (UnaryOperator<PitchNight>) n -> n.withPlace(null, null, "meet.example.org/x"),
                        "Online link: \"meet.example.org/x\" is not a web address (http:// or https://)."),
                Arguments.of("address without a venue",
                        (UnaryOperator<PitchNight>) n -> n.withPlace(null, "1 Main St", null),
                        "Venue: give the venue's name along with its address."),
                Arguments.of("start in the spring DST gap", (UnaryOperator<PitchNight>) n -> n.withStart(
                        LocalDateTime.of(2027, 3, 14, 2, 30), VANCOUVER),
                        "Start: 02:30 does not exist on 2027-03-14 in America/Vancouver (the clocks move forward "
                                + "then); choose another time."),
                Arguments.of("held before it starts", (UnaryOperator<PitchNight>) n -> n.withStatus(SessionStatus.HELD),
                        "Status: a session cannot be marked held before it starts."),
                Arguments.of("organizer e-mail", (UnaryOperator<PitchNight>) n -> n.withOrganizer("O", "olga(at)x"),
                        "Organizer e-mail: \"olga(at)x\" is not an e-mail address."));
    }

    @ParameterizedTest(name = "a new session that {0} is refused")
    @MethodSource("badSessions")
    void aBadNewSessionIsRefusedWithItsReasonAndNothingIsWritten(String name, UnaryOperator<PitchNight> spoil,
            String reason) {
        String before = snapshot();
        PitchNight bad = spoil.apply(service.newDraft("July", JULY_2, 120));

        assertThatThrownBy(() -> service.save(bad)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(messages(e)).containsExactly(reason));
        assertThat(snapshot()).isEqualTo(before);
    }

    @ParameterizedTest(name = "an update that {0} is refused")
    @MethodSource("badSessions")
    void aBadUpdateIsRefusedAndTheStoredSessionStaysAsItWas(String name, UnaryOperator<PitchNight> spoil,
            String reason) throws InvalidInputException {
        PitchNight saved = service.save(service.newDraft("July", JULY_2, 120));
        String before = snapshot();

        assertThatThrownBy(() -> service.save(spoil.apply(saved))).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(messages(e)).containsExactly(reason));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void everyProblemOfASessionIsReportedAtOnce() {
        PitchNight bad = service.newDraft("", JULY_2, -30).withCapacity(-1);

        assertThatThrownBy(() -> service.save(bad)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(Problem::field).containsExactly("Title", "End", "Capacity"));
    }

    @Test
    void updatingASessionThatWasDeletedIsRefused() throws InvalidInputException {
        PitchNight saved = service.save(service.newDraft("July", JULY_2, 120));
        service.deleteDraft(saved.id());

        assertThatThrownBy(() -> service.save(saved)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(messages(e)).containsExactly(
                        "Pitch night: there is no pitch night number " + saved.id() + " (was it deleted?)."));
        assertThat(service.list()).isEmpty();
    }

    @Test
    void onlyADraftCanBeDeleted() throws InvalidInputException {
        PitchNight july = scheduled("July", JULY_2);
        String before = snapshot();

        assertThatThrownBy(() -> service.deleteDraft(july.id())).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(messages(e)).containsExactly(
                        "Status: \"July\" is scheduled; only a draft can be deleted (cancel it instead)."));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void theNextUpcomingSessionSkipsPastAndCancelledOnes() throws InvalidInputException {
        scheduled("May", LocalDateTime.of(2026, 5, 7, 18, 0));
        service.save(scheduled("June", LocalDateTime.of(2026, 6, 25, 18, 0)).withStatus(SessionStatus.CANCELLED));
        PitchNight july = scheduled("July", JULY_2);
        scheduled("August", LocalDateTime.of(2026, 8, 6, 18, 0));

        assertThat(service.nextUpcoming()).map(SessionRow::id).contains(july.id());
        assertThat(service.list()).extracting(SessionRow::title).containsExactly("June", "July", "August", "May");
    }

    // ---- agenda

    @Test
    void anAgendaSlotOfZeroMinutesIsRefusedWithItsPlaceAndNothingIsWritten() throws InvalidInputException {
        PitchNight july = scheduled("July", JULY_2);
        service.saveAgenda(july.id(), List.of(AgendaSlot.breakOf("Coffee", 10)));
        String before = snapshot();

        assertThatThrownBy(() -> service.saveAgenda(july.id(), List.of(AgendaSlot.breakOf("Coffee", 10),
                AgendaSlot.pitch(null, null, "Kestrel", 0, -60, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(messages(e)).containsExactly(
                        "Agenda slot 2 (Kestrel): must last at least 1 minute (was 0).",
                        "Agenda slot 2 (Kestrel): the hours asked for cannot be negative."));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void anAgendaReferringToMissingOrForeignRowsIsRefused() throws InvalidInputException {
        PitchNight july = scheduled("July", JULY_2);
        PitchNight august = scheduled("August", LocalDateTime.of(2026, 8, 6, 18, 0));
        AgendaSlot augustSlot = service.saveAgenda(august.id(), List.of(AgendaSlot.breakOf("Tea", 10))).get(0);
        String before = snapshot();

        assertThatThrownBy(() -> service.saveAgenda(july.id(), List.of(augustSlot,
                AgendaSlot.pitch(999, 998, "Ghost", 10, null, null), AgendaSlot.pitch(null, null, " ", 5, null, null),
                new AgendaSlot(null, SlotKind.BREAK, null, null, 998, null, "Nap", 5, null, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(messages(e)).containsExactly(
                        "Agenda slot 3 (Pitch): a pitch needs a project or a title.",
                        "Agenda slot 4 (Nap): a break has no project or presenter."));
        assertThatThrownBy(() -> service.saveAgenda(july.id(), List.of(augustSlot,
                AgendaSlot.pitch(999, 998, "Ghost", 10, null, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(messages(e)).containsExactly(
                        "Agenda slot 1 (Tea): belongs to another session (slot #" + augustSlot.id() + ").",
                        "Agenda slot 2 (Ghost): project #999 does not exist.",
                        "Agenda slot 2 (Ghost): presenter (contact #998) does not exist."));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void theAgendaPlanWarnsWhenTheAgendaRunsPastTheEnd() throws InvalidInputException {
        PitchNight july = service.save(service.newDraft("July", JULY_2, 30));
        List<AgendaSlot> agenda = service.saveAgenda(july.id(), List.of(AgendaSlot.pitch(null, null, "A", 20, null,
                null), AgendaSlot.pitch(null, null, "B", 15, null, null)));

        AgendaPlan plan = service.agendaPlan(july, agenda);
        assertThat(plan.slots()).extracting(t -> t.start().toLocalDateTime())
                .containsExactly(JULY_2, JULY_2.plusMinutes(20));
        assertThat(plan.warning()).contains("The agenda runs 5 min past the session's end (35 min of slots in a "
                + "30 min session).");
    }

    @Test
    void aPastSessionDuplicatedAsATemplateIsANewDraftWithItsAgendaAndNoInvitees() throws InvalidInputException {
        PitchNight may = service.save(scheduled("May", LocalDateTime.of(2026, 5, 7, 18, 0)).withCapacity(30));
        int project = data.project("Kestrel");
        int ada = data.contact("Ada Lovelace");
        List<AgendaSlot> agenda = service.saveAgenda(may.id(), List.of(
                AgendaSlot.pitch(project, ada, "Kestrel", 10, 600, "Rust"), AgendaSlot.breakOf("Pizza", 20)));
        service.invite(may.id(), ada);

        PitchNight copy = service.duplicateAsTemplate(may.id(), 6);

        assertThat(copy.id()).isNotEqualTo(may.id());
        assertThat(copy.status()).isEqualTo(SessionStatus.DRAFT);
        assertThat(copy.startsAt()).isEqualTo(LocalDateTime.of(2026, 6, 18, 18, 0));
        assertThat(copy.icalUid()).isNotEqualTo(may.icalUid()).endsWith("@chamberlain");
        assertThat(copy.icalSequence()).isZero();
        assertThat(copy.withId(may.id()).withStatus(may.status()).withStart(may.startsAt(), may.timeZone())
                .withCalendarIdentity(may.icalUid(), may.icalSequence()))
                .isEqualTo(may.withTimestamps(copy.createdAt(), copy.updatedAt()));
        List<AgendaSlot> copied = service.agenda(copy.id());
        assertThat(copied).extracting(AgendaSlot::label).containsExactly("Kestrel", "Pizza");
        assertThat(copied).extracting(s -> s.withId(null)).containsExactlyElementsOf(
                agenda.stream().map(s -> s.withId(null)).toList());
        assertThat(copied).extracting(AgendaSlot::id).doesNotContainAnyElementsOf(
                agenda.stream().map(AgendaSlot::id).toList());
        assertThat(service.invitees(copy.id())).isEmpty();
        assertThat(service.invitees(may.id())).hasSize(1);

        assertThatThrownBy(() -> service.duplicateAsTemplate(may.id(), 0))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(messages(e)).containsExactly("Weeks later: must be at least 1 (was 0)."));
    }

    @Test
    void duplicatedAsNextAPastSessionLandsOnTheFirstSameWeekdayStillAhead() throws InvalidInputException {
        PitchNight may = service.save(scheduled("May", LocalDateTime.of(2026, 5, 7, 18, 0)));
        service.saveAgenda(may.id(), List.of(AgendaSlot.breakOf("Pizza", 20)));

        PitchNight copy = service.duplicateAsNext(may.id());

        // now is Monday 2026-06-15 09:00 in Vancouver: the next Thursday
        assertThat(copy.startsAt()).isEqualTo(LocalDateTime.of(2026, 6, 18, 18, 0));
        assertThat(copy.status()).isEqualTo(SessionStatus.DRAFT);
        assertThat(service.agenda(copy.id())).extracting(AgendaSlot::label).containsExactly("Pizza");
        assertThatThrownBy(() -> service.duplicateAsNext(9999)).isInstanceOf(InvalidInputException.class);
    }

    /** Now is 2026-06-15 09:00 in Vancouver (a Monday). */
    @ParameterizedTest(name = "a session at {0} is copied {1} week(s) later")
    @CsvSource({
        "2026-07-02T18:00, 1", // still ahead: a week later at the soonest
        "2026-06-15T09:30, 1", // later today
        "2026-06-08T10:00, 1", // a week ago, but one hour later than now: today
        "2026-06-08T08:00, 2", // a week ago, an hour earlier than now: next Monday
        "2026-05-07T18:00, 6",
    })
    void weeksToNextCountsWholeWeeksInTheSessionsZone(LocalDateTime start, int weeks) {
        assertThat(PitchNightService.weeksToNext(start.atZone(VANCOUVER), TestStores.FIXED_CLOCK.instant()))
                .isEqualTo(weeks);
    }

    @Test
    void conflictsAreFoundAgainstStoredSessionsBeforeSaving() throws InvalidInputException {
        int ada = data.contact("Ada Lovelace");
        PitchNight july = scheduled("July", JULY_2);
        service.saveAgenda(july.id(), List.of(AgendaSlot.breakOf("Welcome", 30),
                AgendaSlot.pitch(null, ada, "Kestrel", 10, null, null)));
        // 21:00 in Toronto is 18:00 in Vancouver: same venue, overlapping; Ada pitches 21:30-21:40 Toronto time there
        PitchNight rival = service.newDraft("Rival", LocalDateTime.of(2026, 7, 2, 21, 15),
                60).withStart(LocalDateTime.of(2026, 7, 2, 21, 15), ZoneId.of("America/Toronto"))
                .withPlace("main hall", null, null);

        List<Conflict> conflicts = service.conflicts(rival,
                List.of(AgendaSlot.pitch(null, ada, "Other pitch", 20, null, null).withPresenter(ada, null)));

        assertThat(conflicts).extracting(Conflict::kind)
                .containsExactlyInAnyOrder(Conflict.Kind.VENUE, Conflict.Kind.PRESENTER);
        assertThat(conflicts).filteredOn(c -> c.kind() == Conflict.Kind.PRESENTER).singleElement()
                .extracting(Conflict::message).asString().startsWith("Ada Lovelace presents \"Other pitch\"");
        assertThat(service.conflicts(july, List.of())).isEmpty();
    }

    // ---- invitees

    @Test
    void aContactInvitedTwiceIsRefusedByNameAndABulkInviteWithOneIsRefusedWhole() throws InvalidInputException {
        PitchNight july = scheduled("July", JULY_2);
        int acme = data.organization("Acme", "GOLD", "ACTIVE");
        int ada = data.contact(acme, "Ada Lovelace", "ada@acme.example", true, true);
        int grace = data.contact("Grace Hopper");
        service.invite(july.id(), ada);
        String before = snapshot();

        assertThatThrownBy(() -> service.invite(july.id(), ada)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(messages(e)).containsExactly(
                        "Contact: Ada Lovelace (Acme) is already invited to \"July\"."));
        assertThatThrownBy(() -> service.inviteAll(july.id(), List.of(grace, ada, 999, grace)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(messages(e)).containsExactly(
                        "Contact: Ada Lovelace (Acme) is already invited to \"July\".",
                        "Contact: one of the chosen contacts no longer exists (was it deleted?).",
                        "Contact: Grace Hopper is listed twice."));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void bulkInvitingTheProposedContactsFlagsThoseWhoCannotBeMailed() throws InvalidInputException {
        PitchNight july = scheduled("July", JULY_2);
        int acme = data.organization("Acme", "GOLD", "ACTIVE");
        int beta = data.organization("Beta", "GOLD", "ACTIVE");
        data.contact(acme, "Ann Acme", null, false, true);
        data.contact(beta, "Bea Beta", "bea@beta.example", false, true);
        data.contact(beta, "Ben Beta", "ben@beta.example", true, false);

        List<InviteCandidate> proposed = service.candidates(july.id(), new InviteSelection.ByTier("gold"));
        List<Invitee> invited = service.inviteAll(july.id(), proposed.stream().map(InviteCandidate::contactId)
                .toList());

        assertThat(invited).extracting(Invitee::contactName).containsExactly("Ann Acme", "Bea Beta", "Ben Beta");
        assertThat(invited).extracting(Invitee::missingEmail).containsExactly(true, false, false);
        assertThat(invited).extracting(Invitee::withoutConsent).containsExactly(false, true, false);
        assertThat(invited).extracting(Invitee::rsvp).containsOnly(Rsvp.INVITED);
        assertThat(service.candidates(july.id(), new InviteSelection.ByTier("gold"))).isEmpty();
        assertThatThrownBy(() -> service.candidates(july.id(), new InviteSelection.ByStatus("gone")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(messages(e)).containsExactly(
                        "Status: \"GONE\" is not a membership status (one of ACTIVE, LAPSED, PROSPECT, WITHDRAWN)."));
    }

    @Test
    void nobodyCanBeInvitedToACancelledSession() throws InvalidInputException {
        PitchNight july = service.save(scheduled("July", JULY_2).withStatus(SessionStatus.CANCELLED));
        int ada = data.contact("Ada Lovelace");

        assertThatThrownBy(() -> service.invite(july.id(), ada)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(messages(e)).containsExactly(
                        "Pitch night: \"July\" is cancelled; nobody can be invited to it."));
        assertThat(service.invitees(july.id())).isEmpty();
    }

    @Test
    void anRsvpForSomeoneNotInvitedIsRefusedByName() throws InvalidInputException {
        PitchNight july = scheduled("July", JULY_2);
        int ada = data.contact("Ada Lovelace");
        service.invite(july.id(), data.contact("Grace Hopper"));
        String before = snapshot();

        assertThatThrownBy(() -> service.rsvp(july.id(), ada, Rsvp.ACCEPTED))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(messages(e)).containsExactly(
                        "Contact: Ada Lovelace was not invited to \"July\"; invite them first."));
        assertThatThrownBy(() -> service.rsvp(july.id(), 999, Rsvp.DECLINED))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(messages(e)).containsExactly(
                        "Contact: Contact #999 was not invited to \"July\"; invite them first."));
        assertThatThrownBy(() -> service.rsvp(july.id(), ada, Rsvp.WAITLISTED))
                .isInstanceOf(InvalidInputException.class);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aFullSessionWaitlistsAndADeclinePromotesTheEarliestWaitlistedGuest() throws InvalidInputException {
        PitchNight july = service.save(scheduled("July", JULY_2).withCapacity(2));
        List<Integer> guests = List.of(data.contact("Ann"), data.contact("Ben"), data.contact("Cat"),
                data.contact("Dan"));
        service.inviteAll(july.id(), guests);
        for (int guest : guests) {
            service.rsvp(july.id(), guest, Rsvp.ACCEPTED);
        }
        assertThat(service.invitees(july.id())).extracting(Invitee::rsvp, Invitee::waitlistPosition).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Rsvp.ACCEPTED, null),
                org.assertj.core.groups.Tuple.tuple(Rsvp.ACCEPTED, null),
                org.assertj.core.groups.Tuple.tuple(Rsvp.WAITLISTED, 1),
                org.assertj.core.groups.Tuple.tuple(Rsvp.WAITLISTED, 2));

        Clock later = Clock.offset(TestStores.FIXED_CLOCK, Duration.ofHours(5));
        PitchNightService tomorrow = new PitchNightService(repository, settings, later);
        RsvpOutcome outcome = tomorrow.rsvp(july.id(), guests.get(0), Rsvp.DECLINED);

        assertThat(outcome.recorded()).isEqualTo(Rsvp.DECLINED);
        assertThat(outcome.promoted()).extracting(Invitee::contactName).containsExactly("Cat");
        assertThat(outcome.promoted().get(0).rsvp()).isEqualTo(Rsvp.ACCEPTED);
        List<Invitee> after = service.invitees(july.id());
        assertThat(after).extracting(Invitee::contactName, Invitee::rsvp, Invitee::rsvpChangedAt).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Ann", Rsvp.DECLINED, NOW_UTC.plusHours(5)),
                org.assertj.core.groups.Tuple.tuple("Ben", Rsvp.ACCEPTED, NOW_UTC),
                org.assertj.core.groups.Tuple.tuple("Cat", Rsvp.ACCEPTED, NOW_UTC.plusHours(5)),
                org.assertj.core.groups.Tuple.tuple("Dan", Rsvp.WAITLISTED, NOW_UTC));

        PitchNight bigger = service.save(service.find(july.id()).orElseThrow().withCapacity(3));
        assertThat(bigger.capacity()).isEqualTo(3);
        assertThat(service.invitees(july.id())).filteredOn(i -> i.contactName().equals("Dan")).singleElement()
                .extracting(Invitee::rsvp).isEqualTo(Rsvp.ACCEPTED);
        SessionRow row = service.list().get(0);
        assertThat(List.of(row.invited(), row.accepted(), row.declined(), row.waitlisted())).containsExactly(4, 3, 1, 0);
    }

    @Test
    void attendanceIsRecordedOnlyAfterTheSessionHasStartedAndOnlyForInvitees() throws InvalidInputException {
        PitchNight may = scheduled("May", LocalDateTime.of(2026, 5, 7, 18, 0));
        PitchNight july = scheduled("July", JULY_2);
        int ada = data.contact("Ada Lovelace");
        int grace = data.contact("Grace Hopper");
        service.invite(may.id(), ada);
        service.invite(july.id(), ada);
        String before = snapshot();

        assertThatThrownBy(() -> service.recordAttendance(july.id(), ada, Attendance.ATTENDED))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(messages(e)).containsExactly(
                        "Attendance: can be recorded once the session has started (it starts 2026-07-02 18:00 "
                                + "America/Vancouver)."));
        assertThatThrownBy(() -> service.recordAttendance(may.id(), grace, Attendance.NO_SHOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Grace Hopper was not invited");
        assertThat(snapshot()).isEqualTo(before);

        assertThat(service.recordAttendance(may.id(), ada, Attendance.ATTENDED).attendance())
                .isEqualTo(Attendance.ATTENDED);
        assertThat(service.recordAttendance(may.id(), ada, null).attendance()).isNull();
    }

    @Test
    void theSessionShowsThePledgesThatCameOutOfItsPitches() throws InvalidInputException {
        PitchNight may = scheduled("May", LocalDateTime.of(2026, 5, 7, 18, 0));
        int project = data.project("Kestrel");
        int acme = data.organization("Acme", "GOLD", "ACTIVE");
        List<AgendaSlot> agenda = service.saveAgenda(may.id(), List.of(AgendaSlot.pitch(project, null, "Kestrel",
                10, 6000, "Rust, docs")));
        int pledge = data.hoursPledge(acme, project, agenda.get(0).id(), 750);
        data.hoursPledge(acme, project, null, 60);

        assertThat(service.outcomes(may.id())).extracting(Outcome::pledgeId, Outcome::memberName,
                Outcome::pledgedText).containsExactly(org.assertj.core.groups.Tuple.tuple(pledge, "Acme", "12 h 30 min"));
    }

    @Test
    void timestampsAreUtc() throws InvalidInputException {
        PitchNight saved = service.save(service.newDraft("July", JULY_2, 60));
        assertThat(saved.updatedAt()).isEqualTo(LocalDateTime.ofInstant(TestStores.FIXED_CLOCK.instant(),
                ZoneOffset.UTC));
    }
}
