package org.oscc.chamberlain.pledges;

import java.time.LocalDate;
import java.util.Locale;
import org.oscc.chamberlain.text.Messages;

/** One line of a pledge list: names resolved, delivered minutes summed in SQL, fulfilment computed as of today. */
public record PledgeRow(long pledgeId, long organizationId, String memberName, Long projectId, String projectName,
        PledgeKind kind, LocalDate periodStart, LocalDate periodEnd, PledgeStatus status, Fulfilment fulfilment) {

    /**
     * The project name the lists, queries and exports give pledges to the chamber's general pool: always the English
     * one, so that an export can recognise it and write it in its own language ({@code reports.ExportWords}); a
     * screen shows {@link #shownProjectName()}.
     */
    public static final String GENERAL_POOL = Messages.in(Locale.ENGLISH, "pledges.generalPool");

    /** The project's name, or the general pool's in the screens' language (« Réserve générale »). */
    public String shownProjectName() {
        return projectId == null ? Messages.get("pledges.generalPool") : projectName;
    }

    public long pledgedMinutes() {
        return fulfilment.pledgedMinutes();
    }

    public long deliveredMinutes() {
        return fulfilment.deliveredMinutes();
    }
}
