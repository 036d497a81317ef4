package org.oscc.chamberlain.calendar;

import org.oscc.chamberlain.pitches.SessionStatus;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * What an issued invite said about time, length, place, status, title and agenda, in a canonical text form that
 * is stored with each issue (invite_issue.snapshot) and compared with the next one. Invitees are not part of it:
 * adding someone does not change the invite the others hold.
 */
public record InviteSnapshot(LocalDateTime start, ZoneId zone, int durationMinutes, String venueName,
        String venueAddress, String onlineUrl, SessionStatus status, String title, List<AgendaLine> agenda) {

    public InviteSnapshot {
        venueName = venueName == null ? "" : venueName;
        venueAddress = venueAddress == null ? "" : venueAddress;
        onlineUrl = onlineUrl == null ? "" : onlineUrl;
        title = title == null ? "" : title;
        agenda = agenda == null ? List.of() : List.copyOf(agenda);
    }

    public static InviteSnapshot of(InviteEvent e) {
        return new InviteSnapshot(e.start(), e.zone(), e.durationMinutes(), e.venueName(), e.venueAddress(),
                e.onlineUrl(), e.status(), e.title(), e.agenda());
    }

    /** One "key: value" line per fact, agenda slots as "agenda: HH:mm|KIND|minutes|project|presenter|title". */
    public String text() {
        StringBuilder s = new StringBuilder();
        s.append("start: ").append(start).append(' ').append(zone.getId()).append('\n');
        s.append("minutes: ").append(durationMinutes).append('\n');
        s.append("venue: ").append(escape(venueName)).append('\n');
        s.append("address: ").append(escape(venueAddress)).append('\n');
        s.append("online: ").append(escape(onlineUrl)).append('\n');
        s.append("status: ").append(status.name()).append('\n');
        s.append("title: ").append(escape(title)).append('\n');
        for (AgendaLine a : agenda) {
            s.append("agenda: ").append(a.start()).append('|').append(a.kind().name()).append('|').append(a.minutes())
                    .append('|').append(escape(a.projectName())).append('|').append(escape(a.presenterName()))
                    .append('|').append(escape(a.title())).append('\n');
        }
        return s.toString();
    }

    /** Reads back what {@link #text()} wrote; throws IllegalArgumentException on text that it did not write. */
    public static InviteSnapshot parse(String text) {
        LocalDateTime start = null;
        ZoneId zone = null;
        int minutes = 0;
        String venue = "";
        String address = "";
        String online = "";
        SessionStatus status = SessionStatus.SCHEDULED;
        String title = "";
        List<AgendaLine> agenda = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(": ");
            if (colon < 0) {
                throw new IllegalArgumentException("not a snapshot line: " + line);
            }
            String key = line.substring(0, colon);
            String value = line.substring(colon + 2);
            switch (key) {
                case "start" -> {
                    int space = value.indexOf(' ');
                    start = LocalDateTime.parse(value.substring(0, space));
                    zone = ZoneId.of(value.substring(space + 1));
                }
                case "minutes" -> minutes = Integer.parseInt(value);
                case "venue" -> venue = unescape(value);
                case "address" -> address = unescape(value);
                case "online" -> online = unescape(value);
                case "status" -> status = SessionStatus.valueOf(value);
                case "title" -> title = unescape(value);
                case "agenda" -> {
                    List<String> f = splitFields(value);
                    agenda.add(new AgendaLine(LocalTime.parse(f.get(0)), AgendaLine.Kind.valueOf(f.get(1)),
                            unescape(f.get(5)), unescape(f.get(3)), unescape(f.get(4)), Integer.parseInt(f.get(2))));
                }
                default -> throw new IllegalArgumentException("unknown snapshot key: " + key);
            }
        }
        if (start == null) {
            throw new IllegalArgumentException("a snapshot names its start");
        }
        return new InviteSnapshot(start, zone, minutes, venue, address, online, status, title, agenda);
    }

    /** Splits at the '|' that are not escaped; the parts keep their escapes. */
    private static List<String> splitFields(String value) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '|') {
                parts.add(value.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(value.substring(from));
        if (parts.size() != 6) {
            throw new IllegalArgumentException("an agenda line has six fields: " + value);
        }
        return parts;
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("|", "\\|");
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char next = s.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
