package org.oscc.chamberlain.calendar;

import org.oscc.chamberlain.pitches.SessionStatus;
import org.oscc.chamberlain.pitches.Rsvp;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oscc.chamberlain.pitches.AgendaReflow;
import org.oscc.chamberlain.pitches.AgendaSlot;
import org.oscc.chamberlain.pitches.Invitee;
import org.oscc.chamberlain.pitches.PitchNight;
import org.oscc.chamberlain.pitches.SlotKind;
import org.oscc.chamberlain.settings.ChamberSettings;

class InviteEventAssemblerTest {
    private static final ChamberSettings SETTINGS = ChamberSettings.DEFAULTS.withOrganizer("Ana", "ana@oscc.example");

    private static PitchNight night(String organizerEmail, String reminders) {
        return new PitchNight(7, "Spring pitch night", LocalDateTime.of(2027, 3, 13, 23, 30), Invites.TORONTO, 90,
                "Hall", "1 Main St", "https://meet.example.org/x", 40,
                org.oscc.chamberlain.pitches.SessionStatus.SCHEDULED, "About", null, organizerEmail, "u-7@chamberlain",
                3, reminders, null, null);
    }

    private static final List<AgendaSlot> AGENDA = List.of(
            new AgendaSlot(1, SlotKind.PITCH, 4, "Kestrel", 9, "Zoë", "Why Kestrel", 20, 600, "Java"),
            new AgendaSlot(2, SlotKind.BREAK, null, null, null, null, "Pizza", 15, null, null),
            new AgendaSlot(3, SlotKind.PITCH, null, null, 10, "Bob", null, 30, null, null));

    private static Invitee invitee(int contactId, String name, String email,
            org.oscc.chamberlain.pitches.Rsvp rsvp) {
        return new Invitee(contactId, 7, contactId, name, "Org", email, true, rsvp, null, null, null,
                "OPT-PARTICIPANT", null);
    }

    @Test
    void agendaLinesStartWhenThePlanSaysInTheSessionsZone() {
        PitchNight n = night("org@oscc.example", "30");
        InviteEvent e = InviteEventAssembler.assemble(n, AgendaReflow.plan(n, AGENDA), List.of(), SETTINGS);

        // 23:30 + 20 + 15 runs past midnight: the slots keep their wall-clock times
        assertThat(e.agenda()).containsExactly(
                AgendaLine.pitch(LocalTime.of(23, 30), "Kestrel", "Zoë", "Why Kestrel", 20),
                AgendaLine.pause(LocalTime.of(23, 50), "Pizza", 15),
                AgendaLine.pitch(LocalTime.of(0, 5), "", "Bob", "", 30));
        assertThat(e.uid()).isEqualTo("u-7@chamberlain");
        assertThat(e.sequence()).isEqualTo(3);
        assertThat(e.status()).isEqualTo(SessionStatus.SCHEDULED);
        assertThat(e.organizerEmail()).isEqualTo("org@oscc.example");
        assertThat(e.reminderMinutes()).containsExactly(30);
        assertThat(e.location()).isEqualTo("Hall, 1 Main St");
    }

    @Test
    void theSettingsFillInTheOrganizerAndRemindersTheSessionLacks() {
        PitchNight n = night(null, null);
        InviteEvent e = InviteEventAssembler.assemble(n, AgendaReflow.plan(n, List.of()), List.of(), SETTINGS);

        assertThat(e.organizerName()).isEqualTo("Ana");
        assertThat(e.organizerEmail()).isEqualTo("ana@oscc.example");
        assertThat(e.reminderMinutes()).containsExactly(1440, 60);
    }

    @Test
    void inviteesBecomeAttendeesWithTheirAnswerAndRole() {
        PitchNight n = night(null, "");
        InviteEvent e = InviteEventAssembler.assemble(n, AgendaReflow.plan(n, List.of()), List.of(
                invitee(1, "Zoë", "zoe@example.org", org.oscc.chamberlain.pitches.Rsvp.WAITLISTED),
                invitee(2, "No Mail", null, org.oscc.chamberlain.pitches.Rsvp.INVITED)), SETTINGS);

        assertThat(e.attendees()).containsExactly(new Attendee("Zoë", "zoe@example.org", Rsvp.WAITLISTED,
                "OPT-PARTICIPANT"), new Attendee("No Mail", "", Rsvp.INVITED, "OPT-PARTICIPANT"));
        assertThat(e.reminderMinutes()).isEmpty();
    }
}
