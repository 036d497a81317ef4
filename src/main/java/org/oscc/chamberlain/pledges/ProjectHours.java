package org.oscc.chamberlain.pledges;

import org.oscc.chamberlain.text.Messages;

/** Minutes delivered to one project (projectId null: the general pool) within a range. */
public record ProjectHours(Long projectId, String projectName, long deliveredMinutes) {

    /** The project's name, or the general pool's in the screens' language (« Réserve générale »). */
    public String shownProjectName() {
        return projectId == null ? Messages.get("pledges.generalPool") : projectName;
    }
}
