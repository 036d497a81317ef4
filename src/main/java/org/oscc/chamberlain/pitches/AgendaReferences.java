package org.oscc.chamberlain.pitches;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oscc.chamberlain.validation.Problems;

/** Checks an agenda's references against the store: its slots, projects and presenters must exist and belong. */
final class AgendaReferences {

    private AgendaReferences() {
    }

    static void check(PitchNightRepository tx, int nightId, List<AgendaSlot> slots, Problems problems) {
        Set<Integer> ownSlots = tx.slotIds(nightId);
        Set<Integer> projectIds = new HashSet<>();
        Set<Integer> contactIds = new HashSet<>();
        for (AgendaSlot s : slots) {
            if (s.projectId() != null) {
                projectIds.add(s.projectId());
            }
            if (s.presenterContactId() != null) {
                contactIds.add(s.presenterContactId());
            }
        }
        Set<Integer> projects = projectIds.isEmpty() ? Set.of() : tx.existingProjectIds(projectIds);
        Map<Integer, InviteCandidate> contacts = contactIds.isEmpty() ? Map.of() : tx.contacts(contactIds);
        Set<Integer> seenSlots = new HashSet<>();
        for (int i = 0; i < slots.size(); i++) {
            AgendaSlot s = slots.get(i);
            String where = SessionRules.slotName(i, s);
            if (s.id() != null && !ownSlots.contains(s.id())) {
                problems.add(where, "belongs to another session (slot #" + s.id() + ").");
            } else if (s.id() != null && !seenSlots.add(s.id())) {
                problems.add(where, "appears twice in the agenda.");
            }
            if (s.projectId() != null && !projects.contains(s.projectId())) {
                problems.add(where, "project #" + s.projectId() + " does not exist.");
            }
            if (s.presenterContactId() != null && !contacts.containsKey(s.presenterContactId())) {
                problems.add(where, "presenter (contact #" + s.presenterContactId() + ") does not exist.");
            }
        }
    }
}
