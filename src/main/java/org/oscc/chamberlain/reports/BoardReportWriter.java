package org.oscc.chamberlain.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.oscc.chamberlain.pledges.Fulfilment;
import org.oscc.chamberlain.pledges.FulfilmentRules;
import org.oscc.chamberlain.pledges.FulfilmentStatus;
import org.oscc.chamberlain.pledges.Pledge;
import org.oscc.chamberlain.pledges.PledgeKind;
import org.oscc.chamberlain.text.Messages;

/**
 * Writes the board report workbook (issues 7 and 14): Summary (the board's page: a headline block and the other key
 * figures, as formulas over the other sheets with their values), Pledges, Projects (with two native charts), Pitch
 * nights, Changes and Definitions, then the appendix the default print leaves out: Members and Contributions.
 * Streams: contributions and pledges go from an open cursor to SXSSF's temporary files, so the size of the chamber
 * does not decide the heap it needs; contributions that do not fit one sheet continue on "Contributions (2)"...
 * Fulfilment comes from {@link FulfilmentRules}, as of the report's day. Every word of it (sheet names, headers,
 * statuses, sentences) is in the chamber's document language (the input's), not the screens'.
 */
public final class BoardReportWriter {
    /** The report_run kind of board reports. */
    public static final String KIND = "BOARD";

    /** The sheets in tab order: what the board reads, then the appendix (not printed by default). */
    static final List<String> SHEET_KEYS = List.of("workbook.sheet.summary", "workbook.sheet.pledges",
            "workbook.sheet.projects", "workbook.sheet.pitchNights", "workbook.sheet.changes",
            "workbook.sheet.definitions", "workbook.sheet.members", "workbook.sheet.contributions");

    /** The sheet names in {@code language}, in tab order. */
    static List<String> sheets(Locale language) {
        return SHEET_KEYS.stream().map(k -> Messages.in(language, k)).toList();
    }

    static String summarySheet(Locale language) {
        return Messages.in(language, "workbook.sheet.summary");
    }

    static String pledgesSheet(Locale language) {
        return Messages.in(language, "workbook.sheet.pledges");
    }

    static String membersSheet(Locale language) {
        return Messages.in(language, "workbook.sheet.members");
    }

    static String pitchNightsSheet(Locale language) {
        return Messages.in(language, "workbook.sheet.pitchNights");
    }

    static String changesSheet(Locale language) {
        return Messages.in(language, "workbook.sheet.changes");
    }

    static List<Column<RosterMember>> memberColumns(Locale l) {
        return List.of(
                Column.text(h(l, "name"), RosterMember::name),
                Column.text(h(l, "tier"), RosterMember::tier),
                Column.text(h(l, "status"), (RosterMember m) -> ExportWords.memberStatus(l, m.status())),
                Column.of(h(l, "memberSince"), CellKind.DATE, RosterMember::memberSince),
                Column.of(h(l, "renewalDue"), CellKind.DATE, RosterMember::renewalDue),
                Column.text(h(l, "primaryContact"), RosterMember::primaryContactName),
                Column.text(h(l, "email"), RosterMember::primaryContactEmail),
                Column.of(h(l, "phone"), CellKind.TEXT_AS_IS, RosterMember::primaryContactPhone));
    }

    static final int MEMBER_COLUMN_COUNT = 8;
    static final int MEMBER_TIER = 1;
    static final int MEMBER_STATUS = 2;

    /** A pledge with the figures the rules give it as of the report's day. */
    record PledgeLine(BoardPledge row, Fulfilment fulfilment, long shareMinutes) {
    }

    static List<Column<PledgeLine>> pledgeColumns(Locale l) {
        return List.of(
                Column.text(h(l, "member"), (PledgeLine p) -> p.row().memberName()),
                Column.text(h(l, "project"), (PledgeLine p) -> ExportWords.project(l, p.row().projectName())),
                // beside the names: what a board reads first, and no number runs into it
                Column.text(h(l, "status"), (PledgeLine p) -> statusLabel(l, p.fulfilment())),
                Column.of(h(l, "periodStart"), CellKind.DATE, (PledgeLine p) -> p.row().pledge().periodStart()),
                Column.of(h(l, "periodEnd"), CellKind.DATE, (PledgeLine p) -> p.row().pledge().periodEnd()),
                Column.of(h(l, "pledged"), CellKind.HOURS, (PledgeLine p) -> p.fulfilment().pledgedMinutes()),
                Column.of(h(l, "dueInPeriod"), CellKind.HOURS, PledgeLine::shareMinutes),
                Column.of(h(l, "expectedToDate"), CellKind.HOURS, (PledgeLine p) -> p.fulfilment().expectedMinutes()),
                Column.of(h(l, "deliveredInPeriod"), CellKind.HOURS,
                        (PledgeLine p) -> p.row().deliveredInPeriodMinutes()),
                Column.of(h(l, "deliveredToDate"), CellKind.HOURS, (PledgeLine p) -> p.fulfilment().deliveredMinutes()),
                Column.of(h(l, "fulfilment"), CellKind.PERCENT, (PledgeLine p) -> p.fulfilment().percentOfPledgedBp()),
                // last, and left out of the print: the hours beside it are what the board reads
                Column.text(h(l, "kind"), (PledgeLine p) -> kind(l, p.row().pledge())));
    }

    /** 0-based columns of the Pledges sheet the Summary refers to. */
    static final int P_STATUS = 2;
    static final int P_START = 3;
    static final int P_PLEDGED = 5;
    static final int P_SHARE = 6;
    static final int P_EXPECTED = 7;
    static final int P_DELIVERED_IN = 8;
    static final int P_DELIVERED_TO_DATE = 9;
    static final int P_KIND = 11;

    static List<Column<BoardContribution>> contributionColumns(Locale l) {
        return List.of(
                Column.of(h(l, "date"), CellKind.DATE, BoardContribution::contributedOn),
                Column.text(h(l, "member"), BoardContribution::memberName),
                Column.text(h(l, "project"), (BoardContribution c) -> ExportWords.project(l, c.projectName())),
                Column.of(h(l, "pledgeNumber"), CellKind.INTEGER, BoardContribution::pledgeId),
                Column.of(h(l, "hours"), CellKind.HOURS, BoardContribution::minutes),
                Column.text(h(l, "contributor"), BoardContribution::contributor),
                Column.text(h(l, "description"), BoardContribution::description).withWidth(30));
    }

    static final int CONTRIBUTION_COLUMN_COUNT = 7;
    static final int C_HOURS = 4;

    static List<Column<BoardProject>> projectColumns(Locale l) {
        return List.of(
                Column.text(h(l, "project"), (BoardProject p) -> ExportWords.project(l, p.projectName())),
                Column.of(h(l, "hoursReceived"), CellKind.HOURS, BoardProject::deliveredMinutes),
                Column.of(h(l, "pledgingMembers"), CellKind.INTEGER, BoardProject::pledgingMembers));
    }

    static List<Column<BoardPitchNight>> pitchColumns(Locale l) {
        return List.of(
                Column.of(h(l, "starts"), CellKind.DATETIME, BoardPitchNight::startsAt),
                Column.text(h(l, "title"), BoardPitchNight::title),
                Column.text(h(l, "status"), (BoardPitchNight n) -> ExportWords.sessionStatus(l, n.status())),
                Column.of(h(l, "pitches"), CellKind.INTEGER, BoardPitchNight::pitches),
                Column.of(h(l, "invited"), CellKind.INTEGER, BoardPitchNight::invited),
                Column.of(h(l, "accepted"), CellKind.INTEGER, BoardPitchNight::accepted),
                Column.of(h(l, "attended"), CellKind.INTEGER, BoardPitchNight::attended),
                Column.of(h(l, "pledgesFollowed"), CellKind.INTEGER, BoardPitchNight::pledgesFollowed));
    }

    static List<Column<BoardChange>> changeColumns(Locale l) {
        return List.of(
                Column.of(h(l, "date"), CellKind.DATE, BoardChange::on),
                Column.text(h(l, "change"), (BoardChange c) -> ExportWords.change(l, c.change())),
                Column.text(h(l, "member"), BoardChange::memberName),
                Column.text(h(l, "detail"), (BoardChange c) -> ExportWords.changeDetail(l, c)));
    }

    /** A column header of the workbook in {@code language}. */
    static String h(Locale language, String name) {
        return Messages.in(language, "workbook.column." + name);
    }

    /** Rows an Excel sheet holds, header included (SpreadsheetVersion.EXCEL2007). */
    static final int EXCEL_MAX_ROWS = 1_048_576;

    private final BoardReportData data;
    private final int sheetRows;

    public BoardReportWriter(BoardReportRepository repository, RosterRepository roster) {
        this(BoardReportData.of(repository, roster), EXCEL_MAX_ROWS);
    }

    /**
     * @param sheetRows the most rows a sheet may take, header and totals row included: contributions beyond it
     *        continue on "Contributions (2)", "Contributions (3)"... (tests pass a small number)
     */
    BoardReportWriter(BoardReportData data, int sheetRows) {
        if (sheetRows < 3) {
            throw new IllegalArgumentException("a sheet needs room for a header, a row and a totals row");
        }
        this.data = data;
        this.sheetRows = sheetRows;
    }

    /** Rows the report will write (members, pledges, contributions): the total a progress bar counts against. */
    public long expectedRows(ReportPeriod period) {
        return data.expectedRows(period);
    }

    /**
     * Writes the whole workbook to {@code out} (left open) and returns its headline block; throws as soon as the user
     * cancels. The sheets a board reads come first and print; the roster and the contribution lines come last as an
     * appendix that the default print leaves out.
     */
    public BoardHeadline write(OutputStream out, BoardReportInput input, ExportProgress progress)
            throws IOException, ExportCancelledException {
        ReportPeriod period = input.period();
        Locale l = input.language();
        String covers = Messages.in(l, "workbook.covers", period.label(l), period.from(), period.to());
        String total = Messages.in(l, "workbook.total");
        try (WorkbookWriter workbook = new WorkbookWriter(input.settings().chamberName(), covers,
                input.settings().paperSize(), l)) {
            // first, so it opens first; filled last, when the figures of the other sheets are known
            SXSSFSheet summary = workbook.freeSheet(summarySheet(l));
            BoardFigures figures = new BoardFigures(l);
            writePledges(workbook, input, figures, progress);
            figures.projects = data.projects(period);
            SheetWriter<BoardProject> projects = workbook.sheet(Messages.in(l, "workbook.sheet.projects"),
                    projectColumns(l)).writeRows(figures.projects.iterator(), progress).totalsRow(total, 1);
            new SummaryCharts(workbook, projects.poiSheet(), l).write(figures.projects.size() + 2, input.months(),
                    figures.projects);
            figures.pitchNights = data.pitchNights(period);
            workbook.sheet(pitchNightsSheet(l), pitchColumns(l)).writeRows(figures.pitchNights.iterator(), progress)
                    .totalsRow(total, 3, 4, 5, 6, 7);
            figures.changes = data.changesSince(input.changesSince());
            workbook.sheet(changesSheet(l), changeColumns(l)).writeRows(figures.changes.iterator(), progress);
            // created here for its place among the tabs; written once the number of contribution sheets is known
            SXSSFSheet definitions = workbook.freeSheet(Messages.in(l, "workbook.sheet.definitions"));
            writeMembers(workbook, figures, progress);
            writeContributions(workbook, period, figures, progress);
            BoardDefinitions.write(workbook, definitions, input, figures.contributionSheets.size());
            BoardHeadline headline = figures.headline(input.comparedWith());
            new SummaryPage(workbook, summary, input, figures, headline).write();
            progress.checkCancelled();
            workbook.write(out);
            return headline;
        }
    }

    private void writeMembers(WorkbookWriter workbook, BoardFigures figures, ExportProgress progress)
            throws ExportCancelledException {
        Locale l = workbook.language();
        SheetWriter<RosterMember> sheet = workbook.sheet(membersSheet(l), memberColumns(l));
        try (Stream<RosterMember> rows = data.members()) {
            Iterator<RosterMember> it = rows.iterator();
            while (it.hasNext()) {
                RosterMember m = it.next();
                String status = ExportWords.memberStatus(l, m.status());
                figures.membersByStatus.merge(status, 1, Integer::sum);
                if (figures.active.equals(status)) {
                    if (m.tier() == null || m.tier().isBlank()) {
                        figures.activeWithoutTier++;
                    } else {
                        figures.activeByTier.merge(m.tier(), 1, Integer::sum);
                    }
                }
                sheet.writeRow(m);
                progress.step();
            }
        }
        figures.memberRows = sheet.dataRowCount();
        sheet.highlightWhenTextEquals(MEMBER_STATUS, ExportWords.memberStatus(l, "LAPSED"), Highlight.AMBER);
        workbook.leaveOutOfPrint(sheet.poiSheet(), MEMBER_COLUMN_COUNT);
    }

    private void writePledges(WorkbookWriter workbook, BoardReportInput input, BoardFigures figures,
            ExportProgress progress) throws ExportCancelledException {
        Locale l = workbook.language();
        SheetWriter<PledgeLine> sheet = workbook.sheet(pledgesSheet(l), pledgeColumns(l));
        ReportPeriod period = input.period();
        try (Stream<BoardPledge> rows = data.pledges(period)) {
            Iterator<BoardPledge> it = rows.iterator();
            while (it.hasNext()) {
                BoardPledge p = it.next();
                Fulfilment f = FulfilmentRules.fulfilment(p.pledge(), p.deliveredToDateMinutes(), input.today(),
                        input.settings());
                PledgeLine line = new PledgeLine(p, f, share(f.pledgedMinutes(), p.pledge(), period));
                figures.pledgedMinutes += f.pledgedMinutes();
                figures.shareMinutes += line.shareMinutes();
                figures.expectedMinutes += f.expectedMinutes();
                figures.deliveredInPeriodMinutes += p.deliveredInPeriodMinutes();
                figures.deliveredToDateMinutes += f.deliveredMinutes();
                String status = statusLabel(l, f);
                figures.pledgesByStatus.merge(status, 1, Integer::sum);
                if (figures.needAttention.contains(status)) {
                    figures.needsAttention(new AttentionPledge(p.memberName(), ExportWords.project(l, p.projectName()),
                        status,
                            Math.max(0, f.expectedMinutes() - f.deliveredMinutes())));
                }
                sheet.writeRow(line);
                progress.step();
            }
        }
        figures.pledgeRows = sheet.dataRowCount();
        workbook.printOnly(sheet.poiSheet(), P_KIND - 1, figures.pledgeRows + 1);
        sheet.totalsRow(Messages.in(l, "workbook.total"))
                .highlightWhenTextEquals(P_STATUS, ExportWords.fulfilment(l, FulfilmentStatus.AT_RISK), Highlight.RED)
                .highlightWhenTextEquals(P_STATUS, ExportWords.fulfilment(l, FulfilmentStatus.OVERDUE), Highlight.RED)
                .highlightWhenTextEquals(P_STATUS, ExportWords.fulfilment(l, FulfilmentStatus.BEHIND), Highlight.AMBER)
                .highlightWhenTextEquals(P_STATUS, ExportWords.fulfilment(l, FulfilmentStatus.ON_TRACK),
                        Highlight.GREEN)
                .highlightWhenTextEquals(P_STATUS, ExportWords.fulfilment(l, FulfilmentStatus.FULFILLED),
                        Highlight.GREEN);
    }

    /**
     * Contributions, continued on "Contributions (2)", "Contributions (3)"... when one sheet cannot hold them all:
     * each part has the same header, frozen row and filter, and a totals row of its own rows.
     */
    private void writeContributions(WorkbookWriter workbook, ReportPeriod period, BoardFigures figures,
            ExportProgress progress) throws ExportCancelledException {
        // header and totals row take one row each
        int perSheet = sheetRows - 2;
        Locale l = workbook.language();
        String partTotal = Messages.in(l, "workbook.total.part");
        SheetWriter<BoardContribution> sheet = workbook.sheet(contributionSheet(l, 1), contributionColumns(l));
        try (Stream<BoardContribution> rows = data.contributions(period)) {
            Iterator<BoardContribution> it = rows.iterator();
            while (it.hasNext()) {
                if (sheet.dataRowCount() == perSheet) {
                    figures.contributionSheets.put(sheet.name(), sheet.dataRowCount());
                    sheet.totalsRow(partTotal, C_HOURS);
                    workbook.leaveOutOfPrint(sheet.poiSheet(), CONTRIBUTION_COLUMN_COUNT);
                    sheet = workbook.sheet(contributionSheet(l, figures.contributionSheets.size() + 1),
                            contributionColumns(l));
                }
                BoardContribution c = it.next();
                figures.contributionMinutes += c.minutes();
                sheet.writeRow(c);
                progress.step();
            }
        }
        figures.contributionSheets.put(sheet.name(), sheet.dataRowCount());
        sheet.totalsRow(figures.contributionSheets.size() > 1 ? partTotal : Messages.in(l, "workbook.total"),
                C_HOURS);
        workbook.leaveOutOfPrint(sheet.poiSheet(), CONTRIBUTION_COLUMN_COUNT);
    }

    /** "Contributions", then "Contributions (2)", "Contributions (3)"... */
    static String contributionSheet(Locale language, int part) {
        String name = Messages.in(language, "workbook.sheet.contributions");
        return part == 1 ? name : Messages.in(language, "workbook.sheet.part", name, part);
    }

    /**
     * The part of a pledge due within the period: pledged x days of its period inside the report's / days of its
     * period, rounded half-up (the rule of docs/fulfilment-rules.md, "Hours pledged in a date range").
     */
    static long share(long pledged, Pledge pledge, ReportPeriod period) {
        LocalDate from = pledge.periodStart().isAfter(period.from()) ? pledge.periodStart() : period.from();
        LocalDate to = pledge.periodEnd().isBefore(period.to()) ? pledge.periodEnd() : period.to();
        long inside = to.isBefore(from) ? 0 : FulfilmentRules.daysInclusive(from, to);
        long days = FulfilmentRules.daysInclusive(pledge.periodStart(), pledge.periodEnd());
        return (2 * pledged * inside + days) / (2 * days);
    }

    static String statusLabel(Locale language, Fulfilment f) {
        return ExportWords.fulfilment(language, f.status());
    }

    /** "Hours", or "2.5 % of 40 IT staff" ("2,5 % de 40 employés en TI"). */
    static String kind(Locale language, Pledge p) {
        if (p.kind() == PledgeKind.HOURS) {
            return Messages.in(language, "workbook.kind.hours");
        }
        return Messages.in(language, "workbook.kind.percent", p.percentBp() / 100.0, p.headcountBasis());
    }
}
