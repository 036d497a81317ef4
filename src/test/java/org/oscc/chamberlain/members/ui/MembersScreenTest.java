package org.oscc.chamberlain.members.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.app.ChamberlainApp;
import org.oscc.chamberlain.members.Contact;
import org.oscc.chamberlain.members.ContactRepository;
import org.oscc.chamberlain.members.MemberRow;
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
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** The Members screen in the real app, driven as an organizer would: the flows of the member roster issue. */
class MembersScreenTest extends FxRobot {
    @TempDir
    Path dir;
    private javafx.application.Application app;

    @BeforeEach
    void startTheApp() throws Exception {
        Path db = dir.resolve("chamber.db");
        try (Store store = TestStores.open(db, java.time.Clock.systemDefaultZone())) {
            MemberService members = new MemberService(new OrganizationRepository(store), new ContactRepository(store),
                    store.clock());
            long acme = members.save(Organization.named("Acme Inc."), List.of(Contact.named("Ann Lee",
                    "ann@acme.example").withPrimary(true)));
            members.save(Organization.named("Beta Labs"), List.of());
            // 10 h to the general pool this year, 1.5 h of them given today
            PledgeService pledges = PledgeFixtures.service(store);
            LocalDate today = pledges.today();
            Pledge pledge = pledges.create(PledgeDraft.hours(acme, null, 600, today.withDayOfYear(1),
                    today.withDayOfYear(today.lengthOfYear()), PledgeStatus.ACTIVE));
            pledges.addContributions(java.util.List.of(ContributionDraft.of(pledge.id(), today, 90, "Ann Lee")));
        }
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(ChamberlainApp.class, "--db=" + db);
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#nav-members");
        waitFor("#view-members");
        waitUntil(() -> rows().size() == 2);
    }

    @AfterEach
    void stopTheApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void addFindEditArchiveAndRestoreAMemberWithTwoContacts() {
        clickOn("#newMember");
        reveal("#memberName");
        clickOn("#memberName").write("Quartier Libre Coop");
        addContact("Zoe Tremblay", "zoe@quartier-libre.example");
        addContact("Kenji Sato", "kenji.sato@quartier-libre.example");
        clickOn("#saveMember");
        waitUntil(() -> text("#memberMessage").equals("Saved.") && rows().size() == 3
                && text("#memberCount").equals("3 of 3 shown"));

        // find it by typing part of a contact's e-mail
        clickOn("#memberSearch").write("sato@quart");
        waitUntil(() -> rows().size() == 1 && text("#memberCount").equals("1 of 3 shown"));
        assertThat(rows().get(0).name()).isEqualTo("Quartier Libre Coop");

        clickOn(cell("Quartier Libre Coop"));
        waitUntil(() -> text("#memberHeading").equals("Quartier Libre Coop"));
        assertThat(lookup("#contactsTable").queryAs(TableView.class).getItems()).hasSize(2);
        reveal("#memberCity");
        clickOn("#memberCity").write("Montréal");
        clickOn("#saveMember");
        waitUntil(() -> !rows().isEmpty() && "Montréal".equals(rows().get(0).city()));

        clickOn("#archiveMember");
        waitUntil(() -> rows().isEmpty());
        assertThat(text("#memberMessage")).contains("archived");

        clickOn("#showArchived");
        waitUntil(() -> rows().size() == 1);
        clickOn(cell("Quartier Libre Coop"));
        waitUntil(() -> text("#archiveMember").equals("Restore"));
        clickOn("#archiveMember");
        waitUntil(() -> rows().isEmpty());
        clickOn("#showArchived");
        waitUntil(() -> rows().size() == 1 && "Montréal".equals(rows().get(0).city()));
    }

    @Test
    void aSmallFileIsImportedThroughTheWizardAndUndone() throws Exception {
        Path file = dir.resolve("nouveaux membres.csv");
        Files.writeString(file, "Nom de l'organisation;Ville;Courriel;Contact principal\n"
                + "Café Numérique;Montréal;lea@cafe.example;Léa Roy\n"
                + "Acme Inc.;Toronto;;\n"
                + "東京データ;Tokyo;kenji@tokyo.example;Kenji\n", StandardCharsets.UTF_8);
        clickOn("#importMembers");
        waitFor("#importFile");
        interact(() -> lookup("#importFile").queryAs(TextField.class).setText(file.toString()));
        clickOn("#wizardNext");
        waitFor("#map-name");
        assertThat(lookup("#map-name").queryAs(ComboBox.class).getValue()).isEqualTo("Nom de l'organisation");
        assertThat(lookup("#map-contactEmail").queryAs(ComboBox.class).getValue()).isEqualTo("Courriel");
        clickOn("#wizardNext");
        waitFor("#dryRunSummary");
        assertThat(text("#dryRunSummary")).contains("3 can be imported").contains("1 duplicate");
        clickOn("#wizardImport");
        waitFor("#importResult");
        assertThat(text("#importResult")).contains("2 organizations created").contains("1 duplicate skipped");
        waitUntil(() -> rows().size() == 4);
        assertThat(rows()).extracting(MemberRow::name).contains("Café Numérique", "東京データ");

        // undoing asks first, with Cancel the default: Enter leaves the import in place
        clickOn("#undoImport");
        waitFor("#confirmDestructive");
        type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#confirmDestructive").tryQuery()).isEmpty();
        assertThat(rows()).hasSize(4);
        assertThat(text("#importResult")).doesNotContain("undone");
        clickOn("#undoImport");
        waitFor("#confirmDestructive");
        clickOn("#confirmDestructive");
        waitUntil(() -> text("#importResult").contains("undone") && rows().size() == 2);
        clickOn("#wizardClose");
    }

    @Test
    void theSelectedMemberShowsItsPledgeWithTheHoursDeliveredAndOpensItInThePledgesScreen() {
        clickOn(cell("Acme Inc."));
        waitUntil(() -> text("#memberHeading").equals("Acme Inc."));
        TableView<PledgeRow> pledges = lookup("#memberPledgeTable").queryAs(TableView.class);
        waitUntil(() -> pledges.getItems().size() == 1);
        reveal("#memberPledgeTable");
        assertThat(lookup("#memberPledgeTable .table-cell").match(LabeledMatchers.hasText("General pool"))
                .tryQuery()).isPresent();
        assertThat(lookup("#memberPledgeTable .table-cell").match(LabeledMatchers.hasText("1.5")).tryQuery())
                .as("delivered hours").isPresent();
        assertThat(lookup("#memberPledgeTable .table-cell").match(LabeledMatchers.hasText("10.0")).tryQuery())
                .as("pledged hours").isPresent();
        assertThat(text("#memberPledgeTotal")).isEqualTo("Total: 10.0 h pledged, 1.5 h delivered"
                + " (15.0 %)");

        clickOn(cell("Beta Labs"));
        waitUntil(() -> text("#memberHeading").equals("Beta Labs") && pledges.getItems().isEmpty());
        assertThat(((Label) pledges.getPlaceholder()).getText()).isEqualTo("No pledges yet.");
        assertThat(lookup("#memberPledgeTotals").query().isVisible()).as("no total without pledges").isFalse();

        clickOn(cell("Acme Inc."));
        waitUntil(() -> pledges.getItems().size() == 1);
        reveal("#memberPledgeTable");
        doubleClickOn(lookup("#memberPledgeTable .table-cell").match(LabeledMatchers.hasText("General pool"))
                .queryAs(javafx.scene.Node.class));
        waitFor("#view-pledges");
        TableView<PledgeRow> all = lookup("#pledgeTable").queryAs(TableView.class);
        waitUntil(() -> all.getSelectionModel().getSelectedItem() != null
                && all.getSelectionModel().getSelectedItem().memberName().equals("Acme Inc."));
    }

    private javafx.scene.Node cell(String text) {
        return lookup("#membersTable .table-cell").match(org.testfx.matcher.control.LabeledMatchers.hasText(text))
                .query();
    }

    /** Scrolls the form so that the node is in view, as a user would before clicking it. */
    private void reveal(String query) {
        javafx.scene.Node node = lookup(query).query();
        interact(() -> {
            javafx.scene.Parent p = node.getParent();
            while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) {
                p = p.getParent();
            }
            if (p instanceof javafx.scene.control.ScrollPane scroll) {
                javafx.scene.Node content = scroll.getContent();
                double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
                double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                scroll.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 20) / room)));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void addContact(String name, String email) {
        reveal("#addContact");
        clickOn("#addContact");
        waitFor("#contactName");
        clickOn("#contactName").write(name);
        clickOn("#contactEmail").write(email);
        clickOn("#contactOk");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private List<MemberRow> rows() {
        return List.copyOf(lookup("#membersTable").queryAs(TableView.class).getItems());
    }

    private String text(String query) {
        var node = lookup(query).query();
        return node instanceof Label l ? l.getText() : ((javafx.scene.control.Labeled) node).getText();
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (Exception e) {
            throw new AssertionError("the screen never got there", e);
        }
    }

    private void waitFor(String query) {
        waitUntil(() -> lookup(query).tryQuery().map(node -> node.isVisible() && node.getScene() != null)
                .orElse(false));
    }
}
