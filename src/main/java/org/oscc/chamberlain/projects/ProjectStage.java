package org.oscc.chamberlain.projects;

import java.util.Locale;
import org.oscc.chamberlain.text.Messages;

/** How far along an open-source project or community is; stored by name in {@code project.stage}. */
public enum ProjectStage {
    EMERGING,
    ESTABLISHED;

    /** The stage as the screens name it, in their language ("Emerging", « Émergent »). */
    public String label() {
        return Messages.get("projects.stage." + name().toLowerCase(Locale.ROOT));
    }
}
