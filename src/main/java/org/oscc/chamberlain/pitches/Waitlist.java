package org.oscc.chamberlain.pitches;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The capacity rules of a pitch night. Pure: given the capacity and the invitations' answers, it says what an
 * answer becomes and who moves up from the waitlist.
 *
 * <p>Decisions (also in the report to the lead):
 * <ul>
 * <li>Only ACCEPTED holds a seat. A tentative answer is recorded as given, never waitlisted, and holds no seat: the
 * room's limit is for the people who said yes. When a tentative guest later accepts, they get a seat if one is free
 * and join the waitlist otherwise.</li>
 * <li>An acceptance when every seat is taken becomes WAITLISTED at the end of the queue (positions rise; gaps
 * are left when someone leaves the queue, since only the order matters).</li>
 * <li>Whenever a seat is free (someone who accepted declines, or the capacity rises), the earliest waitlisted guest
 * (lowest waitlist position) is promoted straight to ACCEPTED: they already answered yes, and a promotion to INVITED
 * would hold no seat, so the next acceptance could take it from them. The store records the promotion with a new
 * rsvp_changed_at, so the organizer sees whom to tell.</li>
 * <li>A lower capacity never takes a seat from someone who has one.</li>
 * <li>A null capacity is unlimited: nobody is ever waitlisted.</li>
 * </ul>
 */
public final class Waitlist {

    /** An invitation as the waitlist sees it. */
    public record Entry(int invitationId, Rsvp rsvp, Integer waitlistPosition) {
        public Entry {
            Objects.requireNonNull(rsvp, "rsvp");
        }
    }

    /** A new state for one invitation. */
    public record Change(int invitationId, Rsvp rsvp, Integer waitlistPosition) {
    }

    private Waitlist() {
    }

    public static int seatsTaken(List<Entry> entries) {
        return (int) entries.stream().filter(e -> e.rsvp() == Rsvp.ACCEPTED).count();
    }

    /** The waitlisted entries in the order they move up. */
    public static List<Entry> queue(List<Entry> entries) {
        return entries.stream().filter(e -> e.rsvp() == Rsvp.WAITLISTED)
                .sorted(Comparator.comparing((Entry e) -> e.waitlistPosition() == null ? Integer.MAX_VALUE
                        : e.waitlistPosition()).thenComparingInt(Entry::invitationId))
                .toList();
    }

    /**
     * What happens when invitation {@code invitationId} answers {@code answer}: its own new state (when it
     * changes) followed by the promotions the answer frees seats for.
     *
     * @throws IllegalArgumentException when the invitation is not among {@code entries} or the answer is WAITLISTED
     */
    public static List<Change> answer(Integer capacity, List<Entry> entries, int invitationId, Rsvp answer) {
        if (answer == Rsvp.WAITLISTED) {
            throw new IllegalArgumentException("WAITLISTED is given by the waitlist, not an answer");
        }
        Entry current = entries.stream().filter(e -> e.invitationId() == invitationId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no invitation " + invitationId));
        Entry next;
        if (answer == Rsvp.ACCEPTED && current.rsvp() != Rsvp.ACCEPTED) {
            // Join the queue first (keeping a place already held), then let promotion seat people in queue order:
            // nobody who answers now overtakes someone already waiting.
            Integer position = current.rsvp() == Rsvp.WAITLISTED && current.waitlistPosition() != null
                    ? current.waitlistPosition() : nextPosition(entries);
            next = new Entry(invitationId, Rsvp.WAITLISTED, position);
        } else if (answer == Rsvp.ACCEPTED) {
            next = current;
        } else {
            next = new Entry(invitationId, answer, null);
        }
        List<Entry> after = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            after.add(e.invitationId() == invitationId ? next : e);
        }
        Map<Integer, Change> changes = new LinkedHashMap<>();
        if (!next.equals(current)) {
            changes.put(invitationId, new Change(invitationId, next.rsvp(), next.waitlistPosition()));
        }
        for (Change promotion : promotions(capacity, after)) {
            changes.put(promotion.invitationId(), promotion);
        }
        // the answerer's own final state may equal where they started (a waitlisted guest accepting again)
        Change own = changes.get(invitationId);
        if (own != null && own.rsvp() == current.rsvp() && Objects.equals(own.waitlistPosition(),
                current.waitlistPosition())) {
            changes.remove(invitationId);
        }
        return List.copyOf(changes.values());
    }

    /** The waitlisted guests who get a seat now: as many as there are free seats, earliest first. */
    public static List<Change> promotions(Integer capacity, List<Entry> entries) {
        List<Entry> queue = queue(entries);
        int free = capacity == null ? queue.size() : Math.max(0, capacity - seatsTaken(entries));
        return queue.stream().limit(free).map(e -> new Change(e.invitationId(), Rsvp.ACCEPTED, null)).toList();
    }

    private static int nextPosition(List<Entry> entries) {
        return entries.stream().map(Entry::waitlistPosition).filter(Objects::nonNull)
                .mapToInt(Integer::intValue).max().orElse(0) + 1;
    }
}
