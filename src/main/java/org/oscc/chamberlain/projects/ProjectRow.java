package org.oscc.chamberlain.projects;

/** One line of the projects table, with how many key people, pledges and pitches name the project. */
public record ProjectRow(long id, String name, ProjectStage stage, String licenceSpdx, String repositoryUrl,
        int keyPeopleCount, int pledgeCount, int pitchCount, boolean archived) {
}
