package org.oscc.chamberlain.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the next issue of a session's invite will be: a REQUEST or a CANCEL, with which SEQUENCE, and what changed
 * since the last issued invite. Pure; the rules of {@link SequenceRules}, plus the session's stored SEQUENCE as a
 * floor.
 *
 * <p>The stored SEQUENCE (pitch_night.ical_sequence) normally equals the last recorded issue's. When it is ahead of
 * the recorded history (the session came with invites sent elsewhere, as the sample chamber's do), what calendars
 * hold is unknown: the next issue then carries the stored SEQUENCE plus one, since a higher SEQUENCE is always
 * taken and an equal one with other content may be ignored.
 *
 * @param nothingToCancel a cancelled session whose invite was never issued: calendars hold nothing, so there is
 *         nothing to issue
 */
public record IssuePlan(IssuedInvite.Method method, int sequence, OptionalInt lastIssuedSequence,
        List<String> changes, boolean nothingToCancel) {

    public IssuePlan {
        changes = List.copyOf(changes);
    }

    public static IssuePlan decide(List<IssuedInvite> history, int storedSequence, InviteSnapshot current) {
        Optional<IssuedInvite> last = SequenceRules.lastIssued(history);
        boolean cancel = current.status() == SessionStatus.CANCELLED;
        IssuedInvite.Method method = cancel ? IssuedInvite.Method.CANCEL : IssuedInvite.Method.REQUEST;
        int recorded = last.map(IssuedInvite::sequence).orElse(0);
        if (storedSequence > recorded || last.isEmpty() && storedSequence > 0) {
            List<String> lines = new ArrayList<>();
            last.ifPresent(l -> lines.addAll(InviteChanges.between(l.snapshot(), current).describe()));
            lines.add("Calendars may hold SEQUENCE " + storedSequence + " from an invite not recorded here; this one "
                    + "carries " + (storedSequence + 1) + " so that they take it.");
            return new IssuePlan(method, storedSequence + 1, OptionalInt.of(storedSequence), lines, false);
        }
        if (last.isEmpty()) {
            return new IssuePlan(method, 0, OptionalInt.empty(), List.of(), cancel);
        }
        List<String> changes = InviteChanges.between(last.get().snapshot(), current).describe();
        OptionalInt lastSequence = OptionalInt.of(last.get().sequence());
        if (!cancel) {
            return new IssuePlan(method, SequenceRules.nextRequestSequence(history, current), lastSequence, changes,
                    false);
        }
        // A cancellation issued again (the file was lost) keeps its SEQUENCE: calendars already removed the event.
        int sequence = SequenceRules.cancelSequence(history).orElse(last.get().sequence());
        return new IssuePlan(method, sequence, lastSequence, changes, false);
    }

    public boolean issuedBefore() {
        return lastIssuedSequence.isPresent();
    }
}
