package org.oscc.chamberlain.projects;

import java.time.LocalDateTime;

/**
 * An open-source project or community the chamber supports. {@code licenceSpdx} is an SPDX licence id or expression
 * ("Apache-2.0", "MIT OR Apache-2.0"). {@code id} is null until saved; {@code archivedAt} null unless archived.
 */
public record Project(Long id, String name, String repositoryUrl, String website, String licenceSpdx,
        ProjectStage stage, String description, LocalDateTime archivedAt) {

    /** A new emerging project with nothing but a name. */
    public static Project named(String name) {
        return new Project(null, name, null, null, null, ProjectStage.EMERGING, null, null);
    }

    public boolean archived() {
        return archivedAt != null;
    }

    public Project withName(String newName) {
        return new Project(id, newName, repositoryUrl, website, licenceSpdx, stage, description, archivedAt);
    }

    public Project withLinks(String repository, String site) {
        return new Project(id, name, repository, site, licenceSpdx, stage, description, archivedAt);
    }

    public Project withLicence(String spdx) {
        return new Project(id, name, repositoryUrl, website, spdx, stage, description, archivedAt);
    }

    public Project withStage(ProjectStage newStage) {
        return new Project(id, name, repositoryUrl, website, licenceSpdx, newStage, description, archivedAt);
    }

    public Project withDescription(String text) {
        return new Project(id, name, repositoryUrl, website, licenceSpdx, stage, text, archivedAt);
    }

    public Project withArchivedAt(LocalDateTime at) {
        return new Project(id, name, repositoryUrl, website, licenceSpdx, stage, description, at);
    }

    public Project withId(Long newId) {
        return new Project(newId, name, repositoryUrl, website, licenceSpdx, stage, description, archivedAt);
    }
}
