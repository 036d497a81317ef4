package org.oscc.chamberlain.calendar;

import java.time.LocalTime;

/** One slot of a session's agenda as the invite prints it: a pitch (project, presenter) or a break. */
public record AgendaLine(LocalTime start, Kind kind, String title, String projectName, String presenterName,
        int minutes) {

    public enum Kind { PITCH, BREAK }

    public AgendaLine {
        if (start == null || kind == null) {
            throw new IllegalArgumentException("an agenda line needs a start time and a kind");
        }
        if (minutes <= 0) {
            throw new IllegalArgumentException("an agenda line lasts at least one minute: " + minutes);
        }
        title = title == null ? "" : title.strip();
        projectName = projectName == null ? "" : projectName.strip();
        presenterName = presenterName == null ? "" : presenterName.strip();
    }

    public static AgendaLine pitch(LocalTime start, String project, String presenter, String title, int minutes) {
        return new AgendaLine(start, Kind.PITCH, title, project, presenter, minutes);
    }

    public static AgendaLine pause(LocalTime start, String title, int minutes) {
        return new AgendaLine(start, Kind.BREAK, title, "", "", minutes);
    }

    public LocalTime end() {
        return start.plusMinutes(minutes);
    }
}
