package org.oscc.chamberlain.calendar;

import java.util.List;
import org.oscc.chamberlain.pitches.AgendaPlan;
import org.oscc.chamberlain.pitches.AgendaSlot;
import org.oscc.chamberlain.pitches.Invitee;
import org.oscc.chamberlain.pitches.PitchNight;
import org.oscc.chamberlain.pitches.SlotKind;
import org.oscc.chamberlain.pitches.TimedSlot;
import org.oscc.chamberlain.settings.ChamberSettings;

/**
 * Turns a stored pitch night (the session, its agenda laid out in time, its invitees) into the {@link InviteEvent}
 * the calendar writers take. Pure. The session's own organizer and reminders win; the chamber's settings fill in
 * what the session leaves blank, so a session made before the organizer e-mail was set still gets one.
 */
public final class InviteEventAssembler {
    private InviteEventAssembler() {
    }

    /** The event as stored: SEQUENCE is the session's stored one (the caller sets the one it issues). */
    public static InviteEvent assemble(PitchNight night, AgendaPlan plan, List<Invitee> invitees,
            ChamberSettings settings) {
        String organizerName = blank(night.organizerName()) ? settings.organizerName() : night.organizerName();
        String organizerEmail = blank(night.organizerEmail()) ? settings.organizerEmail() : night.organizerEmail();
        String reminders = night.reminderMinutes() == null ? settings.reminderMinutes() : night.reminderMinutes();
        List<AgendaLine> agenda = plan.slots().stream().map(t -> line(night, t)).toList();
        List<Attendee> attendees = invitees.stream().map(InviteEventAssembler::attendee).toList();
        return new InviteEvent(night.icalUid(), night.icalSequence(), night.status(), night.title(),
                night.description(), night.startsAt(), night.timeZone(), night.durationMinutes(), night.venueName(),
                night.venueAddress(), night.onlineUrl(), organizerName, organizerEmail,
                InviteEvent.parseReminders(reminders), agenda, attendees, settings.documentLanguage());
    }

    /** The same event naming only {@code attendees} (e.g. the invitees who may be e-mailed). */
    public static InviteEvent withAttendees(InviteEvent e, List<Attendee> attendees) {
        return new InviteEvent(e.uid(), e.sequence(), e.status(), e.title(), e.description(), e.start(), e.zone(),
                e.durationMinutes(), e.venueName(), e.venueAddress(), e.onlineUrl(), e.organizerName(),
                e.organizerEmail(), e.reminderMinutes(), e.agenda(), attendees, e.language());
    }

    public static Attendee attendee(Invitee invitee) {
        return new Attendee(invitee.contactName(), invitee.email(), invitee.rsvp(), invitee.role());
    }



    /** A slot's wall-clock start in the session's zone (the reflow counts real minutes across a clock change). */
    private static AgendaLine line(PitchNight night, TimedSlot timed) {
        AgendaSlot slot = timed.slot();
        java.time.LocalTime start = timed.start().withZoneSameInstant(night.timeZone()).toLocalTime();
        if (slot.kind() == SlotKind.BREAK) {
            return AgendaLine.pause(start, slot.title(), slot.minutes());
        }
        return AgendaLine.pitch(start, slot.projectName(), slot.presenterName(), slot.title(), slot.minutes());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
