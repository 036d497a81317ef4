package org.oscc.chamberlain.calendar;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * RFC 5546's SEQUENCE rules as they apply to a pitch night. The UID never changes; SEQUENCE starts at 0, stays
 * when an invite is issued again unchanged (or with only a new title), and rises by one at the next issue after
 * a change to time, length, place, status or agenda. A cancellation always rises by one.
 */
public final class SequenceRules {
    private SequenceRules() {
    }

    /** The last invite issued: the one with the highest SEQUENCE, the later one on a tie. */
    public static Optional<IssuedInvite> lastIssued(List<IssuedInvite> history) {
        return history.stream().reduce((a, b) -> b.sequence() >= a.sequence() ? b : a);
    }

    /** SEQUENCE for the next REQUEST (or for the feed) of a session that now says {@code current}. */
    public static int nextRequestSequence(List<IssuedInvite> history, InviteSnapshot current) {
        Optional<IssuedInvite> last = lastIssued(history);
        if (last.isEmpty()) {
            return 0;
        }
        IssuedInvite previous = last.get();
        boolean raise = previous.method() == IssuedInvite.Method.CANCEL
                || InviteChanges.needsNewSequence(previous.snapshot(), current);
        return raise ? previous.sequence() + 1 : previous.sequence();
    }

    /**
     * SEQUENCE for a cancellation, or empty when there is nothing to cancel: no invite was issued (calendars hold
     * nothing) or the last one issued already cancelled the session.
     */
    public static OptionalInt cancelSequence(List<IssuedInvite> history) {
        Optional<IssuedInvite> last = lastIssued(history);
        if (last.isEmpty() || last.get().method() == IssuedInvite.Method.CANCEL) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(last.get().sequence() + 1);
    }
}
