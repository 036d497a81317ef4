package org.oscc.chamberlain.calendar;

import org.oscc.chamberlain.text.Messages;

/** Subject lines shared by the .eml drafts and the mailto: links, in the event's language. */
final class InviteWording {
    private InviteWording() {
    }

    static String titleOf(InviteEvent e) {
        return e.titleOrDefault();
    }

    /** "Invitation: December pitch night (Thu 3 Dec 2026 18:00)", "Updated invitation: ..." or "Cancelled: ...". */
    static String subject(InviteEvent e, boolean cancellation) {
        String key = cancellation ? "ics.subject.cancelled" : e.sequence() > 0 ? "ics.subject.updated"
                : "ics.subject.first";
        return Messages.in(e.language(), key, titleOf(e), AgendaText.dayTime(e.startsAt(), e.language()));
    }
}
