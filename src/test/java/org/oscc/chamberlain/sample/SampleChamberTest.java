package org.oscc.chamberlain.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oscc.chamberlain.sample.SampleChamber.Contribution;
import org.oscc.chamberlain.sample.SampleChamber.Pledge;

/** The sample chamber's shape, whatever day it is built on (no store involved). */
class SampleChamberTest {

    private static SampleChamber builtOn(String day) {
        Instant noonInToronto = LocalDate.parse(day).atTime(12, 0).atZone(ZoneId.of("America/Toronto")).toInstant();
        return SampleChamber.build(Clock.fixed(noonInToronto, ZoneId.of("America/Toronto")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-06-15", "2026-01-01", "2026-02-28", "2027-12-31", "2028-02-29", "2030-07-31"})
    void everyContributionLiesInItsPledgesPeriodNotAfterTodayAndLastsAQuarterHourToEightHours(String day) {
        SampleChamber chamber = builtOn(day);
        LocalDate today = LocalDate.parse(day);
        for (Contribution c : chamber.contributions()) {
            Pledge p = chamber.pledges().get(c.pledge());
            assertThat(c.contributedOn()).isBetween(p.periodStart(), p.periodEnd()).isBeforeOrEqualTo(today);
            assertThat(c.minutes()).isBetween(15, 480);
            assertThat(c.minutes() % 15).isZero();
        }
        assertThat(chamber.contributions().stream().map(Contribution::contributedOn).min(LocalDate::compareTo))
                .hasValueSatisfying(first -> assertThat(first).isAfterOrEqualTo(today.minusMonths(18)));
        assertThat(chamber.contributions()).hasSizeBetween(500, 700);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-06-15", "2026-01-01", "2026-02-28", "2027-12-31", "2030-07-31"})
    void fulfilmentShowsOnTrackBehindAtRiskFulfilledAndOneOverduePledge(String day) {
        SampleChamber chamber = builtOn(day);
        LocalDate today = LocalDate.parse(day);
        Map<Integer, Integer> delivered = chamber.contributions().stream().collect(
                Collectors.groupingBy(Contribution::pledge, Collectors.summingInt(Contribution::minutes)));
        Map<String, Long> standings = IntStream.range(0, chamber.pledges().size()).boxed().collect(
                Collectors.groupingBy(i -> standing(chamber.pledges().get(i), delivered.getOrDefault(i, 0), today),
                        Collectors.counting()));
        assertThat(standings).containsKeys("on track", "behind", "at risk", "fulfilled", "lapsed");
        assertThat(standings.get("on track")).isGreaterThanOrEqualTo(5);
        assertThat(standings.get("behind")).isGreaterThanOrEqualTo(2);
        assertThat(standings.get("at risk")).isGreaterThanOrEqualTo(2);
        assertThat(standings.get("overdue")).isEqualTo(1);
        assertThat(standings.get("draft")).isEqualTo(1);
    }

    /** The rule the fulfilment view applies: delivered against pledged x elapsed share of the period. */
    private static String standing(Pledge p, int delivered, LocalDate today) {
        if (!"ACTIVE".equals(p.status())) {
            return p.status().toLowerCase();
        }
        if (p.periodEnd().isBefore(today)) {
            return delivered >= SamplePledges.pledgedMinutes(p) ? "fulfilled" : "overdue";
        }
        long expected = SamplePledges.expectedToDateMinutes(p, today);
        if (expected == 0) {
            return "not started";
        }
        long percent = 100L * delivered / expected;
        return percent >= 90 ? "on track" : percent >= 75 ? "behind" : "at risk";
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-06-15", "2027-12-31"})
    void membersHaveOnePrimaryContactAndAHistoryEndingInTheirStatus(String day) {
        SampleChamber chamber = builtOn(day);
        for (int org = 0; org < chamber.organizations().size(); org++) {
            int o = org;
            assertThat(chamber.contacts().stream().filter(c -> c.organization() != null && c.organization() == o
                    && c.primary())).hasSize(1);
            List<SampleChamber.StatusChange> history = chamber.statusChanges().stream()
                    .filter(c -> c.organization() == o).toList();
            assertThat(history.get(history.size() - 1).status()).isEqualTo(chamber.organizations().get(o).status());
        }
        Map<String, Long> statuses = chamber.organizations().stream().collect(
                Collectors.groupingBy(SampleChamber.Organization::status, Collectors.counting()));
        assertThat(statuses).containsEntry("WITHDRAWN", 1L).containsKeys("PROSPECT", "LAPSED");
        assertThat(statuses.get("ACTIVE")).isGreaterThan(statuses.values().stream().mapToLong(n -> n).sum() / 2);
        LocalDate today = LocalDate.parse(day);
        assertThat(chamber.organizations().stream().filter(o -> "ACTIVE".equals(o.status())
                && !o.renewalDue().isBefore(today) && o.renewalDue().isBefore(today.plusDays(31)))).hasSizeBetween(2, 5);
        assertThat(chamber.organizations().stream().map(SampleChamber.Organization::kind).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("COMPANY", "PUBLIC_SECTOR", "NON_PROFIT", "ACADEMIC");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-06-15"})
    void contactsIncludeAccentsMissingEmailsMissingConsentAndStandaloneMaintainers(String day) {
        SampleChamber chamber = builtOn(day);
        Set<String> names = chamber.contacts().stream().map(SampleChamber.Contact::fullName)
                .collect(Collectors.toSet());
        assertThat(names).contains("Zoë Tremblay", "Thérèse Gagnon");
        assertThat(chamber.contacts()).anyMatch(c -> c.email() == null)
                .anyMatch(c -> c.email() != null && !c.emailConsent())
                .anyMatch(c -> c.organization() == null);
        assertThat(chamber.contacts()).allMatch(c -> c.email() == null || c.email().matches("[a-z.\\-]+@[a-z.]+"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-06-15", "2026-12-30"})
    void pitchNightsAreTwoHeldOneScheduledThreeWeeksAheadAndOneDraft(String day) {
        SampleChamber chamber = builtOn(day);
        LocalDate today = LocalDate.parse(day);
        assertThat(chamber.pitchNights()).extracting(SampleChamber.PitchNight::status)
                .containsExactly("HELD", "HELD", "SCHEDULED", "DRAFT");
        SampleChamber.PitchNight upcoming = chamber.pitchNights().get(2);
        assertThat(upcoming.startsAt().toLocalDate()).isBetween(today.plusDays(18), today.plusDays(24));
        assertThat(upcoming.startsAt().getHour()).isEqualTo(18);
        assertThat(upcoming.agenda()).extracting(SampleChamber.AgendaSlot::kind)
                .containsExactly("PITCH", "PITCH", "BREAK", "PITCH");
        assertThat(upcoming.invitations()).hasSize(20);
        assertThat(upcoming.invitations().stream().map(SampleChamber.Invitation::rsvp).distinct()).hasSizeGreaterThan(2);
        for (SampleChamber.PitchNight held : chamber.pitchNights().subList(0, 2)) {
            assertThat(held.startsAt().toLocalDate()).isBefore(today);
            assertThat(held.invitations()).allMatch(i -> "DECLINED".equals(i.rsvp()) == (i.attendance() == null));
            assertThat(held.agenda()).anyMatch(s -> "BREAK".equals(s.kind()));
        }
        assertThat(chamber.pitchNights().stream().map(SampleChamber.PitchNight::icalUid).distinct()).hasSize(4);
        List<Pledge> won = chamber.pledges().stream().filter(p -> p.pitchSlot() != null).toList();
        assertThat(won).hasSize(2).allSatisfy(p -> {
            SampleChamber.AgendaSlot slot = chamber.pitchNights().get(p.pitchSlot().night()).agenda()
                    .get(p.pitchSlot().position());
            assertThat(slot.project()).isEqualTo(p.project());
            assertThat(chamber.pitchNights().get(p.pitchSlot().night()).status()).isEqualTo("HELD");
        });
    }
}
