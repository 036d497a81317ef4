package org.oscc.chamberlain.pitches;

import org.oscc.chamberlain.text.Messages;

/**
 * One slot of a pitch night's agenda: a pitch (project, presenter, title, length and the pitch's "ask": hours in
 * minutes and skills sought) or a break. A slot's position is its index in the agenda list. {@code id} is null for
 * a slot not saved yet; the names are filled when read from the store and ignored when written.
 */
public record AgendaSlot(Integer id, SlotKind kind, Integer projectId, String projectName, Integer presenterContactId,
        String presenterName, String title, int minutes, Integer askMinutes, String askSkills) {

    public static AgendaSlot pitch(Integer projectId, Integer presenterContactId, String title, int minutes,
            Integer askMinutes, String askSkills) {
        return new AgendaSlot(null, SlotKind.PITCH, projectId, null, presenterContactId, null, title, minutes,
                askMinutes, askSkills);
    }

    public static AgendaSlot breakOf(String title, int minutes) {
        return new AgendaSlot(null, SlotKind.BREAK, null, null, null, null, title, minutes, null, null);
    }

    /** What to show for the slot: its title, else the project's name, else its kind. */
    public String label() {
        if (title != null && !title.isBlank()) {
            return title.strip();
        }
        if (projectName != null && !projectName.isBlank()) {
            return projectName;
        }
        return Messages.get(kind == SlotKind.BREAK ? "pitches.slot.break" : "pitches.slot.pitch");
    }

    public AgendaSlot withId(Integer newId) {
        return new AgendaSlot(newId, kind, projectId, projectName, presenterContactId, presenterName, title, minutes,
                askMinutes, askSkills);
    }

    public AgendaSlot withMinutes(int newMinutes) {
        return new AgendaSlot(id, kind, projectId, projectName, presenterContactId, presenterName, title, newMinutes,
                askMinutes, askSkills);
    }

    public AgendaSlot withPresenter(Integer contactId, String name) {
        return new AgendaSlot(id, kind, projectId, projectName, contactId, name, title, minutes, askMinutes,
                askSkills);
    }
}
