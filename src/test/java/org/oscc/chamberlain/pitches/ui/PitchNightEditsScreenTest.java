package org.oscc.chamberlain.pitches.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oscc.chamberlain.pitches.Invitee;
import org.oscc.chamberlain.pitches.SessionRow;
import org.oscc.chamberlain.pitches.SessionStatus;
import org.oscc.chamberlain.pitches.TimedSlot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The pitch nights screen's second-night gestures in the real app on the sample chamber: "Duplicate as next" on a
 * night that was held, and the Save / Discard / Cancel prompt before unsaved edits would be lost.
 */
class PitchNightEditsScreenTest extends SampleChamberScreen {
    private ListView<SessionRow> sessions;

    @BeforeEach
    void openThePitchNights() {
        clickOn("#nav-pitch-nights");
        sessions = lookup("#sessionList").queryListView();
        waitUntil(() -> sessions.getItems().size() == 4 && selectedId() == sessions.getItems().get(0).id());
    }

    @Test
    void duplicatingAHeldNightMakesADraftOnTheNextSameWeekdayWithItsAgendaButNoInvitees() {
        SessionRow held = sessions.getItems().stream().filter(r -> r.status() == SessionStatus.HELD).findFirst()
                .orElseThrow();
        int heldSlots = count("SELECT count(*) FROM agenda_slot WHERE pitch_night_id = " + held.id());
        assertThat(heldSlots).isPositive();
        assertThat(count("SELECT count(*) FROM invitation WHERE pitch_night_id = " + held.id())).isPositive();
        clickOn("#session-" + held.id());
        waitUntil(() -> text("#detailTitle").equals(held.title()) && text("#detailWhen").contains("Held"));
        clickOn("#tab-agenda");
        TableView<TimedSlot> agenda = lookup("#agendaTable").queryTableView();
        waitUntil(() -> agenda.getItems().size() == heldSlots);
        List<String> heldAgenda = slots(agenda);

        clickOn("#duplicatePitchNight");
        waitUntil(() -> sessions.getItems().size() == 5);
        int copyId = count("SELECT max(id) FROM pitch_night");
        waitUntil(() -> selectedId() == copyId, () -> "selected " + selectedId());
        waitUntil(() -> text("#sessionMessage").startsWith("Copied from"));
        assertThat(text("#detailTitle")).isEqualTo(held.title());
        assertThat(text("#detailWhen")).contains("Draft");

        // the next same weekday and time that is still ahead: within the coming week
        SessionRow copy = sessions.getSelectionModel().getSelectedItem();
        ZonedDateTime now = ZonedDateTime.now(copy.start().getZone());
        assertThat(copy.start().getDayOfWeek()).isEqualTo(held.start().getDayOfWeek());
        assertThat(copy.start().toLocalTime()).isEqualTo(held.start().toLocalTime());
        assertThat(copy.start()).isAfter(now).isBefore(now.plusWeeks(1));
        assertThat(lookup("#sessionDate").queryAs(DatePicker.class).getValue())
                .isEqualTo(copy.start().toLocalDate());
        assertThat(copy.invited()).isZero();

        clickOn("#tab-agenda");
        waitUntil(() -> slots(agenda).equals(heldAgenda), () -> slots(agenda) + " instead of " + heldAgenda);
        assertThat(count("SELECT count(*) FROM agenda_slot WHERE pitch_night_id = " + copyId)).isEqualTo(heldSlots);
        assertThat(agenda.getItems().get(0).start().toLocalTime()).isEqualTo(held.start().toLocalTime());

        clickOn("#tab-invitees");
        TableView<Invitee> invitees = lookup("#inviteesTable").queryTableView();
        waitUntil(() -> text("#rsvpCounts").startsWith("Invited 0"), () -> text("#rsvpCounts"));
        assertThat(invitees.getItems()).isEmpty();
        assertThat(count("SELECT count(*) FROM invitation WHERE pitch_night_id = " + copyId)).isZero();
        assertThat(count("SELECT count(*) FROM invitation WHERE pitch_night_id = " + held.id())).isPositive();
    }

    @Test
    void anEditedTitleIsKeptOnCancelDroppedOnDiscardAndStoredOnSave() {
        SessionRow first = sessions.getItems().get(0);
        SessionRow other = sessions.getItems().get(1);
        waitUntil(() -> field("#sessionTitle").getText().equals(first.title()));

        replace("#sessionTitle", "Renamed night");
        clickOn("#session-" + other.id());
        clickOn(waitForButton("#unsavedCancel"));
        waitUntil(() -> selectedId() == first.id(), () -> "selected " + selectedId());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field("#sessionTitle").getText()).isEqualTo("Renamed night");
        assertThat(text("#detailTitle")).isEqualTo(first.title());
        assertThat(storedTitle(first.id())).isEqualTo(first.title());
        clickOn("#nav-pitch-nights"); // the section again: a refresh, which leaves the edit alone
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> !lookup("#taskProgress").query().isVisible());
        assertThat(field("#sessionTitle").getText()).isEqualTo("Renamed night");

        clickOn("#session-" + other.id());
        clickOn(waitForButton("#unsavedDiscard"));
        waitUntil(() -> text("#detailTitle").equals(other.title()) && selectedId() == other.id());
        clickOn("#session-" + first.id()); // nothing is unsaved now: no question
        waitUntil(() -> text("#detailTitle").equals(first.title()));
        assertThat(lookup("#unsavedCancel").tryQuery()).isEmpty();
        assertThat(field("#sessionTitle").getText()).isEqualTo(first.title());
        assertThat(storedTitle(first.id())).isEqualTo(first.title());

        replace("#sessionTitle", "Renamed night");
        clickOn("#session-" + other.id());
        clickOn(waitForButton("#unsavedSave"));
        waitUntil(() -> text("#detailTitle").equals(other.title()) && selectedId() == other.id());
        assertThat(storedTitle(first.id())).isEqualTo("Renamed night");
        waitUntil(() -> sessions.getItems().stream().anyMatch(r -> r.id() == first.id()
                && r.title().equals("Renamed night")));
    }

    @Test
    void leavingTheSectionWithAnUnsavedAgendaAsksFirst() {
        SessionRow first = sessions.getItems().get(0);
        int storedSlots = count("SELECT count(*) FROM agenda_slot WHERE pitch_night_id = " + first.id());
        clickOn("#tab-agenda");
        TableView<TimedSlot> agenda = lookup("#agendaTable").queryTableView();
        waitUntil(() -> agenda.getItems().size() == storedSlots);
        clickOn("#addBreak");
        waitUntil(() -> agenda.getItems().size() == storedSlots + 1);

        clickOn("#nav-members");
        clickOn(waitForButton("#unsavedCancel"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#view-pitch-nights").tryQuery()).isPresent();
        assertThat(lookup("#nav-pitch-nights").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(lookup("#nav-members").queryAs(ToggleButton.class).isSelected()).isFalse();
        assertThat(agenda.getItems()).hasSize(storedSlots + 1);
        assertThat(text("#agendaMessage")).isEqualTo("Unsaved changes to the agenda.");

        clickOn("#nav-members");
        clickOn(waitForButton("#unsavedSave"));
        waitUntil(() -> lookup("#view-members").tryQuery().isPresent());
        assertThat(count("SELECT count(*) FROM agenda_slot WHERE pitch_night_id = " + first.id()))
                .isEqualTo(storedSlots + 1);

        // back again: the saved agenda, and nothing left to ask about
        clickOn("#nav-pitch-nights");
        waitUntil(() -> agenda.getItems().size() == storedSlots + 1 && selectedId() == first.id());
        clickOn("#nav-members");
        waitUntil(() -> lookup("#view-members").tryQuery().isPresent());
        assertThat(lookup("#unsavedCancel").tryQuery()).isEmpty();
    }

    @Test
    void theMonthViewShowsNightsOnTheirDaysAndChoosesOneByClick() {
        SessionRow first = sessions.getItems().get(0);
        SessionRow later = sessions.getItems().stream().filter(r -> r.start().isAfter(first.start())
                && !r.start().getMonth().equals(first.start().getMonth())).findFirst().orElseThrow();
        clickOn("#monthMode");
        waitUntil(() -> lookup("#monthGrid").query().isVisible());
        assertThat(lookup("#sessionList").query().isVisible()).isFalse();
        assertThat(text("#monthLabel")).contains(String.valueOf(first.start().getYear()));
        Node firstDay = lookup("#month-session-" + first.id()).query();
        assertThat(((javafx.scene.control.Labeled) firstDay).getText())
                .isEqualTo(String.valueOf(first.start().getDayOfMonth()));
        assertThat(firstDay.getStyleClass()).contains("month-chosen");

        for (int i = 0; i < 24 && lookup("#month-session-" + later.id()).tryQuery().isEmpty(); i++) {
            clickOn("#monthNext");
        }
        clickOn("#month-session-" + later.id());
        waitUntil(() -> text("#detailTitle").equals(later.title()) && selectedId() == later.id());
        assertThat(lookup("#month-session-" + later.id()).query().getStyleClass()).contains("month-chosen");

        clickOn("#listMode");
        waitUntil(() -> lookup("#sessionList").query().isVisible() && !lookup("#monthGrid").query().isVisible());
    }

    private static List<String> slots(TableView<TimedSlot> agenda) {
        return agenda.getItems().stream().map(t -> t.slot().label() + " / " + t.slot().minutes() + " min").toList();
    }

    private Node waitForButton(String query) {
        waitUntil(() -> lookup(query).tryQuery().isPresent());
        return lookup(query).query();
    }

    private int selectedId() {
        SessionRow row = sessions.getSelectionModel().getSelectedItem();
        return row == null ? -1 : row.id();
    }

    private String storedTitle(int id) {
        return store(s -> s.fetchValue("SELECT title FROM pitch_night WHERE id = " + id).toString());
    }

    private TextField field(String query) {
        return lookup(query).queryAs(TextField.class);
    }
}
