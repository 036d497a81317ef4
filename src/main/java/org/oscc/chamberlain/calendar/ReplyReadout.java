package org.oscc.chamberlain.calendar;

import java.util.List;

/** What a reply file held: the answers that can be applied, and what was found but not applied, in words. */
public record ReplyReadout(List<RsvpReply> replies, List<String> problems) {
    public ReplyReadout {
        replies = List.copyOf(replies);
        problems = List.copyOf(problems);
    }
}
