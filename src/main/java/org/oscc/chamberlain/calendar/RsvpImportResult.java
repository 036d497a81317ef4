package org.oscc.chamberlain.calendar;

import java.util.List;
import org.oscc.chamberlain.pitches.Rsvp;

/**
 * What an import of RSVP replies did: the answers recorded (each with the invitee's answer before and as recorded,
 * WAITLISTED when the session was full, and whom it moved up from the waitlist), and, in words, every reply or
 * file that was not applied and why.
 */
public record RsvpImportResult(List<Applied> applied, List<String> notApplied) {

    public RsvpImportResult {
        applied = List.copyOf(applied);
        notApplied = List.copyOf(notApplied);
    }

    /** One reply recorded for one invitee of session {@code nightId}. */
    public record Applied(String file, int nightId, int contactId, String name, String email, Rsvp before,
            Rsvp recorded, List<String> promoted) {

        public Applied {
            promoted = List.copyOf(promoted);
        }

        /** False when the reply repeated the answer already recorded. */
        public boolean changed() {
            return before != recorded;
        }

        /** "reply.ics: Zoë Tremblay <zoe@example.org>: INVITED -> ACCEPTED; moved up from the waitlist: Ann". */
        public String describe() {
            String who = name + " <" + email + ">";
            String what = changed() ? before + " -> " + recorded : recorded + " (unchanged)";
            String moved = promoted.isEmpty() ? "" : "; moved up from the waitlist: " + String.join(", ", promoted);
            return file + ": " + who + ": " + what + moved;
        }
    }

    public int changedCount() {
        return (int) applied.stream().filter(Applied::changed).count();
    }
}
