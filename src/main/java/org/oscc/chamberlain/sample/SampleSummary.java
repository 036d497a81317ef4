package org.oscc.chamberlain.sample;

import java.util.LinkedHashMap;
import java.util.Map;

/** What loading the sample chamber wrote, counted per kind of row; {@code replaced} when earlier data was deleted. */
public record SampleSummary(int organizations, int contacts, int projects, int pledges, int contributions,
        int pitchNights, int agendaSlots, int invitations, boolean replaced) {

    static SampleSummary of(SampleChamber chamber, boolean replaced) {
        return new SampleSummary(chamber.organizations().size(), chamber.contacts().size(),
                chamber.projects().size(), chamber.pledges().size(), chamber.contributions().size(),
                chamber.pitchNights().size(),
                chamber.pitchNights().stream().mapToInt(n -> n.agenda().size()).sum(),
                chamber.pitchNights().stream().mapToInt(n -> n.invitations().size()).sum(), replaced);
    }

    /** The counts with plain-English labels, in a stable order (for printing). */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("organizations", organizations);
        counts.put("contacts", contacts);
        counts.put("projects", projects);
        counts.put("pledges", pledges);
        counts.put("contributions", contributions);
        counts.put("pitch nights", pitchNights);
        counts.put("agenda slots", agendaSlots);
        counts.put("invitations", invitations);
        return counts;
    }
}
