package org.oscc.chamberlain.members.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.TestStores;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
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
            members.save(Organization.named("Acme Inc."), List.of(Contact.named("Ann Lee", "ann@acme.example")
                    .withPrimary(true)));
            members.save(Organization.named("Beta Labs"), List.of());
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

        clickOn("#undoImport");
        waitUntil(() -> text("#importResult").contains("undone") && rows().size() == 2);
        clickOn("#wizardClose");
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
