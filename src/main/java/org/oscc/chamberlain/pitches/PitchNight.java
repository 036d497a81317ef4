package org.oscc.chamberlain.pitches;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * One pitch night (a row of {@code pitch_night}). The start is a wall-clock time in {@code timeZone}, so that
 * "18:00 in Toronto" stays 18:00 whatever the computer's zone. {@code id} is null until the session is saved;
 * {@code capacity} null means unlimited. Timestamps are UTC.
 */
public record PitchNight(Integer id, String title, LocalDateTime startsAt, ZoneId timeZone, int durationMinutes,
        String venueName, String venueAddress, String onlineUrl, Integer capacity, SessionStatus status,
        String description, String organizerName, String organizerEmail, String icalUid, int icalSequence,
        String reminderMinutes, LocalDateTime createdAt, LocalDateTime updatedAt) {

    /** The start on the time line (a wall-clock time that falls in a DST gap moves forward, as java.time does). */
    public ZonedDateTime start() {
        return startsAt.atZone(timeZone);
    }

    /** The end: the start plus the length in real minutes (an evening across a DST change keeps its length). */
    public ZonedDateTime end() {
        return start().plusMinutes(durationMinutes);
    }

    public Instant startInstant() {
        return start().toInstant();
    }

    public Instant endInstant() {
        return end().toInstant();
    }

    /** The wall-clock end in the session's zone. */
    public LocalDateTime endsAt() {
        return end().toLocalDateTime();
    }

    public boolean hasVenue() {
        return venueName != null && !venueName.isBlank();
    }

    public boolean isOnline() {
        return onlineUrl != null && !onlineUrl.isBlank();
    }

    /** The same session with its length set from a wall-clock end; an end before the start gives a negative length. */
    public PitchNight withEnd(LocalDateTime wallClockEnd) {
        long minutes = Duration.between(start(), wallClockEnd.atZone(timeZone)).toMinutes();
        return withDuration((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, minutes)));
    }

    public PitchNight withId(Integer newId) {
        return new PitchNight(newId, title, startsAt, timeZone, durationMinutes, venueName, venueAddress, onlineUrl,
                capacity, status, description, organizerName, organizerEmail, icalUid, icalSequence, reminderMinutes,
                createdAt, updatedAt);
    }

    public PitchNight withTitle(String newTitle) {
        return new PitchNight(id, newTitle, startsAt, timeZone, durationMinutes, venueName, venueAddress, onlineUrl,
                capacity, status, description, organizerName, organizerEmail, icalUid, icalSequence, reminderMinutes,
                createdAt, updatedAt);
    }

    public PitchNight withStart(LocalDateTime newStart, ZoneId newZone) {
        return new PitchNight(id, title, newStart, newZone, durationMinutes, venueName, venueAddress, onlineUrl,
                capacity, status, description, organizerName, organizerEmail, icalUid, icalSequence, reminderMinutes,
                createdAt, updatedAt);
    }

    public PitchNight withDuration(int minutes) {
        return new PitchNight(id, title, startsAt, timeZone, minutes, venueName, venueAddress, onlineUrl,
                capacity, status, description, organizerName, organizerEmail, icalUid, icalSequence, reminderMinutes,
                createdAt, updatedAt);
    }

    public PitchNight withPlace(String newVenueName, String newVenueAddress, String newOnlineUrl) {
        return new PitchNight(id, title, startsAt, timeZone, durationMinutes, newVenueName, newVenueAddress,
                newOnlineUrl, capacity, status, description, organizerName, organizerEmail, icalUid, icalSequence,
                reminderMinutes, createdAt, updatedAt);
    }

    public PitchNight withCapacity(Integer newCapacity) {
        return new PitchNight(id, title, startsAt, timeZone, durationMinutes, venueName, venueAddress, onlineUrl,
                newCapacity, status, description, organizerName, organizerEmail, icalUid, icalSequence,
                reminderMinutes, createdAt, updatedAt);
    }

    public PitchNight withStatus(SessionStatus newStatus) {
        return new PitchNight(id, title, startsAt, timeZone, durationMinutes, venueName, venueAddress, onlineUrl,
                capacity, newStatus, description, organizerName, organizerEmail, icalUid, icalSequence,
                reminderMinutes, createdAt, updatedAt);
    }

    public PitchNight withDescription(String newDescription) {
        return new PitchNight(id, title, startsAt, timeZone, durationMinutes, venueName, venueAddress, onlineUrl,
                capacity, status, newDescription, organizerName, organizerEmail, icalUid, icalSequence,
                reminderMinutes, createdAt, updatedAt);
    }

    public PitchNight withOrganizer(String name, String email) {
        return new PitchNight(id, title, startsAt, timeZone, durationMinutes, venueName, venueAddress, onlineUrl,
                capacity, status, description, name, email, icalUid, icalSequence, reminderMinutes, createdAt,
                updatedAt);
    }

    public PitchNight withCalendarIdentity(String uid, int sequence) {
        return new PitchNight(id, title, startsAt, timeZone, durationMinutes, venueName, venueAddress, onlineUrl,
                capacity, status, description, organizerName, organizerEmail, uid, sequence, reminderMinutes,
                createdAt, updatedAt);
    }

    public PitchNight withTimestamps(LocalDateTime created, LocalDateTime updated) {
        return new PitchNight(id, title, startsAt, timeZone, durationMinutes, venueName, venueAddress, onlineUrl,
                capacity, status, description, organizerName, organizerEmail, icalUid, icalSequence,
                reminderMinutes, created, updated);
    }
}
