package org.oscc.chamberlain.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.oscc.chamberlain.text.Messages;

/**
 * What issuing a session's invite now would do, shown before the organizer issues it: REQUEST or CANCEL, the
 * SEQUENCE it carries, what changed since the last issued invite (one line each), and what would make it
 * misbehave. {@link #canIssue()} is false when a blocking warning stands or there is nothing to cancel.
 */
public record InvitePreview(int nightId, String title, String uid, IssuedInvite.Method method, int sequence,
        OptionalInt lastIssuedSequence, List<String> changes, List<InviteWarning> warnings,
        boolean nothingToCancel) {

    public InvitePreview {
        changes = List.copyOf(changes);
        warnings = List.copyOf(warnings);
    }

    public boolean issuedBefore() {
        return lastIssuedSequence.isPresent();
    }

    public boolean isCancellation() {
        return method == IssuedInvite.Method.CANCEL;
    }

    /** True when the next issue carries a higher SEQUENCE than the last one issued (calendars will update). */
    public boolean raisesSequence() {
        return lastIssuedSequence.isPresent() && sequence > lastIssuedSequence.getAsInt();
    }

    /** Why the invite cannot be issued now, in words; empty when it can. */
    public List<String> blockers() {
        List<String> reasons = new ArrayList<>();
        if (nothingToCancel) {
            reasons.add(Messages.get("calendar.nothingToCancel", title));
        }
        warnings.stream().filter(InviteWarning::blocksIssue).map(InviteWarning::message).forEach(reasons::add);
        return reasons;
    }

    public boolean canIssue() {
        return blockers().isEmpty();
    }

    /** "Invite (REQUEST), SEQUENCE 1" or "Cancellation (CANCEL), SEQUENCE 2". */
    public String summary() {
        return Messages.get(isCancellation() ? "calendar.summary.cancel" : "calendar.summary.request",
                Integer.toString(sequence));
    }
}
