package org.oscc.chamberlain.calendar;

import org.oscc.chamberlain.pitches.SessionStatus;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.oscc.chamberlain.text.Messages;

/**
 * Everything a calendar invite says about one pitch night. The calendar code works on this record alone; the
 * pitch-night store fills it. {@code start} is the wall-clock start in {@code zone}; reminders are minutes before
 * the start (default: a day and an hour before). {@code language} is the one its words are written in (the
 * chamber's document language): the SUMMARY of an untitled night, the DESCRIPTION's labels, the e-mail text.
 */
public record InviteEvent(String uid, int sequence, SessionStatus status, String title, String description,
        LocalDateTime start, ZoneId zone, int durationMinutes, String venueName, String venueAddress,
        String onlineUrl, String organizerName, String organizerEmail, List<Integer> reminderMinutes,
        List<AgendaLine> agenda, List<Attendee> attendees, Locale language) {

    public static final List<Integer> DEFAULT_REMINDERS = List.of(1440, 60);

    /** An event whose words are English. */
    public InviteEvent(String uid, int sequence, SessionStatus status, String title, String description,
            LocalDateTime start, ZoneId zone, int durationMinutes, String venueName, String venueAddress,
            String onlineUrl, String organizerName, String organizerEmail, List<Integer> reminderMinutes,
            List<AgendaLine> agenda, List<Attendee> attendees) {
        this(uid, sequence, status, title, description, start, zone, durationMinutes, venueName, venueAddress,
                onlineUrl, organizerName, organizerEmail, reminderMinutes, agenda, attendees, Messages.ENGLISH);
    }

    public InviteEvent {
        Objects.requireNonNull(uid, "uid");
        if (uid.isBlank()) {
            throw new IllegalArgumentException("an invite needs a UID");
        }
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(zone, "zone");
        if (sequence < 0) {
            throw new IllegalArgumentException("SEQUENCE is never negative: " + sequence);
        }
        if (durationMinutes <= 0) {
            throw new IllegalArgumentException("a session lasts at least one minute: " + durationMinutes);
        }
        status = status == null ? SessionStatus.SCHEDULED : status;
        title = clean(title);
        description = description == null ? "" : description.strip();
        venueName = clean(venueName);
        venueAddress = clean(venueAddress);
        onlineUrl = clean(onlineUrl);
        organizerName = clean(organizerName);
        organizerEmail = clean(organizerEmail);
        reminderMinutes = reminderMinutes == null ? DEFAULT_REMINDERS : List.copyOf(reminderMinutes);
        agenda = agenda == null ? List.of() : List.copyOf(agenda);
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
        language = language == null ? Messages.ENGLISH : language;
    }

    /** The start as an instant-bearing time; a wall time the clocks skip moves forward by the gap. */
    public ZonedDateTime startsAt() {
        return ZonedDateTime.of(start, zone);
    }

    /** The end: the start plus the real duration, so a night when the clocks change still lasts as long. */
    public ZonedDateTime endsAt() {
        return startsAt().plusMinutes(durationMinutes);
    }

    /** "Venue, address", or whichever of the two is known; empty when neither is. */
    public String location() {
        if (venueName.isEmpty()) {
            return venueAddress;
        }
        return venueAddress.isEmpty() ? venueName : venueName + ", " + venueAddress;
    }

    public InviteEvent withSequence(int newSequence) {
        return new InviteEvent(uid, newSequence, status, title, description, start, zone, durationMinutes, venueName,
                venueAddress, onlineUrl, organizerName, organizerEmail, reminderMinutes, agenda, attendees, language);
    }

    public InviteEvent withStatus(SessionStatus newStatus) {
        return new InviteEvent(uid, sequence, newStatus, title, description, start, zone, durationMinutes, venueName,
                venueAddress, onlineUrl, organizerName, organizerEmail, reminderMinutes, agenda, attendees, language);
    }

    /** The same event in another language. */
    public InviteEvent withLanguage(Locale newLanguage) {
        return new InviteEvent(uid, sequence, status, title, description, start, zone, durationMinutes, venueName,
                venueAddress, onlineUrl, organizerName, organizerEmail, reminderMinutes, agenda, attendees,
                newLanguage);
    }

    /** The title, or "Pitch night" ("Soirée de présentations") in the event's language when it has none. */
    public String titleOrDefault() {
        return title.isEmpty() ? Messages.in(language, "ics.untitled") : title;
    }

    /**
     * Reminder minutes from the settings' text form ("1440,60"); blank means no reminders. Values that are not
     * whole non-negative numbers are skipped (the settings screen refuses them already).
     */
    public static List<Integer> parseReminders(String text) {
        List<Integer> minutes = new ArrayList<>();
        if (text == null) {
            return DEFAULT_REMINDERS;
        }
        for (String part : text.split(",")) {
            String p = part.strip();
            if (p.matches("\\d{1,6}")) {
                minutes.add(Integer.parseInt(p));
            }
        }
        return List.copyOf(minutes);
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
