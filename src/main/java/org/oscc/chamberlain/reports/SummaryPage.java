package org.oscc.chamberlain.reports;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.oscc.chamberlain.pledges.FulfilmentRules;
import org.oscc.chamberlain.pledges.MonthFigures;
import org.oscc.chamberlain.text.DateTimeText;

/**
 * The Summary sheet of the board report: the key figures a treasurer hands to the board, each a formula over the
 * sheet it comes from (so it can be checked there) carrying its computed value, and two charts whose data sits in
 * a small block of cells at the bottom. Written last, once the other sheets have streamed by.
 */
final class SummaryPage {
    static final int LABEL = 0;
    static final int VALUE = 1;
    static final int CHART_FIRST_COLUMN = 3;
    static final int CHART_LAST_COLUMN = 12;
    static final int CHART_ROWS = 18;

    private final WorkbookWriter workbook;
    private final SXSSFSheet sheet;
    private final BoardReportInput input;
    private final BoardFigures f;
    private final CellStyle title;
    private final CellStyle heading;
    private final CellStyle note;
    private int row;

    SummaryPage(WorkbookWriter workbook, SXSSFSheet sheet, BoardReportInput input, BoardFigures figures) {
        this.workbook = workbook;
        this.sheet = sheet;
        this.input = input;
        this.f = figures;
        var poi = workbook.poi();
        Font big = poi.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);
        title = poi.createCellStyle();
        title.setFont(big);
        Font bold = poi.createFont();
        bold.setBold(true);
        bold.setFontHeightInPoints((short) 12);
        heading = poi.createCellStyle();
        heading.setFont(bold);
        Font grey = poi.createFont();
        grey.setItalic(true);
        grey.setColor(org.apache.poi.ss.usermodel.IndexedColors.GREY_50_PERCENT.getIndex());
        note = poi.createCellStyle();
        note.setFont(grey);
    }

    void write() {
        // the summary is one page of its own: no repeated header row, and one page tall as well as wide
        sheet.setRepeatingRows(null);
        sheet.getPrintSetup().setFitHeight((short) 1);
        sheet.setColumnWidth(LABEL, 44 * 256);
        // wide enough for the period and the "as of" text as well as the figures
        sheet.setColumnWidth(VALUE, 24 * 256);
        sheet.setColumnWidth(2, 8 * 256);
        text(title, input.settings().chamberName());
        text(heading, "Board report: " + input.period().label());
        pair("Period", input.period().from() + " to " + input.period().to());
        pair("As of", DateTimeText.dateTime(input.asOf()) + " (" + input.settings().timeZone().getId() + ")");
        pair("Previous board report", input.previous().map(r -> r.createdAt().toLocalDate() + " (" + r.periodFrom()
                + " to " + r.periodTo() + ")").orElse("none"));
        row++;
        members();
        pledges();
        pitchNights();
        changes();
        row++;
        text(note, "Each figure is a formula over the sheet named beside it; the Definitions sheet says how it is "
                + "computed.");
        new SummaryCharts(workbook, sheet).write(Math.max(row + 1, 2 * CHART_ROWS + 2), input.months(), f.projects);
    }

    private void members() {
        text(heading, "Members");
        String status = range(BoardReportWriter.MEMBERS, BoardReportWriter.MEMBER_STATUS, f.memberRows);
        String tier = range(BoardReportWriter.MEMBERS, BoardReportWriter.MEMBER_TIER, f.memberRows);
        for (Map.Entry<String, Integer> e : f.membersByStatus.entrySet()) {
            figure(e.getKey() + " members", CellKind.INTEGER, "COUNTIF(" + status + "," + quote(e.getKey()) + ")",
                    e.getValue());
        }
        for (Map.Entry<String, Integer> e : f.activeByTier.entrySet()) {
            String label = "  Active, tier " + e.getKey();
            if (plainCriterion(e.getKey())) {
                figure(label, CellKind.INTEGER, "COUNTIFS(" + status + ",\"Active\"," + tier + "," + quote(e.getKey())
                        + ")", e.getValue());
            } else {
                figure(label, CellKind.INTEGER, null, e.getValue());
            }
        }
        if (f.activeWithoutTier > 0) {
            figure("  Active, no tier", CellKind.INTEGER, null, f.activeWithoutTier);
        }
    }

    private void pledges() {
        row++;
        text(heading, "Pledged hours");
        String sheetName = BoardReportWriter.PLEDGES;
        figure("Pledges counted (active, fulfilled or lapsed, meeting the period)", CellKind.INTEGER,
                "COUNTA(" + range(sheetName, 0, f.pledgeRows) + ")", f.pledgeRows);
        int pledged = figure("Hours pledged (whole pledges)", CellKind.HOURS, total(sheetName, BoardReportWriter.P_PLEDGED,
                f.pledgeRows), f.pledgedMinutes);
        int due = figure("Hours due in the period", CellKind.HOURS, total(sheetName, BoardReportWriter.P_SHARE,
                f.pledgeRows), f.shareMinutes);
        int delivered = figure("Hours delivered in the period", CellKind.HOURS, total(sheetName,
                BoardReportWriter.P_DELIVERED_IN, f.pledgeRows), f.deliveredInPeriodMinutes);
        percent("Fulfilment in the period (delivered / due)", delivered, due, f.deliveredInPeriodMinutes,
                f.shareMinutes);
        figure("Hours expected to date", CellKind.HOURS, total(sheetName, BoardReportWriter.P_EXPECTED,
                f.pledgeRows), f.expectedMinutes);
        int toDate = figure("Hours delivered to date", CellKind.HOURS, total(sheetName,
                BoardReportWriter.P_DELIVERED_TO_DATE, f.pledgeRows), f.deliveredToDateMinutes);
        percent("Fulfilment to date (delivered / pledged)", toDate, pledged, f.deliveredToDateMinutes,
                f.pledgedMinutes);
        String status = range(sheetName, BoardReportWriter.P_STATUS, f.pledgeRows);
        for (String s : List.of("Behind", "At risk", "Overdue")) {
            figure("Pledges " + s.toLowerCase(Locale.ROOT), CellKind.INTEGER, "COUNTIF(" + status + "," + quote(s)
                    + ")", f.pledgesByStatus.getOrDefault(s, 0));
        }
        // one COUNT per sheet of contributions, added up (older readers take at most 30 arguments per function)
        StringBuilder counts = new StringBuilder();
        for (Map.Entry<String, Integer> part : f.contributionSheets.entrySet()) {
            counts.append(counts.length() == 0 ? "" : "+").append("COUNT(").append(range(part.getKey(),
                    BoardReportWriter.C_HOURS, part.getValue())).append(')');
        }
        figure("Contributions in the period", CellKind.INTEGER, counts.toString(), f.contributionRows());
        if (f.contributionSheets.size() > 1) {
            text(note, "More contributions than one sheet holds: they continue from \"" + BoardReportWriter.CONTRIBUTIONS
                    + "\" on \"" + BoardReportWriter.contributionSheet(2) + "\" to \""
                    + BoardReportWriter.contributionSheet(f.contributionSheets.size()) + "\".");
        }
    }

    private void pitchNights() {
        row++;
        text(heading, "Pitch nights");
        String sheetName = BoardReportWriter.PITCH_NIGHTS;
        int n = f.pitchNights.size();
        figure("Pitch nights held", CellKind.INTEGER, "COUNTIF(" + range(sheetName, 2, n) + ",\"Held\")",
                f.pitchNights.stream().filter(p -> "HELD".equals(p.status())).count());
        figure("Pitches", CellKind.INTEGER, total(sheetName, 3, n),
                f.pitchNights.stream().mapToLong(BoardPitchNight::pitches).sum());
        figure("Invited", CellKind.INTEGER, total(sheetName, 4, n),
                f.pitchNights.stream().mapToLong(BoardPitchNight::invited).sum());
        figure("Accepted", CellKind.INTEGER, total(sheetName, 5, n),
                f.pitchNights.stream().mapToLong(BoardPitchNight::accepted).sum());
        figure("Attended", CellKind.INTEGER, total(sheetName, 6, n),
                f.pitchNights.stream().mapToLong(BoardPitchNight::attended).sum());
        figure("Pledges that followed a pitch", CellKind.INTEGER, total(sheetName, 7, n),
                f.pitchNights.stream().mapToLong(BoardPitchNight::pledgesFollowed).sum());
    }

    private void changes() {
        row++;
        text(heading, "Changes since " + (input.previous().isPresent() ? "the previous board report"
                : "the start of the period") + " (" + input.changesSince() + ")");
        String change = range(BoardReportWriter.CHANGES, 1, f.changes.size());
        for (String[] c : new String[][] {{"Members joined", "Joined"}, {"Members lapsed", "Lapsed"},
            {"Members withdrawn", "Withdrew"}, {"Pledges signed", "Pledge signed"}}) {
            figure(c[0], CellKind.INTEGER, "COUNTIF(" + change + "," + quote(c[1]) + ")", f.changes(c[1]));
        }
    }

    /** A label and a figure; the formula (without "=") gets {@code value} as its cached result. Returns the row. */
    private int figure(String label, CellKind kind, String formula, long value) {
        Row r = sheet.createRow(row);
        Cell l = r.createCell(LABEL);
        l.setCellValue(label);
        Cell v = r.createCell(VALUE);
        v.setCellStyle(workbook.styles().plain(kind));
        if (formula != null) {
            v.setCellFormula(formula);
        }
        v.setCellValue(kind == CellKind.HOURS ? value / 60.0 : value);
        return row++;
    }

    /** part / whole as a percentage rounded like the fulfilment rules (to a basis point); blank when whole is 0. */
    private void percent(String label, int partRow, int wholeRow, long part, long whole) {
        Integer bp = FulfilmentRules.percentBp(part, whole);
        if (bp == null) {
            pair(label, "n/a (nothing due)");
            return;
        }
        String p = "B" + (partRow + 1);
        String w = "B" + (wholeRow + 1);
        Row r = sheet.createRow(row++);
        r.createCell(LABEL).setCellValue(label);
        Cell v = r.createCell(VALUE);
        v.setCellStyle(workbook.styles().plain(CellKind.PERCENT));
        v.setCellFormula("ROUND(" + p + "/" + w + ",4)");
        v.setCellValue(bp / 10_000.0);
    }

    private void pair(String label, String value) {
        Row r = sheet.createRow(row++);
        r.createCell(LABEL).setCellValue(label);
        Cell v = r.createCell(VALUE);
        v.setCellValue(value);
        v.setCellStyle(FormulaGuard.isDangerous(value) ? workbook.styles().quoted(CellKind.TEXT)
                : workbook.styles().plain(CellKind.TEXT));
    }

    private void text(CellStyle style, String value) {
        Cell c = sheet.createRow(row++).createCell(LABEL);
        c.setCellValue(value);
        c.setCellStyle(FormulaGuard.isDangerous(value) ? workbook.styles().quoted(CellKind.TEXT) : style);
    }

    /** The data cells of one column of another sheet: rows 2 .. rows + 1 (row 2 alone when there are none). */
    static String range(String sheetName, int column, int rows) {
        String letter = CellReference.convertNumToColString(column);
        return sheetRef(sheetName) + "$" + letter + "$2:$" + letter + "$" + Math.max(2, rows + 1);
    }

    /** The totals cell of a column, right below its data. */
    static String total(String sheetName, int column, int rows) {
        return sheetRef(sheetName) + "$" + CellReference.convertNumToColString(column) + "$" + (rows + 2);
    }

    static String sheetRef(String sheetName) {
        return sheetName.matches("[A-Za-z]+") ? sheetName + "!" : "'" + sheetName.replace("'", "''") + "'!";
    }

    static String quote(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    /** COUNTIF reads a criterion starting with an operator or holding a wildcard as a pattern, not as the text. */
    private static boolean plainCriterion(String text) {
        return !text.isEmpty() && text.chars().noneMatch(c -> c == '*' || c == '?' || c == '~')
                && "=<>".indexOf(text.charAt(0)) < 0;
    }

    static String monthLabel(MonthFigures m) {
        return DateTimeText.month(m.month());
    }
}
