package org.oscc.chamberlain.calendar;

import java.util.List;
import java.nio.file.Path;

/**
 * Invite e-mails written for a session: the .eml drafts, the issue they carry (METHOD, SEQUENCE, changes,
 * warnings), and the invitees who got no draft and why (no address, no consent to e-mail).
 */
public record IssuedMails(List<Path> drafts, InvitePreview issued, List<String> skipped) {

    public IssuedMails {
        drafts = List.copyOf(drafts);
        skipped = List.copyOf(skipped);
    }
}
