package org.oscc.chamberlain.calendar;

import org.oscc.chamberlain.pitches.SessionStatus;
import org.oscc.chamberlain.text.Messages;
import java.time.Duration;
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
            last.ifPresent(l -> lines.addAll(describe(l.snapshot(), current)));
            lines.add(Messages.get("calendar.change.laterSequence", Integer.toString(storedSequence),
                    Integer.toString(storedSequence + 1)));
            return new IssuePlan(method, storedSequence + 1, OptionalInt.of(storedSequence), lines, false);
        }
        if (last.isEmpty()) {
            return new IssuePlan(method, 0, OptionalInt.empty(), List.of(), cancel);
        }
        List<String> changes = describe(last.get().snapshot(), current);
        OptionalInt lastSequence = OptionalInt.of(last.get().sequence());
        if (!cancel) {
            return new IssuePlan(method, SequenceRules.nextRequestSequence(history, current), lastSequence, changes,
                    false);
        }
        // A cancellation issued again (the file was lost) keeps its SEQUENCE: calendars already removed the event.
        int sequence = SequenceRules.cancelSequence(history).orElse(last.get().sequence());
        return new IssuePlan(method, sequence, lastSequence, changes, false);
    }

    /**
     * The changes in words. The agenda is laid out from the start, so a new start moves every slot: when the
     * slots only moved with it, one line says so instead of one line per slot.
     */
    static List<String> describe(InviteSnapshot previous, InviteSnapshot current) {
        InviteChanges all = InviteChanges.between(previous, current);
        Duration shift = Duration.between(previous.start(), current.start());
        if (shift.isZero() || previous.agenda().isEmpty() || !shifted(previous.agenda(), shift)
                .equals(current.agenda())) {
            return all.describe();
        }
        List<String> lines = new ArrayList<>();
        all.changes().stream().filter(c -> !c.field().startsWith(InviteChanges.AGENDA))
                .forEach(c -> lines.add(c.describe()));
        lines.add(Messages.get("calendar.change.slotsMove"));
        return lines;
    }

    private static List<AgendaLine> shifted(List<AgendaLine> agenda, Duration shift) {
        return agenda.stream().map(a -> new AgendaLine(a.start().plus(shift), a.kind(), a.title(), a.projectName(),
                a.presenterName(), a.minutes())).toList();
    }

    public boolean issuedBefore() {
        return lastIssuedSequence.isPresent();
    }
}
