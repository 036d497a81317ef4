package org.oscc.chamberlain.pitches;

/**
 * A pledge that came out of a pitch (its pitch_slot_id is one of the session's slots). {@code pledgedMinutes} is
 * set for hour pledges and {@code percentBp} (basis points) for percent-of-workforce pledges; {@code projectName}
 * is null for the chamber's general pool.
 */
public record Outcome(int pledgeId, int organizationId, String memberName, Integer projectId, String projectName,
        String kind, Integer pledgedMinutes, Integer percentBp, String status, int slotId, String slotTitle) {

    /** "40 h", "12 h 30 min" or "2.5 % of workforce"; integer arithmetic only. */
    public String pledgedText() {
        if (pledgedMinutes != null) {
            int hours = pledgedMinutes / 60;
            int minutes = pledgedMinutes % 60;
            return minutes == 0 ? hours + " h" : hours + " h " + minutes + " min";
        }
        if (percentBp != null) {
            int whole = percentBp / 100;
            int hundredths = percentBp % 100;
            String fraction = hundredths == 0 ? "" : hundredths % 10 == 0 ? "." + hundredths / 10
                    : "." + String.format(java.util.Locale.ROOT, "%02d", hundredths);
            return whole + fraction + " % of workforce";
        }
        return "";
    }
}
