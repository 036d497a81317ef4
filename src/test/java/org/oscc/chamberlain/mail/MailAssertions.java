package org.oscc.chamberlain.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/** Checks on the e-mails the server received: line ends, headers, and the invite each carries. */
final class MailAssertions {
    private MailAssertions() {
    }

    /** The one recipient of a message. */
    static String to(MimeMessage m) throws Exception {
        assertThat(m.getRecipients(Message.RecipientType.TO)).hasSize(1);
        return ((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress();
    }

    /** Every line of the message as the server holds it ends in CRLF. */
    static void crlfOnly(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) == '\n') {
                assertThat(i > 0 && raw.charAt(i - 1) == '\r').as("bare LF at %d", i).isTrue();
            } else if (raw.charAt(i) == '\r') {
                assertThat(i + 1 < raw.length() && raw.charAt(i + 1) == '\n').as("bare CR at %d", i).isTrue();
            }
        }
    }

    /** "REQUEST:0" for the invite the message carries, after checking it as {@link #carriesInvite} does. */
    static String version(MimeMessage m) throws Exception {
        List<String> calendars = new ArrayList<>();
        collect(m, calendars);
        Calendar cal = new CalendarBuilder().build(new StringReader(calendars.get(0)));
        VEvent event = cal.<VEvent>getComponents(Component.VEVENT).get(0);
        String v = cal.getProperty(Property.METHOD).orElseThrow().getValue() + ":"
                + event.getProperty(Property.SEQUENCE).orElseThrow().getValue();
        carriesInvite(m, v.substring(0, v.indexOf(':')), Integer.parseInt(v.substring(v.indexOf(':') + 1)));
        return v;
    }

    /** The invite in the message's text/calendar part, checked for METHOD, SEQUENCE and that it names its recipient. */
    static void carriesInvite(MimeMessage m, String method, int sequence) throws Exception {
        String raw = MailTestServer.raw(m);
        crlfOnly(raw);
        assertThat(m.getHeader("X-Unsent")).as("a sent message is no draft").isNull();
        List<String> calendars = new ArrayList<>();
        collect(m, calendars);
        assertThat(calendars).isNotEmpty();
        Calendar cal = new CalendarBuilder().build(new StringReader(calendars.get(0)));
        assertThat(cal.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo(method);
        VEvent event = cal.<VEvent>getComponents(Component.VEVENT).get(0);
        assertThat(event.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo(Integer.toString(sequence));
        List<String> attendees = event.getProperties(Property.ATTENDEE).stream().map(Property::getValue).toList();
        assertThat(attendees).contains("mailto:" + to(m));
    }

    private static void collect(jakarta.mail.Part part, List<String> found) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) part.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart child = mp.getBodyPart(i);
                collect(child, found);
            }
        } else if (part.isMimeType("text/calendar")) {
            found.add(new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
