package org.oscc.chamberlain.pitches.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.pitches.InviteCandidate;
import org.oscc.chamberlain.pitches.InviteSelection;
import org.oscc.chamberlain.pitches.Invitee;
import org.oscc.chamberlain.pitches.PitchNight;
import org.oscc.chamberlain.pitches.PitchNightService;
import org.oscc.chamberlain.pitches.Rsvp;
import org.oscc.chamberlain.root.ChamberServices;
import org.oscc.chamberlain.store.DataFolders;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;
import org.oscc.chamberlain.ui.SameThreadTasks;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The Invitees tab's state on the sample chamber, its work run at once on the JavaFX thread. */
@ExtendWith(ApplicationExtension.class)
class InviteesModelTest {
    @TempDir
    Path dir;
    private Store store;
    private PitchNightService service;
    private InviteesModel model;
    private PitchNight night;
    private final AtomicInteger changes = new AtomicInteger();

    @BeforeEach
    void sampleChamber() {
        Path db = dir.resolve("chamber.db");
        TestStores.sampleChamber(db);
        store = TestStores.open(db, Clock.systemDefaultZone());
        service = ChamberServices.on(store, new DataFolders(dir.resolve("home"))).pitchNights();
        model = new InviteesModel(service, new SameThreadTasks());
        model.setOnChanged(changes::incrementAndGet);
        int upcoming = service.list().get(0).id();
        night = service.find(upcoming).orElseThrow();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void showingANightLoadsItsInviteesAndCountsThem() {
        onFx(() -> model.show(night));
        List<Invitee> stored = service.invitees(night.id());
        assertThat(model.inviteesProperty().get()).isEqualTo(stored);
        assertThat(model.countsProperty().get()).isEqualTo(InviteesModel.countsText(night, stored))
                .contains(String.valueOf(stored.size()));
        assertThat(model.noteProperty().get()).isEqualTo(InviteesModel.Note.NONE);
    }

    @Test
    void aBulkInvitationIsProposedWithItsCountThenWrittenOnlyWhenConfirmed() throws Exception {
        onFx(() -> model.show(night));
        InviteSelection prospects = new InviteSelection.ByStatus("PROSPECT");
        List<InviteCandidate> expected = service.candidates(night.id(), prospects);
        assertThat(expected).as("the sample has prospects not invited yet").isNotEmpty();
        int before = model.inviteesProperty().get().size();

        onFx(() -> model.propose(prospects, "prospects"));
        assertThat(model.proposalProperty().get().candidates()).isEqualTo(expected);
        assertThat(service.invitees(night.id())).as("nothing written yet").hasSize(before);

        onFx(model::confirmProposal);
        assertThat(model.proposalProperty().get()).isNull();
        assertThat(model.inviteesProperty().get()).hasSize(before + expected.size());
        assertThat(model.noteProperty().get().error()).isFalse();
        assertThat(model.noteProperty().get().text()).contains(String.valueOf(expected.size()));
        assertThat(changes).hasValue(1);
    }

    @Test
    void aCancelledProposalWritesNothingAndAnotherNightDropsIt() throws Exception {
        onFx(() -> model.show(night));
        int before = service.invitees(night.id()).size();
        onFx(() -> model.propose(new InviteSelection.ByStatus("PROSPECT"), "prospects"));
        onFx(model::cancelProposal);
        assertThat(model.proposalProperty().get()).isNull();
        onFx(() -> model.propose(new InviteSelection.ByStatus("PROSPECT"), "prospects"));
        PitchNight other = service.find(service.list().get(1).id()).orElseThrow();
        onFx(() -> model.show(other));
        assertThat(model.proposalProperty().get()).isNull();
        assertThat(model.inviteesProperty().get()).isEqualTo(service.invitees(other.id()));
        assertThat(service.invitees(night.id())).hasSize(before);
        assertThat(changes).hasValue(0);
    }

    @Test
    void answersAreRecordedForTheChosenRowsAndNoRowChosenIsSaid() {
        onFx(() -> model.show(night));
        onFx(() -> model.answer(Rsvp.TENTATIVE, List.of()));
        assertThat(model.noteProperty().get().error()).isTrue();
        assertThat(changes).hasValue(0);

        List<Invitee> chosen = new ArrayList<>(model.inviteesProperty().get().stream()
                .filter(i -> i.rsvp() != Rsvp.TENTATIVE).limit(2).toList());
        onFx(() -> model.answer(Rsvp.TENTATIVE, chosen));
        assertThat(model.noteProperty().get().error()).isFalse();
        assertThat(model.inviteesProperty().get()).filteredOn(i -> chosen.stream()
                .anyMatch(c -> c.contactId() == i.contactId())).extracting(Invitee::rsvp)
                .containsOnly(Rsvp.TENTATIVE).hasSize(2);
        assertThat(changes).hasValue(1);
    }

    @Test
    void invitingWithoutAContactChosenSaysSoAndWritesNothing() {
        onFx(() -> model.show(night));
        int before = service.invitees(night.id()).size();
        List<String> cleared = new ArrayList<>();
        onFx(() -> model.inviteOne(null, () -> cleared.add("picker")));
        assertThat(model.noteProperty().get().error()).isTrue();
        assertThat(cleared).isEmpty();
        assertThat(service.invitees(night.id())).hasSize(before);
    }

    @Test
    void thePickersChoicesAreLoadedTogether() {
        onFx(model::reloadChoices);
        InviteesModel.InviteChoices choices = model.choicesProperty().get();
        assertThat(choices.contacts()).isEqualTo(service.contactChoices());
        assertThat(choices.tiers()).isEqualTo(service.tiers());
        assertThat(choices.organizations()).isEqualTo(service.organizationChoices());
    }

    /** Runs {@code work} on the JavaFX thread and lets the handlers of the tasks it ran fire. */
    private static void onFx(Runnable work) {
        try {
            WaitForAsyncUtils.asyncFx((Callable<Void>) () -> {
                work.run();
                return null;
            }).get();
            WaitForAsyncUtils.waitForFxEvents();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
