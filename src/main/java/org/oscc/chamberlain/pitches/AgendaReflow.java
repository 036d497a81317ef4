package org.oscc.chamberlain.pitches;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays an agenda out in time and reorders it. Pure: each slot starts when the one before it ends, the first at the
 * session start; moving a slot returns a new list, so the caller reflows after every drag or key press.
 */
public final class AgendaReflow {

    private AgendaReflow() {
    }

    public static AgendaPlan plan(PitchNight night, List<AgendaSlot> slots) {
        return plan(night.start(), night.durationMinutes(), slots);
    }

    public static AgendaPlan plan(ZonedDateTime sessionStart, int sessionMinutes, List<AgendaSlot> slots) {
        return new AgendaPlan(reflow(sessionStart, slots), totalMinutes(slots), sessionMinutes);
    }

    /** Each slot's start and end, one after the other from {@code sessionStart}. */
    public static List<TimedSlot> reflow(ZonedDateTime sessionStart, List<AgendaSlot> slots) {
        List<TimedSlot> timed = new ArrayList<>(slots.size());
        ZonedDateTime at = sessionStart;
        for (int i = 0; i < slots.size(); i++) {
            AgendaSlot slot = slots.get(i);
            // plusMinutes moves along the time line, so a slot across a DST change keeps its real length
            ZonedDateTime end = at.plusMinutes(slot.minutes());
            timed.add(new TimedSlot(i, slot, at, end));
            at = end;
        }
        return timed;
    }

    public static int totalMinutes(List<AgendaSlot> slots) {
        long total = 0;
        for (AgendaSlot slot : slots) {
            total += slot.minutes();
        }
        return (int) Math.min(Integer.MAX_VALUE, total);
    }

    /** Minutes past a session of {@code sessionMinutes}; 0 when the agenda fits. */
    public static int overrunMinutes(int sessionMinutes, List<AgendaSlot> slots) {
        return Math.max(0, totalMinutes(slots) - sessionMinutes);
    }

    /**
     * The slot at {@code from} moved so that it ends up at index {@code to} (as after a drop onto row {@code to});
     * the others keep their order.
     *
     * @throws IndexOutOfBoundsException when either index is not a slot's
     */
    public static <T> List<T> moveTo(List<T> slots, int from, int to) {
        List<T> moved = new ArrayList<>(slots);
        T slot = moved.remove(java.util.Objects.checkIndex(from, slots.size()));
        moved.add(java.util.Objects.checkIndex(to, slots.size()), slot);
        return List.copyOf(moved);
    }
}
