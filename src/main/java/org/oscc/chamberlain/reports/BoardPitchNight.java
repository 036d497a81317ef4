package org.oscc.chamberlain.reports;

import java.time.LocalDateTime;

/** A pitch night of the period with its counts; {@code startsAt} is the wall-clock time where it takes place. */
public record BoardPitchNight(LocalDateTime startsAt, String title, String status, int pitches, int invited,
        int accepted, int attended, int pledgesFollowed) {
}
