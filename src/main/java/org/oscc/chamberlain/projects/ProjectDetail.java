package org.oscc.chamberlain.projects;

import java.util.List;

/** A project with its key people and, read-only, the pledges and pitches that name it. */
public record ProjectDetail(Project project, List<KeyPerson> keyPeople, List<ProjectPledge> pledges,
        List<ProjectPitch> pitches) {

    public ProjectDetail {
        keyPeople = List.copyOf(keyPeople);
        pledges = List.copyOf(pledges);
        pitches = List.copyOf(pitches);
    }
}
