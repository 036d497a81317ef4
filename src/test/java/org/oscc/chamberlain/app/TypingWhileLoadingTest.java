package org.oscc.chamberlain.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.members.Contact;
import org.oscc.chamberlain.members.ContactRepository;
import org.oscc.chamberlain.members.MemberRow;
import org.oscc.chamberlain.members.MemberService;
import org.oscc.chamberlain.members.Organization;
import org.oscc.chamberlain.members.OrganizationRepository;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;
import org.oscc.chamberlain.text.Messages;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first visit to Members while the roster is still loading (issue 15, "beachbeach"): what the organizer types into
 * the search box meanwhile is applied once, and the list shown at the end is what that text finds. The app's one
 * worker thread is held by a task of the test's own (the real runner, the real store), so the roster's load is
 * certainly still pending while the keys go in, however fast or slow the machine is.
 */
class TypingWhileLoadingTest extends FxRobot {
    @TempDir
    Path dir;
    private ChamberlainApp app;
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void startTheApp() throws Exception {
        Path db = dir.resolve("chamber.db");
        try (Store store = TestStores.open(db, Clock.systemDefaultZone())) {
            MemberService members = new MemberService(new OrganizationRepository(store), new ContactRepository(store),
                    store.clock());
            members.save(Organization.named("Beachside Robotics"), List.of(Contact.named("Ana Costa",
                    "ana@beachside.example").withPrimary(true)));
            members.save(Organization.named("Long Beach Makers"), List.of());
            members.save(Organization.named("Acme Inc."), List.of());
            members.save(Organization.named("Harbour Analytics"), List.of());
        }
        FxToolkit.registerPrimaryStage();
        app = (ChamberlainApp) FxToolkit.setupApplication(ChamberlainApp.class, "--db=" + db);
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> !app.tasks().busyProperty().get());
    }

    @AfterEach
    void stopTheApp() throws Exception {
        release.countDown();
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void aWordTypedWhileTheRosterLoadsIsAppliedOnce() {
        holdTheWorker();
        clickOn("#nav-members");
        waitUntil(() -> lookup("#memberSearch").tryQuery().isPresent());
        clickOn("#memberSearch").write("beach");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#memberCount")).as("the roster is still loading").isEqualTo(Messages.get("members.loading"));
        assertThat(search().getText()).isEqualTo("beach");

        release.countDown();
        waitUntil(() -> !app.tasks().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(search().getText()).isEqualTo("beach");
        assertThat(rows()).extracting(MemberRow::name)
                .containsExactlyInAnyOrder("Beachside Robotics", "Long Beach Makers");
        assertThat(text("#memberCount")).isEqualTo(Messages.get("members.count", 2, 4));

        write("s");
        waitUntil(() -> rows().size() == 1 && !app.tasks().busyProperty().get());
        assertThat(search().getText()).isEqualTo("beachs");
        assertThat(rows().get(0).name()).isEqualTo("Beachside Robotics");
    }

    @Test
    void keysTypedAcrossTheEndOfTheLoadAreAppliedOnce() {
        holdTheWorker();
        clickOn("#nav-members");
        waitUntil(() -> lookup("#memberSearch").tryQuery().isPresent());
        clickOn("#memberSearch").write("bea");
        release.countDown();
        write("ch");
        waitUntil(() -> !app.tasks().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(search().getText()).isEqualTo("beach");
        assertThat(rows()).extracting(MemberRow::name)
                .containsExactlyInAnyOrder("Beachside Robotics", "Long Beach Makers");
        assertThat(text("#memberCount")).isEqualTo(Messages.get("members.count", 2, 4));
    }

    /** Puts a task on the app's one worker that waits for the test: everything asked after it waits behind it. */
    private void holdTheWorker() {
        CountDownLatch started = new CountDownLatch(1);
        interact(() -> app.tasks().run("held by the test", () -> {
            started.countDown();
            return release.await(60, TimeUnit.SECONDS);
        }, held -> { }));
        try {
            assertThat(started.await(30, TimeUnit.SECONDS)).as("the worker took the test's task").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private TextField search() {
        return lookup("#memberSearch").queryAs(TextField.class);
    }

    @SuppressWarnings("unchecked")
    private List<MemberRow> rows() {
        return List.copyOf(lookup("#membersTable").queryAs(TableView.class).getItems());
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (Exception e) {
            throw new AssertionError("the screen never got there", e);
        }
    }
}
