package org.oscc.chamberlain.pledges;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.sample.SampleChamberRepository;
import org.oscc.chamberlain.sample.SampleChamberService;
import org.oscc.chamberlain.settings.SettingsRepository;
import org.oscc.chamberlain.settings.SettingsService;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;

/** The pitches a pledge can name, and that a pledge keeps the pitch it came from through an edit. */
class PitchChoicesTest {
    @TempDir
    Path dir;

    @Test
    void everyPitchIsOfferedLatestNightFirstAndBreaksAreNot() throws Exception {
        try (Store store = TestStores.fresh(dir, TestStores.FIXED_CLOCK)) {
            new SampleChamberService(new SampleChamberRepository(store),
                    new SettingsService(new SettingsRepository(store)), store.clock()).load(false);
            PledgeService service = PledgeFixtures.service(store);

            List<PitchChoice> pitches = service.pitches();

            int inStore = store.dsl().fetchCount(store.dsl().selectFrom("agenda_slot").where("kind = 'PITCH'"));
            assertThat(pitches).hasSize(inStore).isNotEmpty();
            List<String> nightDates = pitches.stream().map(p -> p.label().replaceAll(".*\\((\\d{4}-\\d\\d-\\d\\d)\\).*",
                    "$1")).toList();
            assertThat(nightDates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            assertThat(pitches).allSatisfy(p -> assertThat(p.label()).matches(".+ \\(\\d{4}-\\d\\d-\\d\\d\\): .+"));
        }
    }

    @Test
    void aPledgeKeepsThePitchItCameFromWhenEdited() throws Exception {
        try (Store store = TestStores.fresh(dir, TestStores.FIXED_CLOCK)) {
            new SampleChamberService(new SampleChamberRepository(store),
                    new SettingsService(new SettingsRepository(store)), store.clock()).load(false);
            PledgeService service = PledgeFixtures.service(store);
            long slot = service.pitches().get(0).slotId();
            PledgeFixtures fx = new PledgeFixtures(store);
            long member = fx.member("Pitch Follower Inc.", 12);
            PledgeDraft hours = PledgeDraft.hours(member, null, 600, java.time.LocalDate.of(2026, 1, 1),
                    java.time.LocalDate.of(2026, 12, 31), PledgeStatus.ACTIVE);
            PledgeDraft fromPitch = new PledgeDraft(hours.organizationId(), null, hours.kind(),
                    hours.pledgedMinutes(), null, null, null, hours.periodStart(), hours.periodEnd(),
                    hours.status(), null, slot, "after the pitch");

            Pledge created = service.create(fromPitch);
            Pledge edited = service.update(created.id(), new PledgeDraft(fromPitch.organizationId(), null,
                    fromPitch.kind(), 900L, null, null, null, fromPitch.periodStart(), fromPitch.periodEnd(),
                    fromPitch.status(), null, slot, "more hours"));

            assertThat(created.pitchSlotId()).isEqualTo(slot);
            assertThat(edited.pitchSlotId()).isEqualTo(slot);
            assertThat(service.get(created.id()).orElseThrow().pitchSlotId()).isEqualTo(slot);
        }
    }
}
