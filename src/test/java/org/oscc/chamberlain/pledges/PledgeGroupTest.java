package org.oscc.chamberlain.pledges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;

/**
 * A member's pledges and a project's pledges as their detail panes show them, on a real store, today being
 * 2026-06-15 (Toronto), with the default thresholds (behind below 90 %, at risk below 75 % of expected). Every figure
 * below was worked out by hand from the rules of docs/fulfilment-rules.md.
 */
class PledgeGroupTest {
    static final LocalDate JAN1 = LocalDate.of(2026, 1, 1);
    static final LocalDate DEC31 = LocalDate.of(2026, 12, 31);

    @TempDir
    Path dir;
    Store store;
    PledgeService service;
    long acme;
    long beta;
    long kernel;
    long docs;
    Pledge kernelHours;
    Pledge pool2025;
    Pledge docsDraft;
    Pledge betaLater;
    Pledge betaCancelled;

    @BeforeEach
    void setUp() throws Exception {
        store = TestStores.fresh(dir, TestStores.FIXED_CLOCK);
        PledgeFixtures fx = new PledgeFixtures(store);
        service = PledgeFixtures.service(store);
        acme = fx.member("Acme", 40);
        beta = fx.member("Beta", 10);
        kernel = fx.project("Kernel");
        docs = fx.project("Docs");
        // 100 h to Kernel over 2026: 25 h given
        kernelHours = service.create(PledgeDraft.hours(acme, kernel, 6000, JAN1, DEC31, PledgeStatus.ACTIVE));
        service.addContributions(java.util.List.of(ContributionDraft.of(kernelHours.id(), LocalDate.of(2026, 3, 10), 600, "Ann")));
        service.addContributions(java.util.List.of(ContributionDraft.of(kernelHours.id(), LocalDate.of(2026, 5, 20), 900, "Ann")));
        // 20 h to the general pool over 2025, all given: 8 h of them logged to Kernel
        pool2025 = service.create(PledgeDraft.hours(acme, null, 1200, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), PledgeStatus.ACTIVE));
        service.addContributions(java.util.List.of(new ContributionDraft(pool2025.id(), kernel, LocalDate.of(2025, 4, 1), 480L, null,
                "Bob", null, null, null)));
        service.addContributions(java.util.List.of(ContributionDraft.of(pool2025.id(), LocalDate.of(2025, 9, 1), 720, "Bob")));
        // a draft: listed, never added up
        docsDraft = service.create(PledgeDraft.hours(acme, docs, 3000, JAN1, DEC31, PledgeStatus.DRAFT));
        // Beta: 40 h to Kernel from July, and a cancelled pledge whose 2 h given do not count
        betaLater = service.create(PledgeDraft.hours(beta, kernel, 2400, LocalDate.of(2026, 7, 1), DEC31,
                PledgeStatus.ACTIVE));
        betaCancelled = service.create(PledgeDraft.hours(beta, kernel, 600, JAN1, LocalDate.of(2026, 3, 31),
                PledgeStatus.ACTIVE));
        service.addContributions(java.util.List.of(ContributionDraft.of(betaCancelled.id(), LocalDate.of(2026, 2, 1), 120, "Cy")));
        service.update(betaCancelled.id(), PledgeDraft.hours(beta, kernel, 600, JAN1, LocalDate.of(2026, 3, 31),
                PledgeStatus.CANCELLED));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void aMembersPledgesComeNewestFirstEachWithItsDeliveredHoursAndStatus() {
        PledgeGroup g = service.ofMember(acme);

        // Kernel: 166 of 365 days elapsed, expected 6000 x 166 / 365 = 2728.77 -> 2729; 1500 x 100 < 2729 x 75
        assertThat(g.pledges()).extracting(PledgeRow::pledgeId, PledgeRow::projectName, PledgeRow::pledgedMinutes,
                PledgeRow::deliveredMinutes, r -> r.fulfilment().expectedMinutes(),
                r -> r.fulfilment().percentOfPledgedBp(), r -> r.fulfilment().status())
                .containsExactly(
                        tuple(kernelHours.id(), "Kernel", 6000L, 1500L, 2729L, 2500, FulfilmentStatus.AT_RISK),
                        tuple(docsDraft.id(), "Docs", 3000L, 0L, 1364L, 0, FulfilmentStatus.AT_RISK),
                        tuple(pool2025.id(), PledgeRow.GENERAL_POOL, 1200L, 1200L, 1200L, 10000,
                                FulfilmentStatus.FULFILLED));
        assertThat(g.receivedMinutes()).isNull();
    }

    @Test
    void aMembersTotalAddsUpOnlyThePledgesThatCount() {
        Fulfilment total = service.ofMember(acme).total();

        // Kernel + general pool (the draft left out): 7200 pledged, 2700 delivered, 2729 + 1200 expected;
        // 2700 / 7200 = 37.5 %; 2700 x 100 < 3929 x 75, so at risk
        assertThat(total).extracting(Fulfilment::pledgedMinutes, Fulfilment::deliveredMinutes,
                Fulfilment::expectedMinutes, Fulfilment::percentOfPledgedBp, Fulfilment::status)
                .containsExactly(7200L, 2700L, 3929L, 3750, FulfilmentStatus.AT_RISK);
        assertThat(service.ofMember(acme).countingPledges()).isEqualTo(2);
    }

    @Test
    void aProjectsPledgesAndTheHoursItReceivedInAll() {
        PledgeGroup g = service.toProject(kernel);

        assertThat(g.pledges()).extracting(PledgeRow::memberName, PledgeRow::pledgedMinutes,
                PledgeRow::deliveredMinutes, r -> r.fulfilment().status())
                .containsExactly(
                        tuple("Beta", 2400L, 0L, FulfilmentStatus.NOT_STARTED),
                        tuple("Acme", 6000L, 1500L, FulfilmentStatus.AT_RISK),
                        tuple("Beta", 600L, 120L, FulfilmentStatus.OVERDUE));
        // counting: Acme's 6000 + Beta's 2400 (not started, nothing expected yet); 1500 / 8400 = 17.857 % -> 1786 bp
        assertThat(g.total()).extracting(Fulfilment::pledgedMinutes, Fulfilment::deliveredMinutes,
                Fulfilment::expectedMinutes, Fulfilment::percentOfPledgedBp, Fulfilment::status)
                .containsExactly(8400L, 1500L, 2729L, 1786, FulfilmentStatus.AT_RISK);
        // 600 + 900 on Acme's pledge, 480 from the general pool; the cancelled pledge's 120 left out
        assertThat(g.receivedMinutes()).isEqualTo(1980L);
    }

    @Test
    void aTotalDoesNotAlarmAboutPledgesThatAreStillInTheirGracePeriod() throws Exception {
        PledgeFixtures fx = new PledgeFixtures(store);
        long gamma = fx.member("Gamma", 5);
        // signed five days ago for a year: each row reads Not started, and so must the total
        Pledge fresh = service.create(PledgeDraft.hours(gamma, docs, 36500, LocalDate.of(2026, 6, 10),
                LocalDate.of(2027, 6, 9), PledgeStatus.ACTIVE));

        PledgeGroup g = service.ofMember(gamma);
        assertThat(g.pledges()).extracting(r -> r.fulfilment().status()).containsExactly(FulfilmentStatus.NOT_STARTED);
        // 36500 x 6 / 365 = 600 expected, nothing delivered: judged on the sums it would be at risk
        assertThat(g.total()).extracting(Fulfilment::expectedMinutes, Fulfilment::status)
                .containsExactly(600L, FulfilmentStatus.NOT_STARTED);

        // with hours given during the grace period, the row and the total read On track
        service.addContributions(java.util.List.of(ContributionDraft.of(fresh.id(), LocalDate.of(2026, 6, 12), 60, "Di")));
        assertThat(service.ofMember(gamma).total().status()).isEqualTo(FulfilmentStatus.ON_TRACK);
    }

    @Test
    void aTotalJudgesThePaceOfThePledgesPastTheirGracePeriodAlone() throws Exception {
        PledgeFixtures fx = new PledgeFixtures(store);
        long delta = fx.member("Delta", 5);
        // judged: 36500 over 2026, 166 days elapsed, 16600 expected, 16000 delivered (96 %): on track
        Pledge year = service.create(PledgeDraft.hours(delta, kernel, 36500, JAN1, DEC31, PledgeStatus.ACTIVE));
        for (int day = 1; day <= 16; day++) {
            service.addContributions(java.util.List.of(ContributionDraft.of(year.id(), LocalDate.of(2026, 5, day), 1000, "Ed")));
        }
        // in grace: 73000 from 2026-06-01 for a year, 15 days elapsed, 3000 expected, nothing given yet
        service.create(PledgeDraft.hours(delta, docs, 73000, LocalDate.of(2026, 6, 1), LocalDate.of(2027, 5, 31),
                PledgeStatus.ACTIVE));

        PledgeGroup g = service.ofMember(delta);
        assertThat(g.pledges()).extracting(r -> r.fulfilment().status())
                .containsExactly(FulfilmentStatus.NOT_STARTED, FulfilmentStatus.ON_TRACK);
        // on all sums 16000 x 100 < 19600 x 90 would read Behind; the fresh pledge is not judged yet
        assertThat(g.total()).extracting(Fulfilment::deliveredMinutes, Fulfilment::expectedMinutes, Fulfilment::status)
                .containsExactly(16000L, 19600L, FulfilmentStatus.ON_TRACK);
    }

    @Test
    void aMemberOrProjectWithoutPledgesGivesAnEmptyGroupWithNothingPledged() {
        long idle = new PledgeFixtures(store).member("Idle", 3);

        PledgeGroup g = service.ofMember(idle);
        assertThat(g.isEmpty()).isTrue();
        assertThat(g.total().pledgedMinutes()).isZero();
        assertThat(g.total().percentOfPledgedBp()).isNull();
        assertThat(service.toProject(docs).receivedMinutes()).isZero();
        assertThat(service.toProject(docs).countingPledges()).isZero();
    }
}
