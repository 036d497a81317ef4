package org.oscc.chamberlain.projects;

import java.util.List;

/**
 * A project with its key people and, read-only, the pitches that named it (the pledges naming it, with their
 * fulfilment, come from the pledges feature: PledgeService.toProject).
 */
public record ProjectDetail(Project project, List<KeyPerson> keyPeople, List<ProjectPitch> pitches) {

    public ProjectDetail {
        keyPeople = List.copyOf(keyPeople);
        pitches = List.copyOf(pitches);
    }
}
