package org.oscc.chamberlain.app;

import org.oscc.chamberlain.root.ChamberServices;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.store.DataFolders;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Esc closes every dialog of the window without effect: the dialog goes and the store is as it was. */
class EscClosesDialogsTest extends FxRobot {
    private static final List<String> TABLES = List.of("organization", "contact", "project", "project_person",
            "pledge", "contribution", "pitch_night", "agenda_slot", "invitation", "invite_issue", "import_batch",
            "setting");
    @TempDir
    Path dir;
    private Path db;
    private javafx.application.Application app;

    @BeforeEach
    void startOnTheSampleChamber() throws Exception {
        db = dir.resolve("chamber.db");
        try (ChamberServices services = ChamberServices.open(db, new DataFolders(dir.resolve("home")))) {
            services.sample().load(false);
        }
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(ChamberlainApp.class, "--db=" + db);
        WaitForAsyncUtils.waitForFxEvents();
        waitFor("#overview-tiles");
    }

    @AfterEach
    void stopTheApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void escClosesTheMembersDialogsWithoutEffect() throws Exception {
        String before = storeContent();
        clickOn("#nav-members");
        waitFor("#view-members");
        TableView<?> members = lookup("#membersTable").queryAs(TableView.class);
        waitUntil(() -> !members.getItems().isEmpty());
        interact(() -> members.getSelectionModel().select(0));
        waitUntil(() -> !lookup("#contactsTable").queryAs(TableView.class).getItems().isEmpty());
        int contacts = lookup("#contactsTable").queryAs(TableView.class).getItems().size();

        // the button may sit below the fold of the member form: press it as the keyboard would, without waiting
        javafx.application.Platform.runLater(() -> lookup("#addContact").queryButton().fire());
        waitFor("#contactOk");
        // the dialog's fields are laid out a pulse after its buttons: wait until a click could reach the name
        waitUntil(() -> lookup("#contactName").match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery()
                .isPresent());
        clickOn("#contactName").write("Someone New");
        escCloses("the contact dialog");
        assertThat(lookup("#contactsTable").queryAs(TableView.class).getItems()).hasSize(contacts);

        clickOn("#importHistory");
        waitFor("#importHistoryTable");
        escCloses("the import history");

        Path file = dir.resolve("members.csv");
        Files.writeString(file, "Organization name;City\nNew Coop;Laval\n", StandardCharsets.UTF_8);
        clickOn("#importMembers");
        waitFor("#importFile");
        interact(() -> lookup("#importFile").queryAs(TextField.class).setText(file.toString()));
        clickOn("#wizardNext");
        waitFor("#map-name");
        escCloses("the member import");
        assertThat(storeContent()).isEqualTo(before);
    }

    @Test
    void escClosesTheProjectPledgeAndPitchNightDialogsWithoutEffect() throws Exception {
        String before = storeContent();
        clickOn("#nav-projects");
        waitFor("#view-projects");
        TableView<?> projects = lookup("#projectsTable").queryAs(TableView.class);
        waitUntil(() -> !projects.getItems().isEmpty());
        interact(() -> projects.getSelectionModel().select(0));
        waitUntil(() -> !lookup("#addKeyPerson").queryButton().isDisabled());
        clickOn("#addKeyPerson");
        waitFor("#personSearch");
        escCloses("the key person picker");

        clickOn("#nav-pledges");
        waitFor("#view-pledges");
        clickOn("#importTimesheet");
        waitFor("#importFile");
        escCloses("the timesheet import");

        clickOn("#nav-pitch-nights");
        waitFor("#view-pitch-nights");
        ListView<?> sessions = lookup("#sessionList").queryAs(ListView.class);
        waitUntil(() -> !sessions.getItems().isEmpty());
        interact(() -> sessions.getSelectionModel().select(0));
        waitUntil(() -> !lookup("#calendarInvite").queryButton().isDisabled());
        clickOn("#calendarInvite");
        waitFor("#invite-summary");
        escCloses("the calendar invite");
        assertThat(storeContent()).isEqualTo(before);
    }

    private void escCloses(String what) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(openWindows()).as(what + " is open").isGreaterThan(1);
        type(KeyCode.ESCAPE);
        waitUntil(() -> openWindows() == 1);
        sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static long openWindows() {
        return Window.getWindows().stream().filter(Window::isShowing).count();
    }

    /** Every row of the tables a dialog could change, as text. */
    private String storeContent() throws SQLException {
        StringBuilder all = new StringBuilder();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            for (String table : TABLES) {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        all.append(table);
                        for (int i = 1; i <= columns; i++) {
                            all.append('|').append(rs.getString(i));
                        }
                        all.append('\n');
                    }
                }
            }
        }
        return all.toString();
    }

    private void waitFor(String query) {
        waitUntil(() -> lookup(query).tryQuery().map(n -> n.isVisible() && n.getScene() != null).orElse(false));
    }

    private static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        } catch (Exception e) {
            throw new AssertionError("waited 60 s in vain", e);
        }
    }
}
