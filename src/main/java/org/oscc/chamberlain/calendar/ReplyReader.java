package org.oscc.chamberlain.calendar;

import org.oscc.chamberlain.text.Messages;
import org.oscc.chamberlain.pitches.Rsvp;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Method;

/**
 * Reads the RSVP replies (METHOD:REPLY) that invitees' calendars send back, as .ics files or as .eml messages
 * carrying one, into (UID, attendee e-mail, PARTSTAT). Replies for another session or from an address that was
 * not invited are reported, not returned for applying.
 */
public final class ReplyReader {
    private final Session session = Session.getInstance(new Properties());

    /** Reads a reply file for the session {@code event}: its UID and its invitees' addresses decide what applies. */
    public ReplyReadout read(Path file, InviteEvent event) throws IOException {
        Set<String> invited = event.attendees().stream().filter(Attendee::hasEmail)
                .map(a -> a.email().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return read(Files.readAllBytes(file), file.getFileName().toString(), event.uid(), invited);
    }

    /** Reads reply bytes (.ics or .eml, told apart by their content). {@code sourceName} names them in problems. */
    public ReplyReadout read(byte[] content, String sourceName, String expectedUid, Collection<String> invitedEmails) {
        Set<String> invited = invitedEmails.stream().map(e -> e.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        List<String> calendars = new ArrayList<>();
        if (looksLikeCalendar(content)) {
            calendars.add(new String(content, StandardCharsets.UTF_8));
        } else {
            try {
                collectCalendars(new MimeMessage(session, new ByteArrayInputStream(content)), calendars);
            } catch (MessagingException | IOException e) {
                problems.add(Messages.get("calendar.reply.unreadableMessage", sourceName, e.getMessage()));
            }
            if (calendars.isEmpty() && problems.isEmpty()) {
                String lower = sourceName.toLowerCase(Locale.ROOT);
                problems.add(Messages.get(lower.endsWith(".ics") ? "calendar.reply.notCalendar"
                        : lower.endsWith(".eml") || looksLikeMail(content) ? "calendar.reply.noReplyInMail"
                        : "calendar.reply.neither", sourceName));
            }
        }
        Set<RsvpReply> replies = new LinkedHashSet<>(); // an e-mail often carries the same reply twice
        for (String text : calendars) {
            readCalendar(text, sourceName, expectedUid, invited, replies, problems);
        }
        return new ReplyReadout(new ArrayList<>(replies), problems.stream().distinct().toList());
    }

    /**
     * The UIDs that the replies (METHOD:REPLY) in {@code content} (.ics or .eml) are for, in the order found; empty
     * when it holds no readable reply. Lets a caller that was not told the session find it by UID first.
     */
    public Set<String> replyUids(byte[] content) {
        List<String> calendars = new ArrayList<>();
        if (looksLikeCalendar(content)) {
            calendars.add(new String(content, StandardCharsets.UTF_8));
        } else {
            try {
                collectCalendars(new MimeMessage(session, new ByteArrayInputStream(content)), calendars);
            } catch (MessagingException | IOException e) {
                return Set.of();
            }
        }
        Set<String> uids = new LinkedHashSet<>();
        for (String text : calendars) {
            try {
                Calendar calendar = new CalendarBuilder().build(new StringReader(text.startsWith("\uFEFF")
                        ? text.substring(1) : text));
                String method = calendar.getProperty(Property.METHOD).map(Property::getValue).orElse("");
                if (Method.VALUE_REPLY.equalsIgnoreCase(method)) {
                    for (VEvent event : calendar.<VEvent>getComponents(net.fortuna.ical4j.model.Component.VEVENT)) {
                        event.getProperty(Property.UID).map(Property::getValue).ifPresent(uids::add);
                    }
                }
            } catch (ParserException | IOException e) {
                // unreadable: read() reports it in words
            }
        }
        return uids;
    }

    private static void readCalendar(String text, String source, String expectedUid, Set<String> invited,
            Set<RsvpReply> replies, List<String> problems) {
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(text.startsWith("\uFEFF") ? text.substring(1)
                    : text));
        } catch (ParserException | IOException e) {
            problems.add(Messages.get("calendar.reply.unreadableCalendar", source, e.getMessage()));
            return;
        }
        String method = calendar.getProperty(Property.METHOD).map(Property::getValue).orElse("(none)");
        if (!Method.VALUE_REPLY.equalsIgnoreCase(method)) {
            problems.add(Messages.get("calendar.reply.notReply", source, kindOf(method)));
            return;
        }
        for (VEvent event : calendar.<VEvent>getComponents(net.fortuna.ical4j.model.Component.VEVENT)) {
            String uid = event.getProperty(Property.UID).map(Property::getValue).orElse("");
            int sequence = event.getProperty(Property.SEQUENCE).map(Property::getValue).map(String::strip)
                    .filter(v -> v.matches("\\d{1,9}")).map(Integer::parseInt).orElse(0);
            List<Property> attendees = event.getProperties(Property.ATTENDEE);
            if (attendees.isEmpty()) {
                problems.add(Messages.get("calendar.reply.nobody", source));
            }
            for (Property attendee : attendees) {
                String email = emailOf(attendee.getValue());
                String partstat = attendee.getParameter(Parameter.PARTSTAT).map(Parameter::getValue)
                        .orElse("NEEDS-ACTION").toUpperCase(Locale.ROOT);
                if (!uid.equals(expectedUid)) {
                    problems.add(Messages.get("calendar.reply.otherSession", source, email, uid));
                } else if (!invited.contains(email.toLowerCase(Locale.ROOT))) {
                    problems.add(Messages.get("calendar.reply.notInvited", source, email, partstat));
                } else if (ICalendarTerms.rsvpOf(partstat).isEmpty()) {
                    problems.add(Messages.get("calendar.reply.unknownAnswer", source, email, partstat));
                } else {
                    replies.add(new RsvpReply(uid, email, partstat, sequence));
                }
            }
        }
    }

    private static String emailOf(String calAddress) {
        String value = calAddress.strip();
        return value.regionMatches(true, 0, "mailto:", 0, 7) ? value.substring(7).strip() : value;
    }

    /** An e-mail begins with header lines ("From: ...", "Received: ..."). */
    private static boolean looksLikeMail(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 200), StandardCharsets.UTF_8)
                .replace("\uFEFF", "").stripLeading();
        return head.matches("(?s)[A-Za-z][A-Za-z0-9-]*:[^\\r\\n]*(\\r?\\n).*");
    }

    private static boolean looksLikeCalendar(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 64), StandardCharsets.UTF_8)
                .replace("\uFEFF", "").stripLeading();
        return head.regionMatches(true, 0, "BEGIN:VCALENDAR", 0, 15);
    }

    /** Every text/calendar or .ics part of a message, however deeply nested, decoded to text. */
    private static void collectCalendars(Part part, List<String> found) throws MessagingException, IOException {
        ContentType type = new ContentType(part.getContentType());
        if (type.match("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collectCalendars(child, found);
            }
            return;
        }
        String fileName = Optional.ofNullable(part.getFileName()).orElse("").toLowerCase(Locale.ROOT);
        if (type.match("text/calendar") || type.match("application/ics") || fileName.endsWith(".ics")) {
            Charset charset = charsetOf(type);
            try (InputStream in = part.getInputStream()) {
                found.add(new String(in.readAllBytes(), charset));
            }
        }
    }

    private static Charset charsetOf(ContentType type) {
        String name = type.getParameter("charset");
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** What a calendar file that is not a reply is, in plain words. */
    private static String kindOf(String method) {
        return Messages.get(switch (method.toUpperCase(Locale.ROOT)) {
            case "REQUEST" -> "calendar.reply.kind.request";
            case "CANCEL" -> "calendar.reply.kind.cancel";
            case "PUBLISH" -> "calendar.reply.kind.publish";
            default -> "calendar.reply.kind.other";
        });
    }
}
