package org.oscc.chamberlain.calendar;

import java.util.List;
import org.oscc.chamberlain.pitches.Rsvp;
import org.oscc.chamberlain.text.Messages;

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

        /** "reply.ics: Zoë Tremblay <zoe@example.org>: Invited → Accepted; moved up from the waitlist: Ann". */
        public String describe() {
            String who = name + " <" + email + ">";
            String what = changed()
                    ? Messages.get("rsvp.applied.changed", word(before), word(recorded))
                    : Messages.get("rsvp.applied.same", word(recorded));
            String moved = promoted.isEmpty() ? "" : Messages.get("rsvp.applied.promoted", String.join(", ", promoted));
            return file + ": " + who + ": " + what + moved;
        }
    }

    /** An answer as the screens name it ("Accepted", « Acceptée »), never its stored name. */
    private static String word(Rsvp rsvp) {
        return rsvp == null ? "" : Messages.get("pitches.rsvp." + rsvp.name().toLowerCase(java.util.Locale.ROOT));
    }

    public int changedCount() {
        return (int) applied.stream().filter(Applied::changed).count();
    }
}
