package org.oscc.chamberlain.mail;

import java.util.List;
import org.oscc.chamberlain.calendar.RsvpImportResult;
import org.oscc.chamberlain.text.Messages;

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
        String head = Messages.get("fetch.summary.read", messagesRead, replies.size());
        String applied = dryRun ? Messages.get("fetch.summary.dryRun") : Messages.get("fetch.summary.applied",
                result.applied().size(), result.changedCount(), result.notApplied().size());
        return head + applied + Messages.get("fetch.summary.others", otherMessages);
    }
}
