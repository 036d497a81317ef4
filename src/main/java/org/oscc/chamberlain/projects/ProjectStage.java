package org.oscc.chamberlain.projects;

/** How far along an open-source project or community is; stored by name in {@code project.stage}. */
public enum ProjectStage {
    EMERGING("Emerging"),
    ESTABLISHED("Established");

    private final String label;

    ProjectStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
