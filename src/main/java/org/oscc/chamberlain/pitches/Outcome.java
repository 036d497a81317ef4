package org.oscc.chamberlain.pitches;

import org.oscc.chamberlain.text.Messages;

/**
 * A pledge that came out of a pitch (its pitch_slot_id is one of the session's slots). {@code pledgedMinutes} is
 * set for hour pledges and {@code percentBp} (basis points) for percent-of-workforce pledges; {@code projectName}
 * is null for the chamber's general pool.
 */
public record Outcome(int pledgeId, int organizationId, String memberName, Integer projectId, String projectName,
        String kind, Integer pledgedMinutes, Integer percentBp, String status, int slotId, String slotTitle) {

    /** "40 h", "12 h 30 min" or "2.5 % of workforce" (« 2,5 % de l'effectif »); never through floating point. */
    public String pledgedText() {
        if (pledgedMinutes != null) {
            int hours = pledgedMinutes / 60;
            int minutes = pledgedMinutes % 60;
            return minutes == 0 ? hours + " h" : hours + " h " + minutes + " min";
        }
        if (percentBp != null) {
            return Messages.get("pitches.outcomes.percent", java.math.BigDecimal.valueOf(percentBp, 2));
        }
        return "";
    }
}
