package org.oscc.chamberlain.mail;

import java.util.List;
import org.oscc.chamberlain.calendar.RsvpImportResult;

/**
 * What a check of replies did: how many new messages it read, which of them carried an RSVP reply (those were
 * applied and marked processed, unless it was a dry run), the other messages left as they were, and the answers
 * applied and not applied.
 */
public record FetchReport(int messagesRead, List<String> replies, int otherMessages, RsvpImportResult result,
        boolean dryRun) {

    public FetchReport {
        replies = List.copyOf(replies);
    }

    /** "Read 5 new messages: 4 replies; 3 answers recorded, 1 not applied; 1 other message left as it was." */
    public String summary() {
        String head = "Read " + messagesRead + (messagesRead == 1 ? " new message: " : " new messages: ")
                + replies.size() + (replies.size() == 1 ? " reply" : " replies");
        String applied = dryRun ? "; nothing applied (dry run)"
                : "; " + result.applied().size() + (result.applied().size() == 1 ? " answer" : " answers")
                        + " recorded (" + result.changedCount() + " changed), " + result.notApplied().size()
                        + " not applied";
        return head + applied + "; " + otherMessages + (otherMessages == 1 ? " other message left as it was."
                : " other messages left as they were.");
    }
}
