package org.oscc.chamberlain.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oscc.chamberlain.members.MemberRow;
import org.oscc.chamberlain.pitches.SessionRow;
import org.oscc.chamberlain.pledges.PledgeRow;
import org.oscc.chamberlain.projects.ProjectRow;
import org.oscc.chamberlain.store.TestStores;
import org.oscc.chamberlain.ui.UnsavedEdits;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Unsaved edits on every form, on every way out of it: another row, another section, a new record, the window's close
 * box, Ctrl+Q, File > Open and Load sample. Cancel leaves the organizer where they were with the edit and the store
 * untouched; Don't save leaves with the store untouched; Save leaves with the edit stored; a save that is refused keeps
 * the organizer on the form with the reason shown.
 */
class UnsavedEditsScreenTest extends FxRobot {
    /** A form, how to open a row of it, the field edited and where the store keeps that field. */
    enum Form {
        MEMBER("members", "#membersTable", "#memberCity", "SELECT city FROM organization WHERE id = ?",
                "#newMember", "#memberSince"),
        PROJECT("projects", "#projectsTable", "#projectDescription",
                "SELECT description FROM project WHERE id = ?", "#newProject", "#projectWebsite"),
        PLEDGE("pledges", "#pledgeTable", "#pledgeNotes", "SELECT notes FROM pledge WHERE id = ?", "#newPledge",
                "#pledgeEnd"),
        PITCH_NIGHT("pitch-nights", "#sessionList", "#sessionVenue",
                "SELECT venue_name FROM pitch_night WHERE id = ?", "#newPitchNight", "#sessionTime");

        final String section;
        final String list;
        final String field;
        final String storedSql;
        final String newButton;
        final String badField;

        Form(String section, String list, String field, String storedSql, String newButton, String badField) {
            this.section = section;
            this.list = list;
            this.field = field;
            this.storedSql = storedSql;
            this.newButton = newButton;
            this.badField = badField;
        }
    }

    @TempDir
    Path dir;
    private Path db;
    private javafx.application.Application app;

    @BeforeAll
    static void quittingHidesTheWindowOnly() {
        System.setProperty(ChamberlainApp.KEEP_TOOLKIT_PROPERTY, "true");
    }

    @AfterAll
    static void quittingEndsTheToolkitAgain() {
        System.clearProperty(ChamberlainApp.KEEP_TOOLKIT_PROPERTY);
    }

    @BeforeEach
    void startOnTheSampleChamber() throws Exception {
        db = dir.resolve("chamber.db");
        TestStores.sampleChamber(db);
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(ChamberlainApp.class, "--db=" + db);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @ParameterizedTest
    @EnumSource(Form.class)
    void cancelOnEveryWayOutKeepsTheOrganizerOnTheEditedForm(Form form) throws Exception {
        long id = open(form, 0);
        String stored = stored(form, id);
        edit(form, "Edited on the way out");
        List<Runnable> waysOut = List.of(
                () -> clickOn("#nav-dashboard"),
                () -> selectRow(form, 1),
                () -> clickOn(form.newButton),
                this::closeBox,
                () -> press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL),
                () -> menu("menu-open"),
                () -> menu("menu-sample"),
                () -> menu("menu-restore"));
        for (int i = 0; i < waysOut.size(); i++) {
            waysOut.get(i).run();
            answer(UnsavedEdits.CANCEL_ID);
            assertThat(mainWindow().isShowing()).as("way out %d", i).isTrue();
            assertThat(lookup("#view-" + form.section).tryQuery()).as("way out %d", i).isPresent();
            assertThat(field(form).getText()).as("the edit after way out %d", i).endsWith("Edited on the way out");
            assertThat(selectedIndex(form)).as("the row after way out %d", i).isEqualTo(0);
            assertThat(stored(form, id)).as("the store after way out %d", i).isEqualTo(stored);
        }
    }

    @ParameterizedTest
    @EnumSource(Form.class)
    void dontSaveOnTheCloseBoxQuitsAndStoresNothing(Form form) throws Exception {
        long id = open(form, 0);
        String stored = stored(form, id);
        edit(form, "Dropped");
        Stage window = mainWindow();
        closeBox();
        answer(UnsavedEdits.DISCARD_ID);
        waitUntil(() -> !window.isShowing(), "the window closed");
        assertThat(stored(form, id)).isEqualTo(stored);
    }

    @ParameterizedTest
    @EnumSource(Form.class)
    void saveOnCtrlQStoresTheEditThenQuits(Form form) throws Exception {
        long id = open(form, 0);
        String edited = edit(form, "Kept by Ctrl+Q");
        Stage window = mainWindow();
        press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        answer(UnsavedEdits.SAVE_ID);
        waitUntil(() -> !window.isShowing(), "the window closed");
        assertThat(stored(form, id)).isEqualTo(edited);
    }

    @ParameterizedTest
    @EnumSource(Form.class)
    void saveOnAnotherRowStoresTheEditAndOpensThatRow(Form form) throws Exception {
        long id = open(form, 0);
        String edited = edit(form, "Kept on another row");
        selectRow(form, 1);
        answer(UnsavedEdits.SAVE_ID);
        waitUntil(() -> edited.equals(stored(form, id)), "the edit stored");
        waitUntil(() -> selectedIndex(form) == 1 && !field(form).getText().endsWith("Kept on another row"),
                "the other row shown");
        // and back on the first one, the edit is what the store holds
        selectRow(form, 0);
        waitUntil(() -> field(form).getText().equals(edited), "the stored edit shown");
    }

    @ParameterizedTest
    @EnumSource(Form.class)
    void dontSaveOnAnotherSectionLeavesAndTheFormShowsTheStoreOnReturn(Form form) throws Exception {
        long id = open(form, 0);
        String stored = stored(form, id);
        edit(form, "Dropped on leaving");
        clickOn("#nav-reports");
        answer(UnsavedEdits.DISCARD_ID);
        waitUntil(() -> lookup("#view-reports").tryQuery().isPresent(), "the Reports section");
        assertThat(stored(form, id)).isEqualTo(stored);
        clickOn("#nav-" + form.section);
        waitUntil(() -> !field(form).getText().endsWith("Dropped on leaving"), "the stored value shown");
    }

    @ParameterizedTest
    @EnumSource(Form.class)
    void aRefusedSaveKeepsTheOrganizerOnTheFormWithTheReasonShown(Form form) throws Exception {
        long id = open(form, 0);
        String stored = stored(form, id);
        edit(form, "Not saved: a bad field");
        TextInputControl bad = textOf(lookup(form.badField).query());
        interact(() -> bad.setText(form == Form.PITCH_NIGHT ? "25:00" : form == Form.PROJECT ? "exa mple.org"
                : "2026-02-30"));
        closeBox();
        answer(UnsavedEdits.SAVE_ID);
        WaitForAsyncUtils.waitForFxEvents();
        Node outlined = lookup(form.badField).query();
        waitUntil(() -> outlined.getStyleClass().contains("field-error"), "the bad field outlined");
        assertThat(mainWindow().isShowing()).isTrue();
        assertThat(stored(form, id)).isEqualTo(stored);
    }

    @org.junit.jupiter.api.Test
    void theContactDialogsCloseBoxAsksAboutTypedEditsWhileEscClosesItWithoutEffect() throws Exception {
        long id = open(Form.MEMBER, 0);
        int contacts = lookup("#contactsTable").queryAs(TableView.class).getItems().size();
        Platform.runLater(() -> lookup("#addContact").queryButton().fire());
        waitUntil(() -> lookup("#contactName").tryQuery().isPresent(), "the contact dialog");
        TextInputControl name = lookup("#contactName").queryAs(TextInputControl.class);
        interact(() -> name.setText("Typed, not kept yet"));
        Window dialog = name.getScene().getWindow();
        Platform.runLater(() -> dialog.fireEvent(new WindowEvent(dialog, WindowEvent.WINDOW_CLOSE_REQUEST)));
        answer(UnsavedEdits.CANCEL_ID);
        assertThat(dialog.isShowing()).as("Cancel keeps the dialog and what was typed").isTrue();
        assertThat(name.getText()).isEqualTo("Typed, not kept yet");
        interact(name::requestFocus);
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> !dialog.isShowing(), "Esc closed the dialog");
        assertThat(lookup("#unsavedCancel").tryQuery()).as("Esc asks nothing").isEmpty();
        assertThat(lookup("#contactsTable").queryAs(TableView.class).getItems()).hasSize(contacts);
        assertThat(stored(Form.MEMBER, id)).isNotNull();
    }

    // --- the organizer's gestures -------------------------------------------------------------------------------

    private long open(Form form, int row) {
        clickOn("#nav-" + form.section);
        waitUntil(() -> rows(form) > 1, "rows in " + form.list);
        selectRow(form, row);
        waitUntil(() -> !field(form).isDisabled() && loaded(form), "the row in the form");
        return idOf(form, row);
    }

    private String edit(Form form, String suffix) {
        TextInputControl f = field(form);
        String value = (f.getText() == null ? "" : f.getText()) + " " + suffix;
        interact(() -> {
            f.requestFocus();
            f.setText(value);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return value.strip();
    }

    /** As a click on the row: the prompt that may follow waits for an answer, so this does not wait for it. */
    private void selectRow(Form form, int row) {
        Platform.runLater(() -> {
            Node n = lookup(form.list).query();
            if (n instanceof TableView<?> t) {
                t.getSelectionModel().select(row);
            } else {
                ((ListView<?>) n).getSelectionModel().select(row);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** As the window manager does: the prompt that follows waits for an answer, so this does not wait for it. */
    private void closeBox() {
        Window w = mainWindow();
        Platform.runLater(() -> w.fireEvent(new WindowEvent(w, WindowEvent.WINDOW_CLOSE_REQUEST)));
    }

    /** Chooses a File menu item, as a click on it does (without waiting for the prompt that follows). */
    private void menu(String id) {
        MenuBar bar = lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow();
        Platform.runLater(item::fire);
    }

    private void answer(String buttonId) {
        waitUntil(() -> lookup("#" + buttonId).tryQuery().isPresent(), "the unsaved-changes prompt");
        Button b = lookup("#" + buttonId).queryButton();
        interact(b::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    // --- what the organizer sees and what the store holds ---------------------------------------------------------

    private Stage mainWindow() {
        return (Stage) lookup("#nav-dashboard").query().getScene().getWindow();
    }

    private TextInputControl field(Form form) {
        return textOf(lookup(form.field).query());
    }

    private static TextInputControl textOf(Node n) {
        if (n instanceof javafx.scene.control.DatePicker p) {
            return p.getEditor();
        }
        return (TextInputControl) n;
    }

    private boolean loaded(Form form) {
        try {
            String text = field(form).getText();
            String stored = stored(form, idOf(form, selectedIndex(form)));
            return (stored == null ? "" : stored).equals(text == null ? "" : text);
        } catch (Exception e) {
            return false;
        }
    }

    private int rows(Form form) {
        Node n = lookup(form.list).query();
        return n instanceof TableView<?> t ? t.getItems().size() : ((ListView<?>) n).getItems().size();
    }

    private int selectedIndex(Form form) {
        Node n = lookup(form.list).query();
        return n instanceof TableView<?> t ? t.getSelectionModel().getSelectedIndex()
                : ((ListView<?>) n).getSelectionModel().getSelectedIndex();
    }

    private long idOf(Form form, int row) {
        Node n = lookup(form.list).query();
        Object item = n instanceof TableView<?> t ? t.getItems().get(row) : ((ListView<?>) n).getItems().get(row);
        if (item instanceof MemberRow m) {
            return m.id();
        } else if (item instanceof ProjectRow p) {
            return p.id();
        } else if (item instanceof PledgeRow p) {
            return p.pledgeId();
        }
        return ((SessionRow) item).id();
    }

    private String stored(Form form, long id) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                PreparedStatement s = c.prepareStatement(form.storedSql)) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void waitUntil(Callable<Boolean> condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, condition);
        } catch (Exception e) {
            throw new AssertionError("waited 40 s in vain for: " + what, e);
        }
    }
}
