package org.oscc.chamberlain.reports;

import java.util.Locale;
import org.oscc.chamberlain.pledges.FulfilmentStatus;
import org.oscc.chamberlain.pledges.PledgeRow;
import org.oscc.chamberlain.text.Messages;

/**
 * The words exports write for the codes the store keeps (ACTIVE, AT_RISK, HELD, company...), in the chamber's
 * document language: the same words the screens show, so a board member and the organizer call things alike.
 * A code the bundle does not know (written by a newer Chamberlain) is shown as it is written, in words.
 */
final class ExportWords {
    private ExportWords() {
    }

    static String memberStatus(Locale language, String code) {
        return word(language, "members.status.", code);
    }

    static String organizationKind(Locale language, String code) {
        return word(language, "members.kind.", code);
    }

    static String sessionStatus(Locale language, String code) {
        return word(language, "pitches.status.", code);
    }

    static String fulfilment(Locale language, FulfilmentStatus status) {
        return Messages.in(language, "pledges.fulfilment." + status.name());
    }

    /** A project's name, or the general pool's in this language (the store names it in English). */
    static String project(Locale language, String name) {
        return PledgeRow.GENERAL_POOL.equals(name) ? Messages.in(language, "pledges.generalPool") : name;
    }

    /** What changed: the code BoardReportRepository.changesSince gives (ACTIVE, LAPSED, WITHDRAWN, PLEDGE). */
    static String change(Locale language, String code) {
        return Messages.in(language, "workbook.change." + code);
    }

    /** "tier Patron" for a member who joined, lapsed or withdrew; "to Kernel" for a pledge signed. */
    static String changeDetail(Locale language, BoardChange change) {
        if (change.detail() == null) {
            return null;
        }
        return Messages.in(language, "PLEDGE".equals(change.change()) ? "workbook.change.detail.pledge"
                : "workbook.change.detail.tier", project(language, change.detail()));
    }

    private static String word(Locale language, String prefix, String code) {
        if (code == null || code.isEmpty()) {
            return code;
        }
        String key = prefix + code.toLowerCase(Locale.ROOT);
        return Messages.bundle(language).containsKey(key) ? Messages.in(language, key) : RosterExporter.label(code);
    }
}
