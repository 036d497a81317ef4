package org.oscc.chamberlain.calendar;

import java.nio.file.Path;
import java.util.List;

/**
 * An invite or cancellation that was issued: the file written, and the preview it was issued from (METHOD,
 * SEQUENCE, what changed, the warnings that did not block it).
 */
public record IssuedFile(Path file, InvitePreview issued) {

    public IssuedInvite.Method method() {
        return issued.method();
    }

    public int sequence() {
        return issued.sequence();
    }

    public String uid() {
        return issued.uid();
    }

    public List<String> changes() {
        return issued.changes();
    }

    public List<InviteWarning> warnings() {
        return issued.warnings();
    }
}
