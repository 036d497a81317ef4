package org.oscc.chamberlain.calendar;

/** Subject lines shared by the .eml drafts and the mailto: links. */
final class InviteWording {
    private InviteWording() {
    }

    static String titleOf(InviteEvent e) {
        return e.title().isEmpty() ? "Pitch night" : e.title();
    }

    /** "Invitation: December pitch night (Thu 3 Dec 2026 18:00)", "Updated invitation: ..." or "Cancelled: ...". */
    static String subject(InviteEvent e, boolean cancellation) {
        String prefix = cancellation ? "Cancelled: " : e.sequence() > 0 ? "Updated invitation: " : "Invitation: ";
        return prefix + titleOf(e) + " (" + AgendaText.dayTime(e.startsAt()) + ")";
    }
}
