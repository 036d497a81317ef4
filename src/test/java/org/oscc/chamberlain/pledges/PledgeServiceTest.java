package org.oscc.chamberlain.pledges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;
import org.oscc.chamberlain.validation.InvalidInputException;
import org.oscc.chamberlain.validation.Problem;

/** Pledge writes through the service: defaults kept with the pledge, and every refusal leaving the store as it was. */
class PledgeServiceTest {
    // fresh store: ids are given in insertion order (checked in setUp)
    static final long ACME = 1;
    static final long ARCHIVED = 2;
    static final long NO_HEADCOUNT = 3;
    static final long KERNEL = 1;
    static final LocalDate JAN1 = LocalDate.of(2026, 1, 1);
    static final LocalDate DEC31 = LocalDate.of(2026, 12, 31);

    @TempDir
    Path dir;
    Store store;
    PledgeFixtures fx;
    PledgeService service;

    @BeforeEach
    void setUp() {
        store = TestStores.fresh(dir, TestStores.FIXED_CLOCK); // today: 2026-06-15 in Toronto
        fx = new PledgeFixtures(store);
        assertThat(fx.member("Acme", 40)).isEqualTo(ACME);
        assertThat(fx.member("Old Co", 12)).isEqualTo(ARCHIVED);
        fx.archive(ARCHIVED);
        assertThat(fx.member("Unknown Size", null)).isEqualTo(NO_HEADCOUNT);
        assertThat(fx.project("Kernel")).isEqualTo(KERNEL);
        service = PledgeFixtures.service(store);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void hoursPledgeIsStoredAsADraftUnlessAStatusIsGiven() throws Exception {
        Pledge p = service.create(PledgeDraft.hours(ACME, KERNEL, 6000, JAN1, DEC31, null));
        assertThat(p.status()).isEqualTo(PledgeStatus.DRAFT);
        assertThat(p.pledgedMinutes()).isEqualTo(6000);
        assertThat(p.percentBp()).isNull();
        assertThat(p.headcountBasis()).isNull();
    }

    @Test
    void percentPledgeKeepsTheMembersItHeadcountAndTheStandardWeekAsSigned() throws Exception {
        Pledge p = service.create(PledgeDraft.percent(ACME, null, 250, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), PledgeStatus.ACTIVE));
        assertThat(p.headcountBasis()).isEqualTo(40);
        assertThat(p.weeklyMinutesBasis()).isEqualTo(2250);
        assertThat(p.pledgedMinutes()).isNull();
        assertThat(service.list(PledgeFilter.ALL).get(0).pledgedMinutes()).isEqualTo(117321);
    }

    @Test
    void aLaterHeadcountChangeDoesNotRewriteASignedPledge() throws Exception {
        Pledge p = service.create(PledgeDraft.percent(ACME, null, 250, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), PledgeStatus.ACTIVE));
        fx.setItHeadcount(ACME, 80);
        assertThat(service.list(PledgeFilter.ALL).get(0).pledgedMinutes()).isEqualTo(117321);
        // editing the notes leaves the basis as signed
        Pledge edited = service.update(p.id(), PledgeDraft.percent(ACME, null, 250, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), PledgeStatus.ACTIVE).withSigning(null, "renewed talks"));
        assertThat(edited.headcountBasis()).isEqualTo(40);
        assertThat(edited.notes()).isEqualTo("renewed talks");
        // re-basing is an explicit choice
        Pledge rebased = service.update(p.id(), PledgeDraft.percent(ACME, null, 250, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), PledgeStatus.ACTIVE).withHeadcountBasis(80L));
        assertThat(FulfilmentRules.pledgedMinutes(rebased)).isEqualTo(234643);
    }

    @Test
    void anArchivedMembersExistingPledgeCanStillBeEdited() throws Exception {
        long other = fx.member("Later Archived", 5);
        Pledge p = service.create(PledgeDraft.hours(other, null, 600, JAN1, DEC31, PledgeStatus.ACTIVE));
        fx.archive(other);
        Pledge lapsed = service.update(p.id(), PledgeDraft.hours(other, null, 600, JAN1, DEC31, PledgeStatus.LAPSED));
        assertThat(lapsed.status()).isEqualTo(PledgeStatus.LAPSED);
    }

    static Stream<Arguments> refusedPledges() {
        PledgeDraft ok = PledgeDraft.hours(ACME, KERNEL, 6000, JAN1, DEC31, PledgeStatus.ACTIVE);
        PledgeDraft pct = PledgeDraft.percent(ACME, null, 250, JAN1, DEC31, PledgeStatus.ACTIVE);
        return Stream.of(
                Arguments.of("end before start", ok.withPeriod(DEC31, JAN1), "Period",
                        "ends (2026-01-01) before it starts (2026-12-31)."),
                Arguments.of("no start", ok.withPeriod(null, DEC31), "Period start", "is required."),
                Arguments.of("percent zero", PledgeDraft.percent(ACME, null, 0, JAN1, DEC31, null), "Percent",
                        "must be more than 0 and at most 100 (was 0)."),
                Arguments.of("percent over 100", PledgeDraft.percent(ACME, null, 10_001, JAN1, DEC31, null),
                        "Percent", "must be more than 0 and at most 100 (was 100.01)."),
                Arguments.of("percent negative", PledgeDraft.percent(ACME, null, -250, JAN1, DEC31, null),
                        "Percent", "must be more than 0 and at most 100 (was -2.5)."),
                Arguments.of("negative headcount", pct.withHeadcountBasis(-1L), "Headcount basis",
                        "cannot be negative (was -1)."),
                Arguments.of("headcount beyond an int", pct.withHeadcountBasis(3_000_000_000L), "Headcount basis",
                        "is too large (was 3000000000)."),
                Arguments.of("percent total overflows", pct.withHeadcountBasis(2_000_000_000L), "Percent",
                        "comes to more than 35,791,394 hours, more than can be pledged; check the headcount and the "
                                + "period."),
                Arguments.of("percent total is nothing", pct.withHeadcountBasis(0L), "Percent",
                        "of a headcount of 0 over 365 days comes to less than a minute; nothing would be pledged."),
                Arguments.of("hours overflow", PledgeDraft.hours(ACME, null, PledgeService.MAX_PLEDGED_MINUTES + 1,
                        JAN1, DEC31, null), "Hours", "is too large: at most 35,791,394 hours can be pledged."),
                Arguments.of("hours zero", PledgeDraft.hours(ACME, null, 0, JAN1, DEC31, null), "Hours",
                        "must be more than 0."),
                Arguments.of("hours negative", PledgeDraft.hours(ACME, null, -60, JAN1, DEC31, null), "Hours",
                        "must be more than 0."),
                Arguments.of("archived member", PledgeDraft.hours(ARCHIVED, null, 60, JAN1, DEC31, null), "Member",
                        "Old Co is archived; restore it before recording a pledge."),
                Arguments.of("unknown member", PledgeDraft.hours(99, null, 60, JAN1, DEC31, null), "Member",
                        "there is no member organization with id 99."),
                Arguments.of("unknown project", PledgeDraft.hours(ACME, 42L, 60, JAN1, DEC31, null), "Project",
                        "there is no project with id 42."),
                Arguments.of("member without IT headcount", PledgeDraft.percent(NO_HEADCOUNT, null, 100, JAN1, DEC31,
                        null), "Headcount basis", "Unknown Size has no IT headcount on record; give the headcount the "
                                + "pledge is based on."),
                Arguments.of("no kind", new PledgeDraft(ACME, null, null, 60L, null, null, null, JAN1, DEC31, null,
                        null, null, null), "Kind", "is required (hours, or percent of workforce)."),
                Arguments.of("unknown pitch slot", new PledgeDraft(ACME, null, PledgeKind.HOURS, 60L, null, null,
                        null, JAN1, DEC31, null, null, 7L, null), "Pitch", "there is no pitch slot with id 7."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedPledges")
    void badPledgesAreRefusedWithTheirReasonAndChangeNothing(String name, PledgeDraft draft, String field,
            String message) throws Exception {
        Pledge existing = service.create(PledgeDraft.hours(ACME, null, 600, JAN1, DEC31, PledgeStatus.ACTIVE));
        String before = fx.pledgeData();
        InvalidInputException created = catchThrowableOfType(InvalidInputException.class, () -> service.create(draft));
        assertThat(created.problems()).extracting(Problem::field, Problem::message).containsExactly(tuple(field, message));
        InvalidInputException updated = catchThrowableOfType(InvalidInputException.class,
                () -> service.update(existing.id(), draft));
        assertThat(updated).as("an update with the same input").isNotNull();
        assertThat(fx.pledgeData()).isEqualTo(before);
    }

    @Test
    void everyProblemOfAPledgeIsReportedAtOnce() {
        PledgeDraft bad = new PledgeDraft(ARCHIVED, 42L, PledgeKind.PERCENT_OF_WORKFORCE, null, 20_000, -5L, null,
                DEC31, JAN1, null, null, null, null);
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> service.create(bad));
        assertThat(e.problems()).extracting(Problem::field)
                .containsExactly("Member", "Project", "Period", "Percent", "Headcount basis");
    }

    @Test
    void aPeriodCannotShrinkAwayFromItsContributions() throws Exception {
        Pledge p = service.create(PledgeDraft.hours(ACME, null, 6000, JAN1, DEC31, PledgeStatus.ACTIVE));
        service.addContributions(List.of(ContributionDraft.of(p.id(), LocalDate.of(2026, 11, 20), 60, "Ada")));
        String before = fx.pledgeData();
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> service.update(p.id(),
                PledgeDraft.hours(ACME, null, 6000, JAN1, LocalDate.of(2026, 6, 30), PledgeStatus.ACTIVE)));
        assertThat(e.problems()).extracting(Problem::field, Problem::message).containsExactly(tuple("Period",
                "1 contribution falls outside 2026-01-01 to 2026-06-30; move or delete them first."));
        assertThat(fx.pledgeData()).isEqualTo(before);
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> service.update(999, PledgeDraft.hours(ACME, null, 60, JAN1, DEC31,
                null))).problems()).extracting(Problem::field, Problem::message).containsExactly(tuple("Pledge",
                        "there is no pledge with id 999."));
    }

    @Test
    void aContributionTakesThePledgesProjectUnlessItNamesOne() throws Exception {
        long docs = fx.project("Docs");
        long ada = fx.contact("Ada");
        Pledge p = service.create(PledgeDraft.hours(ACME, KERNEL, 6000, JAN1, DEC31, PledgeStatus.ACTIVE));
        service.addContributions(List.of(ContributionDraft.of(p.id(), JAN1, 1440, " Ada "),
                new ContributionDraft(p.id(), docs, DEC31, 30L, ada, null, "wrote the guide", "https://example.org",
                        null)));
        Contribution first = storedOn(p.id(), JAN1);
        Contribution second = storedOn(p.id(), DEC31);
        assertThat(first.projectId()).isEqualTo(KERNEL);
        assertThat(first.contributorName()).isEqualTo("Ada");
        assertThat(second.projectId()).isEqualTo(docs);
        assertThat(second.contributorId()).isEqualTo(ada);
        assertThat(service.contributions(p.id())).hasSize(2);
        assertThat(service.fulfilment(p.id())).hasValueSatisfying(f -> assertThat(f.deliveredMinutes())
                .isEqualTo(1470));
    }

    private Contribution storedOn(long pledgeId, LocalDate on) {
        return service.contributions(pledgeId).stream().filter(c -> c.contributedOn().equals(on)).findFirst()
                .orElseThrow();
    }

    static Stream<Arguments> refusedContributions() {
        return Stream.of(
                Arguments.of("the day before the period", LocalDate.of(2025, 12, 31), 60L, "Date",
                        "2025-12-31 is outside the pledge's period (2026-01-01 to 2026-12-31)."),
                Arguments.of("the day after the period", LocalDate.of(2027, 1, 1), 60L, "Date",
                        "2027-01-01 is outside the pledge's period (2026-01-01 to 2026-12-31)."),
                Arguments.of("zero length", JAN1, 0L, "Hours", "must be more than 0 minutes (was 0)."),
                Arguments.of("negative length", JAN1, -30L, "Hours", "must be more than 0 minutes (was -30)."),
                Arguments.of("over 24 hours", JAN1, 1441L, "Hours",
                        "is more than 24 hours in one entry (1441 minutes); enter each day separately."),
                Arguments.of("no date", null, 60L, "Date", "is required."),
                Arguments.of("no duration", JAN1, null, "Hours", "is required."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedContributions")
    void badContributionsAreRefusedWithTheirReasonAndChangeNothing(String name, LocalDate on, Long minutes,
            String field, String message) throws Exception {
        Pledge p = service.create(PledgeDraft.hours(ACME, KERNEL, 6000, JAN1, DEC31, PledgeStatus.ACTIVE));
        String before = fx.pledgeData();
        ContributionDraft d = new ContributionDraft(p.id(), null, on, minutes, null, "Ada", null, null, null);
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> service.addContributions(List.of(d)));
        assertThat(e.problems()).extracting(Problem::field, Problem::message).containsExactly(tuple(field, message));
        assertThat(fx.pledgeData()).isEqualTo(before);
    }

    @Test
    void aBatchIsRefusedWholeWithEveryBadRowNumbered() throws Exception {
        Pledge p = service.create(PledgeDraft.hours(ACME, KERNEL, 6000, JAN1, DEC31, PledgeStatus.ACTIVE));
        String before = fx.pledgeData();
        List<ContributionDraft> batch = List.of(
                ContributionDraft.of(p.id(), JAN1, 60, "Ada"),
                ContributionDraft.of(p.id(), JAN1, 2000, "Grace"),
                ContributionDraft.of(77, JAN1, 60, "Linus"),
                new ContributionDraft(p.id(), 55L, JAN1, 60L, 66L, null, null, null, null));
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> service.addContributions(batch, 2));
        assertThat(e.problems()).extracting(Problem::describe).containsExactly(
                "Row 3, column \"Hours\": is more than 24 hours in one entry (2000 minutes); enter each day "
                        + "separately.",
                "Row 4, column \"Pledge\": there is no pledge with id 77.",
                "Row 5, column \"Project\": there is no project with id 55.",
                "Row 5, column \"Contributor\": there is no contact with id 66.");
        assertThat(fx.pledgeData()).isEqualTo(before);
        assertThat(service.addContributions(List.of(batch.get(0), batch.get(0)))).isEqualTo(2);
        assertThat(service.contributions(p.id())).hasSize(2);
    }

    @Test
    void listShowsFulfilmentAsOfTodayAndFiltersByIt() throws Exception {
        // today is 2026-06-15: 166 of 365 days elapsed
        Pledge onTrack = service.create(PledgeDraft.hours(ACME, KERNEL, 36500, JAN1, DEC31, PledgeStatus.ACTIVE));
        Pledge behind = service.create(PledgeDraft.hours(ACME, null, 36500, JAN1, DEC31, PledgeStatus.ACTIVE));
        Pledge overdue = service.create(PledgeDraft.hours(ACME, null, 600, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), PledgeStatus.ACTIVE));
        Pledge draft = service.create(PledgeDraft.hours(ACME, null, 600, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), PledgeStatus.DRAFT));
        for (int day = 1; day <= 12; day++) { // 12 x 1,440 = 17,280 of 16,600 expected
            service.addContributions(List.of(ContributionDraft.of(onTrack.id(), LocalDate.of(2026, 2, day), 1440, "Ada")));
        }
        service.addContributions(List.of(ContributionDraft.of(behind.id(), LocalDate.of(2026, 3, 1), 1440, "Ada")));

        List<PledgeRow> rows = service.list(PledgeFilter.ALL);
        assertThat(rows).extracting(PledgeRow::pledgeId, r -> r.fulfilment().status()).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(onTrack.id(), FulfilmentStatus.ON_TRACK),
                org.assertj.core.groups.Tuple.tuple(behind.id(), FulfilmentStatus.AT_RISK),
                org.assertj.core.groups.Tuple.tuple(overdue.id(), FulfilmentStatus.OVERDUE),
                org.assertj.core.groups.Tuple.tuple(draft.id(), FulfilmentStatus.OVERDUE));
        PledgeRow first = rows.stream().filter(r -> r.pledgeId() == onTrack.id()).findFirst().orElseThrow();
        assertThat(first.projectName()).isEqualTo("Kernel");
        assertThat(first.deliveredMinutes()).isEqualTo(17280);
        assertThat(first.fulfilment().expectedMinutes()).isEqualTo(16600);
        assertThat(first.fulfilment().percentOfPledgedBp()).isEqualTo(4734); // 17,280 / 36,500 = 47.34 %

        // the draft is overdue by the numbers but is no commitment, so a fulfilment filter leaves it out
        assertThat(service.list(PledgeFilter.ALL.withFulfilment(Set.of(FulfilmentStatus.OVERDUE))))
                .extracting(PledgeRow::pledgeId).containsExactly(overdue.id());
        assertThat(service.list(PledgeFilter.ALL.withStatuses(Set.of(PledgeStatus.DRAFT))))
                .extracting(PledgeRow::pledgeId).containsExactly(draft.id());
    }

    @Test
    void rangeTotalsAddUpWhatWasPledgedAndDelivered() throws Exception {
        Pledge p = service.create(PledgeDraft.hours(ACME, KERNEL, 36500, JAN1, DEC31, PledgeStatus.ACTIVE));
        for (int day = 1; day <= 10; day++) { // 14,400 of 16,600 expected = 86.7 %: behind
            service.addContributions(List.of(ContributionDraft.of(p.id(), LocalDate.of(2026, 3, day), 1440, "Ada")));
        }
        assertThat(service.totals(JAN1, DEC31)).isEqualTo(new RangeTotals(JAN1, DEC31, 36500, 14400));
        assertThat(service.today()).isEqualTo(LocalDate.of(2026, 6, 15));
    }
}
