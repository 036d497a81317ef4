package org.oscc.chamberlain.pitches.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.oscc.chamberlain.pitches.Choice;
import org.oscc.chamberlain.pitches.Invitee;
import org.oscc.chamberlain.pitches.SessionRow;
import org.oscc.chamberlain.pitches.SessionStatus;
import org.oscc.chamberlain.pitches.TimedSlot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The pitch nights screen in the real app on the sample chamber: an organizer plans a whole night, from an empty
 * session to attendance, without leaving the screen. The night is set yesterday evening so that attendance (which
 * needs a started session) can be recorded in the same run.
 */
class PitchNightsScreenTest extends SampleChamberScreen {
    private static final ZoneId TORONTO = ZoneId.of("America/Toronto");
    private static final String TITLE = "Spring pitch night";

    @Test
    void anOrganizerPlansANightFromAnEmptySessionToAttendance() throws Exception {
        clickOn("#nav-pitch-nights");
        ListView<SessionRow> sessions = lookup("#sessionList").queryListView();
        waitUntil(() -> sessions.getItems().size() == 4);
        // the chamber's zone is named once, in the night's heading, not on every line of the list
        waitUntil(() -> text("#detailWhen").contains("(America/Toronto)"));
        List<String> lines = lookup("#sessionList .session-cell .label").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).toList();
        assertThat(lines).anyMatch(t -> t.matches("\\w{3} \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}.*"))
                .noneMatch(t -> t.contains("America/Toronto"));

        // 1. schedule: a refused capacity first, then a good one, saved with Ctrl+S
        clickOn("#newPitchNight");
        waitUntil(() -> text("#detailTitle").equals("New pitch night"));
        clickOn("#sessionTitle").write(TITLE);
        LocalDate yesterday = LocalDate.now(TORONTO).minusDays(1);
        interact(() -> lookup("#sessionDate").queryAs(DatePicker.class).setValue(yesterday));
        replace("#sessionTime", "18:30");
        replace("#sessionLength", "120");
        replace("#sessionVenue", "Test Kitchen Loft");
        replace("#sessionCapacity", "-1");
        interact(() -> this.<SessionStatus>combo("#sessionStatus").setValue(SessionStatus.SCHEDULED));
        clickOn("#saveSession");
        // the refusal is shown on the field: outlined, the reason under it, the summary naming it
        waitUntil(() -> text("#sessionCapacityReason").contains("below zero")
                && lookup("#sessionCapacity").query().getStyleClass().contains("field-error")
                && text("#sessionProblems").contains("Capacity"));
        assertThat(count("SELECT count(*) FROM pitch_night")).isEqualTo(4);
        replace("#sessionCapacity", "2");
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> text("#sessionMessage").startsWith("Saved"));
        waitUntil(() -> sessions.getItems().size() == 5);
        assertThat(text("#detailTitle")).isEqualTo(TITLE);
        Record stored = row("SELECT id, capacity, status, time_zone, starts_at FROM pitch_night WHERE title = '"
                + TITLE + "'");
        int nightId = stored.get("id", Integer.class);
        assertThat(stored.get("capacity", Integer.class)).isEqualTo(2);
        assertThat(stored.get("status", String.class)).isEqualTo("SCHEDULED");
        assertThat(stored.get("time_zone", String.class)).isEqualTo("America/Toronto");
        assertThat(stored.get("starts_at", String.class)).startsWith(yesterday + " 18:30");

        // 2. a three-pitch agenda: times reflow from 18:30
        clickOn("#tab-agenda");
        addPitch(1, "Alpha pitch", "10");
        addPitch(2, "Bravo pitch", "15");
        addPitch(3, "Charlie pitch", "20");
        TableView<TimedSlot> agenda = lookup("#agendaTable").queryTableView();
        assertThat(agendaTitles(agenda)).containsExactly("Alpha pitch", "Bravo pitch", "Charlie pitch");
        assertThat(starts(agenda)).containsExactly("18:30", "18:40", "18:55");
        assertThat(text("#agendaTotal")).contains("45 min of a 120 min session").contains("19:15");

        // 3. reorder from the keyboard: Charlie moves above Bravo, every start follows
        select(agenda, 2);
        press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        waitUntil(() -> agendaTitles(agenda).get(1).equals("Charlie pitch"));
        assertThat(agendaTitles(agenda)).containsExactly("Alpha pitch", "Charlie pitch", "Bravo pitch");
        assertThat(starts(agenda)).containsExactly("18:30", "18:40", "19:00");
        clickOn("#saveAgenda");
        waitUntil(() -> text("#agendaMessage").startsWith("Agenda saved"), () -> text("#agendaMessage"));
        List<String> storedTitles = store(s -> s.fetch("SELECT title FROM agenda_slot WHERE pitch_night_id = "
                + nightId + " ORDER BY position").getValues(0, String.class));
        assertThat(storedTitles).containsExactly("Alpha pitch", "Charlie pitch", "Bravo pitch");

        // 4. invite a tier, after seeing how many will be added
        clickOn("#tab-invitees");
        int patrons = count("SELECT count(*) FROM contact c JOIN organization o ON o.id = c.organization_id"
                + " WHERE o.tier = 'Patron' AND c.archived_at IS NULL AND o.archived_at IS NULL");
        assertThat(patrons).isGreaterThanOrEqualTo(3);
        clickOn("#bulkInvite");
        MenuButton bulk = lookup("#bulkInvite").queryAs(MenuButton.class);
        Menu byTier = (Menu) bulk.getItems().get(0);
        waitUntil(() -> byTier.getItems().stream().anyMatch(i -> "Patron".equals(i.getText())));
        MenuItem patron = byTier.getItems().stream().filter(i -> "Patron".equals(i.getText())).findFirst()
                .orElseThrow();
        interact(() -> {
            bulk.hide();
            patron.fire();
        });
        waitUntil(() -> text("#bulkSummary").startsWith(patrons + " contacts from tier Patron"));
        clickOn("#confirmBulk");
        TableView<Invitee> invitees = lookup("#inviteesTable").queryTableView();
        waitUntil(() -> invitees.getItems().size() == patrons);
        assertThat(count("SELECT count(*) FROM invitation WHERE pitch_night_id = " + nightId)).isEqualTo(patrons);

        // 5. RSVPs with two seats: the third acceptance waits, a decline promotes it
        String first = invitees.getItems().get(0).contactName();
        String second = invitees.getItems().get(1).contactName();
        String third = invitees.getItems().get(2).contactName();
        answer(invitees, 0, "#rsvpAccepted");
        answer(invitees, 1, "#rsvpAccepted");
        answer(invitees, 2, "#rsvpAccepted");
        waitUntil(() -> text("#inviteesMessage").contains(third + " is on the waitlist (#1)"));
        assertThat(text("#rsvpCounts")).startsWith("Invited " + patrons + " · Accepted 2 · Tentative 0 · Declined 0"
                + " · Waitlisted 1");
        answer(invitees, 1, "#rsvpDeclined");
        waitUntil(() -> text("#inviteesMessage").contains(third + " moved up from the waitlist"));
        waitUntil(() -> text("#rsvpCounts").startsWith("Invited " + patrons + " · Accepted 2 · Tentative 0"
                + " · Declined 1 · Waitlisted 0"));
        assertThat(rsvp(nightId, third)).isEqualTo("ACCEPTED");
        assertThat(rsvp(nightId, second)).isEqualTo("DECLINED");

        // 6. attendance after the night
        answer(invitees, 0, "#markAttended");
        waitUntil(() -> text("#rsvpCounts").contains("Attended 1"));
        answer(invitees, indexOf(invitees, third), "#markNoShow");
        waitUntil(() -> text("#inviteesMessage").contains("No-show: " + third));
        assertThat(attendance(nightId, first)).isEqualTo("ATTENDED");
        assertThat(attendance(nightId, third)).isEqualTo("NO_SHOW");

        // the list shows the night among the past ones, with its counts
        waitUntil(() -> sessions.getItems().stream().anyMatch(r -> r.id() == nightId && r.declined() == 1
                && r.attended() == 1));
    }

    private void addPitch(int projectIndex, String title, String minutes) {
        int before = lookup("#agendaTable").queryTableView().getItems().size();
        clickOn("#addPitch");
        waitUntil(() -> lookup("#agendaTable").queryTableView().getItems().size() == before + 1);
        waitUntil(() -> this.<Choice>combo("#slotProject").getItems().size() > projectIndex);
        interact(() -> {
            ComboBox<Choice> project = combo("#slotProject");
            project.setValue(project.getItems().get(projectIndex));
        });
        replace("#slotTitle", title);
        replace("#slotMinutes", minutes);
        type(KeyCode.ENTER); // Enter in a slot field applies it, as the Apply button does
        waitUntil(() -> agendaTitles(lookup("#agendaTable").queryTableView()).contains(title));
    }

    private void answer(TableView<Invitee> table, int index, String button) {
        select(table, index);
        String before = text("#inviteesMessage");
        clickOn(button);
        waitUntil(() -> !text("#inviteesMessage").equals(before) || !text("#inviteesMessage").isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> !lookup("#taskProgress").query().isVisible());
    }

    private static int indexOf(TableView<Invitee> table, String name) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).contactName().equals(name)) {
                return i;
            }
        }
        throw new AssertionError(name + " is not in the table");
    }

    /** Chooses a row as a keyboard user does: into the table, Home, then Down to the row. */
    private void select(TableView<?> table, int index) {
        clickOn(table);
        type(KeyCode.HOME);
        for (int i = 0; i < index; i++) {
            type(KeyCode.DOWN);
        }
        waitUntil(() -> table.getSelectionModel().getSelectedIndex() == index
                && table.getSelectionModel().getSelectedIndices().size() == 1,
                () -> "selected " + table.getSelectionModel().getSelectedIndices());
    }

    private static List<String> agendaTitles(TableView<TimedSlot> table) {
        return table.getItems().stream().map(t -> t.slot().label()).toList();
    }

    private static List<String> starts(TableView<TimedSlot> table) {
        return table.getItems().stream().map(t -> PitchTexts.time(t.start())).toList();
    }

    private String rsvp(int nightId, String name) {
        return store(s -> s.fetchValue("SELECT i.rsvp FROM invitation i JOIN contact c ON c.id = i.contact_id"
                + " WHERE i.pitch_night_id = " + nightId + " AND c.full_name = ?", name).toString());
    }

    private String attendance(int nightId, String name) {
        return store(s -> String.valueOf(s.fetchValue("SELECT i.attendance FROM invitation i JOIN contact c"
                + " ON c.id = i.contact_id WHERE i.pitch_night_id = " + nightId + " AND c.full_name = ?", name)));
    }

    private Record row(String sql) {
        return store(s -> s.fetchOne(sql));
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> combo(String query) {
        return lookup(query).queryAs(ComboBox.class);
    }
}
