package org.oscc.chamberlain.calendar;

import java.util.List;
import org.oscc.chamberlain.pitches.Invitee;

/**
 * A session's invite made ready to be e-mailed by Chamberlain itself: what it is (the preview: invite, update or
 * cancellation, its SEQUENCE), the calendar text every message carries, who may be e-mailed, and who is skipped and
 * why (no address, no consent), in words. Nothing is recorded until {@link CalendarService#recordMailing} is called.
 */
public record InviteMailing(InvitePreview preview, InviteEvent event, String ics, List<Invitee> mailable,
        List<Skipped> skipped) {

    public InviteMailing {
        mailable = List.copyOf(mailable);
        skipped = List.copyOf(skipped);
    }

    /** One invitee who gets no e-mail, and the reason in words. */
    public record Skipped(Invitee invitee, String reason) {
        public String describe() {
            return invitee.contactName() + (invitee.missingEmail() ? "" : " <" + invitee.email().strip() + ">")
                    + ": " + reason;
        }
    }
}
