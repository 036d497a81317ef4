package org.oscc.chamberlain.pitches;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oscc.chamberlain.text.Wording;
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
            Wording where = SessionRules.slotName(i, s);
            if (s.id() != null && !ownSlots.contains(s.id())) {
                problems.add(SessionRules.slotProblem(where, "pitches.problem.slotElsewhere", String.valueOf(s.id())));
            } else if (s.id() != null && !seenSlots.add(s.id())) {
                problems.add(SessionRules.slotProblem(where, "pitches.problem.slotTwice"));
            }
            if (s.projectId() != null && !projects.contains(s.projectId())) {
                problems.add(SessionRules.slotProblem(where, "pitches.problem.slotProject",
                        String.valueOf(s.projectId())));
            }
            if (s.presenterContactId() != null && !contacts.containsKey(s.presenterContactId())) {
                problems.add(SessionRules.slotProblem(where, "pitches.problem.slotPresenter",
                        String.valueOf(s.presenterContactId())));
            }
        }
    }
}
