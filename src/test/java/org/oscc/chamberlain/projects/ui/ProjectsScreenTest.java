package org.oscc.chamberlain.projects.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oscc.chamberlain.store.jooq.Tables.AGENDA_SLOT;
import static org.oscc.chamberlain.store.jooq.Tables.PITCH_NIGHT;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.app.ChamberlainApp;
import org.oscc.chamberlain.members.Contact;
import org.oscc.chamberlain.members.ContactRepository;
import org.oscc.chamberlain.members.MemberService;
import org.oscc.chamberlain.members.Organization;
import org.oscc.chamberlain.members.OrganizationRepository;
import org.oscc.chamberlain.pledges.ContributionDraft;
import org.oscc.chamberlain.pledges.Pledge;
import org.oscc.chamberlain.pledges.PledgeDraft;
import org.oscc.chamberlain.pledges.PledgeFixtures;
import org.oscc.chamberlain.pledges.PledgeRow;
import org.oscc.chamberlain.pledges.PledgeService;
import org.oscc.chamberlain.pledges.PledgeStatus;
import org.oscc.chamberlain.projects.Project;
import org.oscc.chamberlain.projects.ProjectPitch;
import org.oscc.chamberlain.projects.ProjectRepository;
import org.oscc.chamberlain.projects.ProjectService;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Projects screen in the real app: a project's page lists, read-only, the pledge naming it with the hours
 * delivered and the pitch that named it, and an edit of the project is saved.
 */
class ProjectsScreenTest extends FxRobot {
    @TempDir
    Path dir;
    private javafx.application.Application app;

    @BeforeEach
    void startTheAppOnAChamberWithAPledgedAndPitchedProject() throws Exception {
        Path db = dir.resolve("chamber.db");
        try (Store store = TestStores.open(db, Clock.systemDefaultZone())) {
            ContactRepository contacts = new ContactRepository(store);
            MemberService members = new MemberService(new OrganizationRepository(store), contacts, store.clock());
            long acme = members.save(Organization.named("Acme Inc."), List.of(Contact.named("Ann Lee",
                    "ann@acme.example").withPrimary(true)));
            long ann = members.get(acme).contacts().get(0).id();
            long fox = new ProjectService(new ProjectRepository(store), contacts, store.clock())
                    .save(Project.named("Fox Docs"));
            // 20 h to Fox Docs this year, 3 h of them given today
            PledgeService pledges = PledgeFixtures.service(store);
            LocalDate today = pledges.today();
            Pledge pledge = pledges.create(PledgeDraft.hours(acme, fox, 1200, today.withDayOfYear(1),
                    today.withDayOfYear(today.lengthOfYear()), PledgeStatus.ACTIVE));
            pledges.addContributions(java.util.List.of(ContributionDraft.of(pledge.id(), today, 180, "Ann Lee")));
            LocalDateTime now = LocalDateTime.of(2026, 3, 1, 12, 0);
            int night = store.dsl().insertInto(PITCH_NIGHT).set(PITCH_NIGHT.TITLE, "Spring Pitch Night")
                    .set(PITCH_NIGHT.STARTS_AT, LocalDateTime.of(2026, 4, 2, 18, 0))
                    .set(PITCH_NIGHT.TIME_ZONE, "America/Toronto").set(PITCH_NIGHT.DURATION_MINUTES, 120)
                    .set(PITCH_NIGHT.ICAL_UID, "night-1@test").set(PITCH_NIGHT.CREATED_AT, now)
                    .set(PITCH_NIGHT.UPDATED_AT, now).returningResult(PITCH_NIGHT.ID).fetchOne().value1();
            store.dsl().insertInto(AGENDA_SLOT).set(AGENDA_SLOT.PITCH_NIGHT_ID, night).set(AGENDA_SLOT.POSITION, 0)
                    .set(AGENDA_SLOT.PROJECT_ID, (int) fox).set(AGENDA_SLOT.PRESENTER_CONTACT_ID, (int) ann)
                    .set(AGENDA_SLOT.TITLE, "Docs that answer back").set(AGENDA_SLOT.MINUTES, 10).execute();
        }
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(ChamberlainApp.class, "--db=" + db);
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#nav-projects");
        waitFor("#view-projects");
        waitUntil(() -> lookup("#projectsTable").queryAs(TableView.class).getItems().size() == 1);
    }

    @AfterEach
    void stopTheApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void aProjectShowsThePledgeAndThePitchNamingItAndAnEditIsSaved() {
        clickOn(lookup("#projectsTable .table-cell").match(LabeledMatchers.hasText("Fox Docs")).queryAs(Node.class));
        waitUntil(() -> text("#projectHeading").equals("Fox Docs"));

        TableView<PledgeRow> pledges = lookup("#projectPledgeTable").queryAs(TableView.class);
        waitUntil(() -> pledges.getItems().size() == 1);
        reveal("#projectPledgeTable");
        assertThat(visibleCell("#projectPledgeTable", "Acme Inc.")).as("member").isTrue();
        assertThat(visibleCell("#projectPledgeTable", "20.0")).as("pledged hours").isTrue();
        assertThat(visibleCell("#projectPledgeTable", "3.0")).as("delivered hours").isTrue();
        assertThat(text("#projectPledgeTotal")).isEqualTo("Total: 20.0 h pledged, 3.0 h delivered"
                + " (15.0 %)");
        assertThat(text("#projectPledgeReceived")).isEqualTo("Hours received in all: 3.0 h");

        TableView<ProjectPitch> pitches = lookup("#projectPitches").queryAs(TableView.class);
        assertThat(pitches.getItems()).hasSize(1);
        reveal("#projectPitches");
        assertThat(visibleCell("#projectPitches", "Spring Pitch Night")).isTrue();
        assertThat(visibleCell("#projectPitches", "Docs that answer back")).isTrue();
        assertThat(visibleCell("#projectPitches", "Ann Lee")).as("presenter").isTrue();

        reveal("#projectWebsite");
        clickOn("#projectWebsite").write("fox.example.org");
        reveal("#saveProject");
        clickOn("#saveProject");
        waitUntil(() -> text("#projectMessage").equals("Saved."));
        // "Saved." shows as the save ends; the project as stored follows from the worker a moment later
        javafx.scene.control.TextField website = lookup("#projectWebsite")
                .queryAs(javafx.scene.control.TextField.class);
        waitUntil(() -> !"fox.example.org".equals(website.getText()));
        assertThat(website.getText()).isEqualTo("https://fox.example.org");
        waitUntil(() -> pledges.getItems().size() == 1); // the page reloaded keeps its pledge
    }

    private boolean visibleCell(String table, String text) {
        return lookup(table + " .table-cell").match(LabeledMatchers.hasText(text)).tryQuery().isPresent();
    }

    /** Scrolls the form so that the node is in view, as a user would before clicking it. */
    private void reveal(String query) {
        Node node = lookup(query).query();
        interact(() -> {
            javafx.scene.Parent p = node.getParent();
            while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) {
                p = p.getParent();
            }
            if (p instanceof javafx.scene.control.ScrollPane scroll) {
                Node content = scroll.getContent();
                double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
                double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                scroll.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 20) / room)));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String query) {
        return ((Labeled) lookup(query).query()).getText();
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (Exception e) {
            throw new AssertionError("the screen never got there", e);
        }
    }

    private void waitFor(String query) {
        waitUntil(() -> lookup(query).tryQuery().map(n -> n.isVisible() && n.getScene() != null).orElse(false));
    }
}
