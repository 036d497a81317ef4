package org.oscc.chamberlain.calendar;

import java.time.ZonedDateTime;
import java.util.Locale;
import org.oscc.chamberlain.text.DateTimeText;
import org.oscc.chamberlain.text.Messages;

/**
 * The words of an invite: when, where, the online link and the agenda, as plain text (DESCRIPTION, mail text
 * part, mailto body) and as HTML (mail HTML part). One place, so the calendar entry and the e-mail never disagree.
 * They are in the event's language (the chamber's document language), never the screens'.
 */
public final class AgendaText {

    private AgendaText() {
    }

    /** "Thu 2026-12-03 18:00" (DateTimeText). */
    static String dayTime(java.time.temporal.TemporalAccessor t) {
        return DateTimeText.dayAndDateTime(t);
    }

    /** "Thu 2026-12-03 18:00" in {@code language} ("jeu. 2026-12-03 18:00"). */
    static String dayTime(java.time.temporal.TemporalAccessor t, Locale language) {
        return DateTimeText.dayAndDateTime(t, language);
    }

    /** "18:00". */
    static String time(java.time.temporal.TemporalAccessor t) {
        return DateTimeText.time(t);
    }

    /** "Thu 2026-12-03 18:00-20:30 (America/Toronto)"; the end carries its date when the session ends another day. */
    public static String when(InviteEvent e) {
        ZonedDateTime start = e.startsAt();
        ZonedDateTime end = e.endsAt();
        Locale l = e.language();
        String endText = end.toLocalDate().equals(start.toLocalDate()) ? time(end) : dayTime(end, l);
        return dayTime(start, l) + "-" + endText + " (" + DateTimeText.zone(e.zone()) + ")";
    }

    /** One agenda slot: "18:10-18:20  Apache Foo - Zoë O'Brien: Why we need testers" or "18:20-18:35  Break". */
    public static String line(AgendaLine a) {
        return line(a, Messages.locale());
    }

    /** One agenda slot in {@code language} (the invite's; the one-argument form speaks the screens' language). */
    public static String line(AgendaLine a, Locale language) {
        StringBuilder s = new StringBuilder(time(a.start())).append('-').append(time(a.end())).append("  ");
        if (a.kind() == AgendaLine.Kind.BREAK) {
            s.append(a.title().isEmpty() ? Messages.in(language, "ics.break")
                    : Messages.in(language, "ics.breakNamed", a.title()));
            return s.toString();
        }
        s.append(a.projectName().isEmpty() ? Messages.in(language, "ics.pitch") : a.projectName());
        if (!a.presenterName().isEmpty()) {
            s.append(" - ").append(a.presenterName());
        }
        if (!a.title().isEmpty()) {
            s.append(": ").append(a.title());
        }
        return s.toString();
    }

    /** The plain-text body: description, when, where, online link, agenda. Lines end with \n. */
    public static String plain(InviteEvent e) {
        Locale l = e.language();
        StringBuilder s = new StringBuilder();
        if (!e.description().isEmpty()) {
            s.append(e.description()).append("\n\n");
        }
        s.append(label(l, "ics.when")).append(' ').append(when(e)).append('\n');
        if (!e.location().isEmpty()) {
            s.append(label(l, "ics.where")).append(' ').append(e.location()).append('\n');
        }
        if (!e.onlineUrl().isEmpty()) {
            s.append(label(l, "ics.online")).append(' ').append(e.onlineUrl()).append('\n');
        }
        if (!e.agenda().isEmpty()) {
            s.append('\n').append(Messages.in(l, "ics.agenda")).append('\n');
            for (AgendaLine a : e.agenda()) {
                s.append(line(a, l)).append('\n');
            }
        }
        return s.toString();
    }

    /** The same content as {@link #plain} as a small HTML document. */
    public static String html(InviteEvent e) {
        return html(e, "");
    }

    /** As {@link #html(InviteEvent)}, with a notice in bold above the details (e.g. that the session is cancelled). */
    public static String html(InviteEvent e, String notice) {
        Locale l = e.language();
        StringBuilder s = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(escape(e.title())).append("</title></head>\n<body>\n<h2>").append(escape(e.title()))
                .append("</h2>\n");
        if (!notice.isEmpty()) {
            s.append("<p><b>").append(escape(notice)).append("</b></p>\n");
        }
        if (!e.description().isEmpty()) {
            s.append("<p>").append(escape(e.description()).replace("\n", "<br>\n")).append("</p>\n");
        }
        s.append("<p><b>").append(escape(label(l, "ics.when"))).append("</b> ").append(escape(when(e)))
                .append("<br>\n");
        if (!e.location().isEmpty()) {
            s.append("<b>").append(escape(label(l, "ics.where"))).append("</b> ").append(escape(e.location()))
                    .append("<br>\n");
        }
        if (!e.onlineUrl().isEmpty()) {
            s.append("<b>").append(escape(label(l, "ics.online"))).append("</b> <a href=\"")
                    .append(escape(e.onlineUrl())).append("\">")
                    .append(escape(e.onlineUrl())).append("</a><br>\n");
        }
        s.append("</p>\n");
        if (!e.agenda().isEmpty()) {
            s.append("<h3>").append(escape(Messages.in(l, "ics.agenda"))).append("</h3>\n<table>\n");
            for (AgendaLine a : e.agenda()) {
                String what = line(a, l).substring(13); // after "HH:mm-HH:mm  "
                s.append("<tr><td>").append(time(a.start())).append('-').append(time(a.end()))
                        .append("</td><td>").append(escape(what)).append("</td></tr>\n");
            }
            s.append("</table>\n");
        }
        return s.append("</body></html>\n").toString();
    }

    /** "When:", "Quand\u00a0:": a label with the colon its language writes. */
    private static String label(Locale language, String key) {
        return Messages.in(language, key);
    }

    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
