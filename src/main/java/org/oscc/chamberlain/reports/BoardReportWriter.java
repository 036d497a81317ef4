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
import org.oscc.chamberlain.pledges.Pledge;
import org.oscc.chamberlain.pledges.PledgeKind;

/**
 * Writes the board report workbook (issues 7 and 14): Summary (the board's page: a headline block and the other key
 * figures, as formulas over the other sheets with their values), Pledges, Projects (with two native charts), Pitch
 * nights, Changes and Definitions, then the appendix the default print leaves out: Members and Contributions.
 * Streams: contributions and pledges go from an open cursor to SXSSF's temporary files, so the size of the chamber
 * does not decide the heap it needs; contributions that do not fit one sheet continue on "Contributions (2)"... Fulfilment comes from {@link FulfilmentRules}, as of the report's day.
 */
public final class BoardReportWriter {
    /** The report_run kind of board reports. */
    public static final String KIND = "BOARD";

    static final String SUMMARY = "Summary";
    static final String MEMBERS = "Members";
    static final String PLEDGES = "Pledges";
    static final String CONTRIBUTIONS = "Contributions";
    static final String PROJECTS = "Projects";
    static final String PITCH_NIGHTS = "Pitch nights";
    static final String CHANGES = "Changes";
    static final String DEFINITIONS = "Definitions";
    /** The sheets in tab order: what the board reads, then the appendix (not printed by default). */
    static final List<String> SHEETS = List.of(SUMMARY, PLEDGES, PROJECTS, PITCH_NIGHTS, CHANGES, DEFINITIONS,
            MEMBERS, CONTRIBUTIONS);

    static final List<Column<RosterMember>> MEMBER_COLUMNS = List.of(
            Column.text("Name", RosterMember::name),
            Column.text("Tier", RosterMember::tier),
            Column.text("Status", (RosterMember m) -> RosterExporter.label(m.status())),
            Column.of("Member since", CellKind.DATE, RosterMember::memberSince),
            Column.of("Renewal due", CellKind.DATE, RosterMember::renewalDue),
            Column.text("Primary contact", RosterMember::primaryContactName),
            Column.text("E-mail", RosterMember::primaryContactEmail),
            Column.of("Phone", CellKind.TEXT_AS_IS, RosterMember::primaryContactPhone));
    static final int MEMBER_TIER = 1;
    static final int MEMBER_STATUS = 2;

    /** A pledge with the figures the rules give it as of the report's day. */
    record PledgeLine(BoardPledge row, Fulfilment fulfilment, long shareMinutes) {
    }

    static final List<Column<PledgeLine>> PLEDGE_COLUMNS = List.of(
            Column.text("Member", (PledgeLine l) -> l.row().memberName()),
            Column.text("Project", (PledgeLine l) -> l.row().projectName()),
            // beside the names: what a board reads first, and no number runs into it
            Column.text("Status", (PledgeLine l) -> statusLabel(l.fulfilment())),
            Column.of("Period start", CellKind.DATE, (PledgeLine l) -> l.row().pledge().periodStart()),
            Column.of("Period end", CellKind.DATE, (PledgeLine l) -> l.row().pledge().periodEnd()),
            Column.of("Pledged (h)", CellKind.HOURS, (PledgeLine l) -> l.fulfilment().pledgedMinutes()),
            Column.of("Due in period (h)", CellKind.HOURS, PledgeLine::shareMinutes),
            Column.of("Expected to date (h)", CellKind.HOURS, (PledgeLine l) -> l.fulfilment().expectedMinutes()),
            Column.of("Delivered in period (h)", CellKind.HOURS, (PledgeLine l) -> l.row().deliveredInPeriodMinutes()),
            Column.of("Delivered to date (h)", CellKind.HOURS, (PledgeLine l) -> l.fulfilment().deliveredMinutes()),
            Column.of("Fulfilment %", CellKind.PERCENT, (PledgeLine l) -> l.fulfilment().percentOfPledgedBp()),
            // last, and left out of the print: the hours beside it are what the board reads
            Column.text("Kind", (PledgeLine l) -> kind(l.row().pledge())));
    /** 0-based columns of the Pledges sheet the Summary refers to. */
    static final int P_STATUS = 2;
    static final int P_START = 3;
    static final int P_PLEDGED = 5;
    static final int P_SHARE = 6;
    static final int P_EXPECTED = 7;
    static final int P_DELIVERED_IN = 8;
    static final int P_DELIVERED_TO_DATE = 9;
    static final int P_KIND = 11;

    static final List<Column<BoardContribution>> CONTRIBUTION_COLUMNS = List.of(
            Column.of("Date", CellKind.DATE, BoardContribution::contributedOn),
            Column.text("Member", BoardContribution::memberName),
            Column.text("Project", BoardContribution::projectName),
            Column.of("Pledge no.", CellKind.INTEGER, BoardContribution::pledgeId),
            Column.of("Hours", CellKind.HOURS, BoardContribution::minutes),
            Column.text("Contributor", BoardContribution::contributor),
            Column.text("Description", BoardContribution::description).withWidth(30));
    static final int C_HOURS = 4;

    static final List<Column<BoardProject>> PROJECT_COLUMNS = List.of(
            Column.text("Project", BoardProject::projectName),
            Column.of("Hours received in period", CellKind.HOURS, BoardProject::deliveredMinutes),
            Column.of("Pledging members", CellKind.INTEGER, BoardProject::pledgingMembers));

    static final List<Column<BoardPitchNight>> PITCH_COLUMNS = List.of(
            Column.of("Starts", CellKind.DATETIME, BoardPitchNight::startsAt),
            Column.text("Title", BoardPitchNight::title),
            Column.text("Status", (BoardPitchNight n) -> RosterExporter.label(n.status())),
            Column.of("Pitches", CellKind.INTEGER, BoardPitchNight::pitches),
            Column.of("Invited", CellKind.INTEGER, BoardPitchNight::invited),
            Column.of("Accepted", CellKind.INTEGER, BoardPitchNight::accepted),
            Column.of("Attended", CellKind.INTEGER, BoardPitchNight::attended),
            Column.of("Pledges that followed", CellKind.INTEGER, BoardPitchNight::pledgesFollowed));

    static final List<Column<BoardChange>> CHANGE_COLUMNS = List.of(
            Column.of("Date", CellKind.DATE, BoardChange::on),
            Column.text("Change", BoardChange::change),
            Column.text("Member", BoardChange::memberName),
            Column.text("Detail", BoardChange::detail));

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
        String covers = "Board report " + period.label() + ", " + period.from() + " to " + period.to();
        try (WorkbookWriter workbook = new WorkbookWriter(input.settings().chamberName(), covers,
                input.settings().paperSize())) {
            // first, so it opens first; filled last, when the figures of the other sheets are known
            SXSSFSheet summary = workbook.freeSheet(SUMMARY);
            BoardFigures figures = new BoardFigures();
            writePledges(workbook, input, figures, progress);
            figures.projects = data.projects(period);
            SheetWriter<BoardProject> projects = workbook.sheet(PROJECTS, PROJECT_COLUMNS)
                    .writeRows(figures.projects.iterator(), progress).totalsRow("Total", 1);
            new SummaryCharts(workbook, projects.poiSheet()).write(figures.projects.size() + 2, input.months(),
                    figures.projects);
            figures.pitchNights = data.pitchNights(period);
            workbook.sheet(PITCH_NIGHTS, PITCH_COLUMNS).writeRows(figures.pitchNights.iterator(), progress)
                    .totalsRow("Total", 3, 4, 5, 6, 7);
            figures.changes = data.changesSince(input.changesSince());
            workbook.sheet(CHANGES, CHANGE_COLUMNS).writeRows(figures.changes.iterator(), progress);
            // created here for its place among the tabs; written once the number of contribution sheets is known
            SXSSFSheet definitions = workbook.freeSheet(DEFINITIONS);
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
        SheetWriter<RosterMember> sheet = workbook.sheet(MEMBERS, MEMBER_COLUMNS);
        try (Stream<RosterMember> rows = data.members()) {
            Iterator<RosterMember> it = rows.iterator();
            while (it.hasNext()) {
                RosterMember m = it.next();
                String status = RosterExporter.label(m.status());
                figures.membersByStatus.merge(status, 1, Integer::sum);
                if ("Active".equals(status)) {
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
        sheet.highlightWhenTextEquals(MEMBER_STATUS, "Lapsed", Highlight.AMBER);
        workbook.leaveOutOfPrint(sheet.poiSheet(), MEMBER_COLUMNS.size());
    }

    private void writePledges(WorkbookWriter workbook, BoardReportInput input, BoardFigures figures,
            ExportProgress progress) throws ExportCancelledException {
        SheetWriter<PledgeLine> sheet = workbook.sheet(PLEDGES, PLEDGE_COLUMNS);
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
                String status = statusLabel(f);
                figures.pledgesByStatus.merge(status, 1, Integer::sum);
                if (BoardFigures.NEED_ATTENTION.contains(status)) {
                    figures.needsAttention(new AttentionPledge(p.memberName(), p.projectName(), status,
                            Math.max(0, f.expectedMinutes() - f.deliveredMinutes())));
                }
                sheet.writeRow(line);
                progress.step();
            }
        }
        figures.pledgeRows = sheet.dataRowCount();
        workbook.printOnly(sheet.poiSheet(), P_KIND - 1, figures.pledgeRows + 1);
        sheet.totalsRow("Total")
                .highlightWhenTextEquals(P_STATUS, "At risk", Highlight.RED)
                .highlightWhenTextEquals(P_STATUS, "Overdue", Highlight.RED)
                .highlightWhenTextEquals(P_STATUS, "Behind", Highlight.AMBER)
                .highlightWhenTextEquals(P_STATUS, "On track", Highlight.GREEN)
                .highlightWhenTextEquals(P_STATUS, "Fulfilled", Highlight.GREEN);
    }

    /**
     * Contributions, continued on "Contributions (2)", "Contributions (3)"... when one sheet cannot hold them all:
     * each part has the same header, frozen row and filter, and a totals row of its own rows.
     */
    private void writeContributions(WorkbookWriter workbook, ReportPeriod period, BoardFigures figures,
            ExportProgress progress) throws ExportCancelledException {
        // header and totals row take one row each
        int perSheet = sheetRows - 2;
        SheetWriter<BoardContribution> sheet = workbook.sheet(CONTRIBUTIONS, CONTRIBUTION_COLUMNS);
        try (Stream<BoardContribution> rows = data.contributions(period)) {
            Iterator<BoardContribution> it = rows.iterator();
            while (it.hasNext()) {
                if (sheet.dataRowCount() == perSheet) {
                    figures.contributionSheets.put(sheet.name(), sheet.dataRowCount());
                    sheet.totalsRow(PART_TOTAL, C_HOURS);
                    workbook.leaveOutOfPrint(sheet.poiSheet(), CONTRIBUTION_COLUMNS.size());
                    sheet = workbook.sheet(contributionSheet(figures.contributionSheets.size() + 1),
                            CONTRIBUTION_COLUMNS);
                }
                BoardContribution c = it.next();
                figures.contributionMinutes += c.minutes();
                sheet.writeRow(c);
                progress.step();
            }
        }
        figures.contributionSheets.put(sheet.name(), sheet.dataRowCount());
        sheet.totalsRow(figures.contributionSheets.size() > 1 ? PART_TOTAL : "Total", C_HOURS);
        workbook.leaveOutOfPrint(sheet.poiSheet(), CONTRIBUTION_COLUMNS.size());
    }

    static final String PART_TOTAL = "Total of this sheet";

    /** "Contributions", then "Contributions (2)", "Contributions (3)"... */
    static String contributionSheet(int part) {
        return part == 1 ? CONTRIBUTIONS : CONTRIBUTIONS + " (" + part + ")";
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

    static String statusLabel(Fulfilment f) {
        return RosterExporter.label(f.status().name());
    }

    static String kind(Pledge p) {
        if (p.kind() == PledgeKind.HOURS) {
            return "Hours";
        }
        int bp = p.percentBp();
        String percent = bp % 100 == 0 ? Integer.toString(bp / 100)
                : String.format(Locale.ROOT, "%d.%02d", bp / 100, bp % 100).replaceAll("0$", "");
        return percent + " % of " + p.headcountBasis() + " IT staff";
    }
}
