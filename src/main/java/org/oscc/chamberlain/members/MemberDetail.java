package org.oscc.chamberlain.members;

import java.util.List;

/**
 * An organization with everything its detail pane shows: its current contacts, its status history (oldest first), and,
 * read-only, how many pledges it made and the minutes contributed against them.
 */
public record MemberDetail(Organization organization, List<Contact> contacts, List<StatusChange> history,
        int pledgeCount, long contributedMinutes) {

    public MemberDetail {
        contacts = List.copyOf(contacts);
        history = List.copyOf(history);
    }
}
