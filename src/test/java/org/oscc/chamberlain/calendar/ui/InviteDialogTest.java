package org.oscc.chamberlain.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.calendar.CalendarService;
import org.oscc.chamberlain.calendar.InviteIssueRepository;
import org.oscc.chamberlain.pitches.PitchNight;
import org.oscc.chamberlain.pitches.PitchNightRepository;
import org.oscc.chamberlain.pitches.PitchNightService;
import org.oscc.chamberlain.sample.SampleChamberRepository;
import org.oscc.chamberlain.sample.SampleChamberService;
import org.oscc.chamberlain.settings.SettingsRepository;
import org.oscc.chamberlain.settings.SettingsService;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;
import org.oscc.chamberlain.ui.WorkerThreadTasks;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue an invite, change the time, see the change summary, issue again: through the real dialog. */
@ExtendWith(ApplicationExtension.class)
class InviteDialogTest extends FxRobot {
    @TempDir
    Path dir;
    private Store store;
    private PitchNightService pitches;
    private CalendarService calendar;
    private int nightId;
    private Stage owner;
    private final Deque<Path> saveTargets = new ArrayDeque<>();
    private final List<String> links = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new javafx.scene.Scene(new VBox(), 200, 100));
        stage.show();
    }

    @BeforeEach
    void sampleChamber() throws Exception {
        store = TestStores.fresh(dir);
        SettingsService settings = new SettingsService(new SettingsRepository(store));
        new SampleChamberService(new SampleChamberRepository(store), settings, store.clock()).load(false);
        pitches = new PitchNightService(new PitchNightRepository(store), settings, store.clock());
        calendar = new CalendarService(pitches, new InviteIssueRepository(store), settings, store.clock());
        nightId = pitches.nextUpcoming().orElseThrow().id();
        saveTargets.addAll(List.of(dir.resolve("first.ics"), dir.resolve("second.ics")));
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        store.close();
    }

    @Test
    void anUpdateShowsWhatChangedAndRaisesTheSequenceUnderTheSameUid() throws Exception {
        InviteDialog dialog = openDialog();
        assertThat(lookup("#invite-summary").queryAs(Label.class).getText()).doesNotContain("SEQUENCE", "REQUEST");
        clickOn("#invite-save-ics");
        waitForText("#invite-result", "Saved");
        VEvent first = event(dir.resolve("first.ics"));
        WaitForAsyncUtils.asyncFx(dialog::close).get();

        PitchNight night = pitches.find(nightId).orElseThrow();
        pitches.save(night.withStart(night.startsAt().plusMinutes(30), night.timeZone()));

        openDialog();
        waitForText("#invite-changes", "Start:");
        assertThat(lookup("#invite-summary").queryAs(Label.class).getText())
                .isEqualTo("An update to the invite you sent: calendars that hold it will show the changes.");
        clickOn("#invite-save-ics");
        waitForText("#invite-result", "Saved");
        VEvent second = event(dir.resolve("second.ics"));
        assertThat(second.getUid().orElseThrow().getValue()).isEqualTo(first.getUid().orElseThrow().getValue());
        assertThat(second.getSequence().getSequenceNo())
                .isEqualTo(first.getSequence().getSequenceNo() + 1);

        // the mailto: fallback for one invitee opens a link with the invitation written out
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> !lookup("#invite-one-invitee").queryComboBox().getItems().isEmpty());
        WaitForAsyncUtils.asyncFx(() -> lookup("#invite-one-invitee").queryComboBox().getSelectionModel()
                .selectFirst()).get();
        clickOn("#invite-mail-one");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !links.isEmpty());
        assertThat(links.get(0)).startsWith("mailto:").contains("subject=");
    }

    private InviteDialog openDialog() throws Exception {
        InviteFilePickers pickers = new InviteFilePickers() {
            @Override
            public Optional<Path> saveIcs(Window w, String name) {
                return Optional.ofNullable(saveTargets.poll());
            }

            @Override
            public Optional<Path> mailFolder(Window w) {
                return Optional.empty();
            }

            @Override
            public List<Path> replies(Window w) {
                return List.of();
            }
        };
        InviteDialog dialog = WaitForAsyncUtils.asyncFx(() -> {
            InviteDialog d = new InviteDialog(calendar, new WorkerThreadTasks(), p -> { }, links::add, () -> { }, nightId,
                    owner, pickers);
            d.show();
            return d;
        }).get();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup("#invite-summary").tryQuery()
                .map(n -> !((Label) n).getText().isEmpty()).orElse(false));
        return dialog;
    }

    private void waitForText(String query, String text) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup(query).tryQuery().map(n -> {
            if (n instanceof Label l) {
                return l.getText().contains(text);
            }
            return ((VBox) n).getChildren().stream().anyMatch(c -> c instanceof Label l && l.getText().contains(text));
        }).orElse(false));
    }

    private static VEvent event(Path ics) throws Exception {
        assertThat(ics).exists();
        org.oscc.chamberlain.calendar.LineEnds.assertCrlfOnly(ics);
        try (var in = Files.newInputStream(ics)) {
            Calendar cal = new CalendarBuilder().build(in);
            cal.validate();
            return cal.<VEvent>getComponent("VEVENT").orElseThrow();
        }
    }
}
