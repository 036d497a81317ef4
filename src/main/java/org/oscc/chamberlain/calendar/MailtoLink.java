package org.oscc.chamberlain.calendar;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.oscc.chamberlain.text.Messages;

/**
 * mailto: links (RFC 6068) that open the organizer's mail program on a message to one invitee: the fallback when
 * .eml files are not wanted. A mailto link cannot attach the .ics, so the body carries the agenda as text.
 */
public final class MailtoLink {
    /** Mail programs on Windows refuse longer links; the body is cut to keep the whole link below it. */
    static final int MAX_LENGTH = 2000;

    private MailtoLink() {
    }

    /** The link for one invitee of a session: subject and plain-text invitation. */
    public static String forInvitee(InviteEvent event, Attendee invitee) {
        java.util.Locale l = event.language();
        String greeting = invitee.name().isEmpty() ? Messages.in(l, "inviteMail.hello")
                : Messages.in(l, "inviteMail.helloNamed", invitee.name());
        String body = greeting + "\n\n" + Messages.in(l, "inviteMail.invited", InviteWording.titleOf(event))
                + "\n\n" + AgendaText.plain(event) + "\n" + Messages.in(l, "inviteMail.reply") + "\n";
        return of(List.of(invitee.email()), InviteWording.subject(event, false), body);
    }

    /** A mailto: link; line breaks in the body become CRLF, and everything is percent-encoded UTF-8. */
    public static String of(List<String> to, String subject, String body) {
        StringBuilder s = new StringBuilder("mailto:");
        for (int i = 0; i < to.size(); i++) {
            if (i > 0) {
                s.append(',');
            }
            s.append(encode(to.get(i).strip(), true));
        }
        s.append("?subject=").append(encode(subject, false));
        String encodedBody = encode(body.replace("\r\n", "\n").replace("\n", "\r\n"), false);
        int room = MAX_LENGTH - s.length() - "&body=".length();
        if (encodedBody.length() > room) {
            encodedBody = cut(encodedBody, room - "%E2%80%A6".length()) + "%E2%80%A6";
        }
        return s.append("&body=").append(encodedBody).toString();
    }

    /** Percent-encodes all but unreserved characters (and '@' in an address). */
    static String encode(String text, boolean address) {
        StringBuilder s = new StringBuilder(text.length() * 2);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                    || c == '_' || c == '~' || address && c == '@') {
                s.append((char) c);
            } else {
                s.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return s.toString();
    }

    /** Cuts encoded text to at most {@code max} characters, never inside an escape or a UTF-8 character. */
    private static String cut(String encoded, int max) {
        int characterStart = 0;
        int i = 0;
        while (i < encoded.length()) {
            boolean escape = encoded.charAt(i) == '%';
            boolean continuation = escape && (Integer.parseInt(encoded.substring(i + 1, i + 3), 16) & 0xC0) == 0x80;
            if (!continuation) {
                characterStart = i;
            }
            int width = escape ? 3 : 1;
            if (i + width > max) {
                return encoded.substring(0, characterStart);
            }
            i += width;
        }
        return encoded;
    }
}
