package org.oscc.chamberlain.reports;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.oscc.chamberlain.pledges.FulfilmentStatus;
import org.oscc.chamberlain.pledges.MonthFigures;
import org.oscc.chamberlain.text.DateTimeText;
import org.oscc.chamberlain.text.Messages;

/**
 * The Summary sheet, the board's page: one printed page that opens with the headline block (five figures, each with
 * its change since the previous board report of the same kind, and the pledges furthest behind schedule), then the
 * other key figures in two columns with labels a board member reads without the Definitions sheet. Each figure is a
 * formula over the sheet it comes from (so it can be checked there) carrying its computed value. Written last, once
 * the other sheets have streamed by.
 */
final class SummaryPage {
    static final int LABEL = 0;
    static final int VALUE = 1;
    static final int PREVIOUS = 2;
    static final int CHANGE = 3;
    /** The second column of other figures. */
    static final int LABEL_2 = 5;
    static final int VALUE_2 = 6;
    /** The headline figures' labels (keys under workbook.headline.), in the order the Summary shows them. */
    private static final List<String> HEADLINE = List.of("activeMembers", "pledged", "delivered", "fulfilment",
            "attention");

    private final WorkbookWriter workbook;
    private final SXSSFSheet sheet;
    private final BoardReportInput input;
    private final BoardFigures f;
    private final BoardHeadline headline;
    private final Locale language;
    private final CellStyle title;
    private final CellStyle heading;
    private final CellStyle note;
    private final CellStyle big;
    private final CellStyle bigInteger;
    private final CellStyle bigHours;
    private final CellStyle bigPercent;
    private final CellStyle changeInteger;
    private final CellStyle changeHours;
    private final CellStyle changePoints;
    private int row;

    SummaryPage(WorkbookWriter workbook, SXSSFSheet sheet, BoardReportInput input, BoardFigures figures,
            BoardHeadline headline) {
        this.workbook = workbook;
        this.sheet = sheet;
        this.input = input;
        this.f = figures;
        this.headline = headline;
        this.language = input.language();
        title = style(font(16, true, false), null);
        heading = style(font(12, true, false), null);
        Font grey = font(10, false, true);
        grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        note = style(grey, null);
        Font large = font(12, true, false);
        big = style(large, null);
        bigInteger = style(large, CellKind.INTEGER.format());
        bigHours = style(large, CellKind.HOURS.format());
        bigPercent = style(large, CellKind.PERCENT.format());
        changeInteger = style(null, "+#,##0;-#,##0;0");
        changeHours = style(null, "+#,##0.0;-#,##0.0;0.0");
        // fulfilment moves in percentage points, not in percent of itself
        String points = "\" " + w("workbook.format.points") + "\"";
        changePoints = style(null, "+0.0" + points + ";-0.0" + points + ";0.0" + points);
    }

    private Font font(int points, boolean bold, boolean italic) {
        return CellStyles.font(workbook.poi(), points, bold, italic);
    }

    private CellStyle style(Font font, String format) {
        CellStyle s = workbook.poi().createCellStyle();
        if (font != null) {
            s.setFont(font);
        }
        if (format != null) {
            s.setDataFormat(workbook.poi().createDataFormat().getFormat(format));
        }
        return s;
    }

    void write() {
        // the summary is the board's page: one page, laid out to fit it at full size (fitting only guards it)
        sheet.setRepeatingRows(null);
        sheet.getPrintSetup().setFitHeight((short) 1);
        // 126 digits wide: a landscape Letter or A4 page at full size
        sheet.setColumnWidth(LABEL, 40 * 256);
        sheet.setColumnWidth(VALUE, 12 * 256);
        sheet.setColumnWidth(PREVIOUS, 12 * 256);
        sheet.setColumnWidth(CHANGE, 13 * 256);
        sheet.setColumnWidth(4, 3 * 256);
        sheet.setColumnWidth(LABEL_2, 37 * 256);
        sheet.setColumnWidth(VALUE_2, 9 * 256);
        text(title, input.settings().chamberName());
        ReportPeriod period = input.period();
        text(heading, w("workbook.summary.title", period.label(language), period.from(), period.to()));
        long passed = Math.max(0, Math.min(period.days(), ChronoUnit.DAYS.between(period.from(), input.today()) + 1));
        text(null, w("workbook.summary.asOf", DateTimeText.dateTime(input.asOf()),
                input.settings().timeZone().getId(), passed, period.days()));
        text(null, headline.comparedWith().map(r -> w("workbook.summary.compared", r.createdAt().toLocalDate(),
                r.periodFrom(), r.periodTo())).orElse(w("workbook.summary.first")));
        row++;
        headlineBlock();
        int top = row;
        members();
        row++;
        changes();
        int leftEnd = row;
        row = top;
        pledges();
        row++;
        pitchNights();
        row = Math.max(row, leftEnd);
        if (f.contributionSheets.size() > 1) {
            text(note, w("workbook.summary.moreSheets", BoardReportWriter.contributionSheet(language, 1),
                    BoardReportWriter.contributionSheet(language, 2),
                    BoardReportWriter.contributionSheet(language, f.contributionSheets.size())));
        }
        text(note, w("workbook.summary.notPrinted"));
        text(note, w("workbook.summary.formulas"));
    }

    private void headlineBlock() {
        Row header = sheet.createRow(row++);
        header(header, LABEL, w("workbook.headline"), HorizontalAlignment.LEFT);
        header(header, VALUE, w("workbook.headline.now"), HorizontalAlignment.RIGHT);
        header(header, PREVIOUS, w("workbook.headline.last"), HorizontalAlignment.RIGHT);
        header(header, CHANGE, w("workbook.headline.change"), HorizontalAlignment.RIGHT);
        String pledgesSheet = BoardReportWriter.pledgesSheet(language);
        HeadlineFigures now = headline.figures();
        Optional<HeadlineFigures> before = headline.previous();
        List<String> labels = headlineLabels(language);
        String status = range(pledgesSheet, BoardReportWriter.P_STATUS, f.pledgeRows);
        headlineRow(labels.get(0), CellKind.INTEGER, "COUNTIF(" + range(BoardReportWriter.membersSheet(language),
                BoardReportWriter.MEMBER_STATUS, f.memberRows) + "," + quote(f.active) + ")", now.activeMembers(),
                before.map(b -> (long) b.activeMembers()));
        int pledged = headlineRow(labels.get(1), CellKind.HOURS, total(pledgesSheet, BoardReportWriter.P_SHARE,
                f.pledgeRows), now.pledgedMinutes(), before.map(HeadlineFigures::pledgedMinutes));
        int delivered = headlineRow(labels.get(2), CellKind.HOURS, total(pledgesSheet,
                BoardReportWriter.P_DELIVERED_IN, f.pledgeRows), now.deliveredMinutes(),
                before.map(HeadlineFigures::deliveredMinutes));
        if (now.fulfilmentBp() == null) {
            Row r = sheet.createRow(row++);
            r.createCell(LABEL).setCellValue(labels.get(3));
            r.getCell(LABEL).setCellStyle(big);
            r.createCell(VALUE).setCellValue(w("workbook.headline.noFulfilment"));
        } else {
            headlineRow(labels.get(3), CellKind.PERCENT, "ROUND(B" + (delivered + 1)
                    + "/B" + (pledged + 1) + ",4)", now.fulfilmentBp(),
                    before.map(HeadlineFigures::fulfilmentBp).map(Integer::longValue));
        }
        StringBuilder attention = new StringBuilder();
        for (String s : f.needAttention) {
            attention.append(attention.length() == 0 ? "" : "+").append("COUNTIF(").append(status).append(',')
                    .append(quote(s)).append(')');
        }
        headlineRow(labels.get(4), CellKind.INTEGER, attention.toString(),
                now.attentionPledges(), before.map(b -> (long) b.attentionPledges()));
        int n = 1;
        for (AttentionPledge p : headline.worst()) {
            Row r = sheet.createRow(row++);
            // one text that runs across the empty cells beside it, however long the names
            plainText(r, LABEL, "    " + w("workbook.headline.worstLine", n++, p.memberName(), p.projectName(),
                    p.status(), p.shortMinutes() / 60.0));
        }
        if (headline.worst().isEmpty()) {
            plainText(sheet.createRow(row++), LABEL, "    " + w("workbook.headline.noneBehind"));
        }
        at(LABEL, note, w("workbook.headline.fulfilmentNote"));
        at(LABEL, note, w("workbook.headline.attentionNote"));
        row++;
    }

    /** A headline figure: its formula (with its value), the previous report's value and the change. */
    private int headlineRow(String label, CellKind kind, String formula, long value, Optional<Long> previous) {
        Row r = sheet.createRow(row);
        Cell l = r.createCell(LABEL);
        l.setCellValue(label);
        l.setCellStyle(big);
        Cell v = r.createCell(VALUE);
        v.setCellStyle(kind == CellKind.HOURS ? bigHours : kind == CellKind.PERCENT ? bigPercent : bigInteger);
        v.setCellFormula(formula);
        v.setCellValue(cellValue(kind, value));
        if (previous.isPresent()) {
            Cell p = r.createCell(PREVIOUS);
            p.setCellStyle(workbook.styles().plain(kind));
            p.setCellValue(cellValue(kind, previous.get()));
            Cell c = r.createCell(CHANGE);
            String own = "B" + (row + 1);
            String before = "C" + (row + 1);
            if (kind == CellKind.PERCENT) {
                c.setCellStyle(changePoints);
                c.setCellFormula("ROUND((" + own + "-" + before + ")*100,2)");
                c.setCellValue((value - previous.get()) / 100.0);
            } else {
                c.setCellStyle(kind == CellKind.HOURS ? changeHours : changeInteger);
                c.setCellFormula(own + "-" + before);
                c.setCellValue(cellValue(kind, value - previous.get()));
            }
        }
        return row++;
    }

    private static double cellValue(CellKind kind, long value) {
        return kind == CellKind.HOURS ? value / 60.0 : kind == CellKind.PERCENT ? value / 10_000.0 : value;
    }

    private void members() {
        text(heading, w("workbook.members.today"));
        String members = BoardReportWriter.membersSheet(language);
        String status = range(members, BoardReportWriter.MEMBER_STATUS, f.memberRows);
        String tier = range(members, BoardReportWriter.MEMBER_TIER, f.memberRows);
        for (String code : List.of("LAPSED", "PROSPECT", "WITHDRAWN")) {
            String word = ExportWords.memberStatus(language, code);
            figure(LABEL, w("workbook.members." + code), CellKind.INTEGER, "COUNTIF(" + status + "," + quote(word)
                    + ")", f.membersByStatus.getOrDefault(word, 0));
        }
        for (Map.Entry<String, Integer> e : f.activeByTier.entrySet()) {
            String label = w("workbook.members.tier", e.getKey());
            figure(LABEL, label, CellKind.INTEGER, plainCriterion(e.getKey()) ? "COUNTIFS(" + status + ","
                    + quote(f.active) + "," + tier + "," + quote(e.getKey()) + ")" : null, e.getValue());
        }
        if (f.activeWithoutTier > 0) {
            figure(LABEL, w("workbook.members.noTier"), CellKind.INTEGER, null, f.activeWithoutTier);
        }
    }

    private void pledges() {
        at(LABEL_2, heading, w("workbook.pledges.heading"));
        String sheetName = BoardReportWriter.pledgesSheet(language);
        figure(LABEL_2, w("workbook.pledges.counted"), CellKind.INTEGER,
                "COUNTA(" + range(sheetName, 0, f.pledgeRows) + ")", f.pledgeRows);
        String status = range(sheetName, BoardReportWriter.P_STATUS, f.pledgeRows);
        for (FulfilmentStatus s : List.of(FulfilmentStatus.BEHIND, FulfilmentStatus.AT_RISK,
                FulfilmentStatus.OVERDUE)) {
            String word = ExportWords.fulfilment(language, s);
            figure(LABEL_2, w("workbook.pledges." + s.name()), CellKind.INTEGER, "COUNTIF(" + status + ","
                    + quote(word) + ")", f.pledgesByStatus.getOrDefault(word, 0));
        }
        figure(LABEL_2, w("workbook.pledges.wholeTerms"), CellKind.HOURS, total(sheetName,
                BoardReportWriter.P_PLEDGED, f.pledgeRows), f.pledgedMinutes);
        figure(LABEL_2, w("workbook.pledges.dueByAsOf"), CellKind.HOURS, total(sheetName,
                BoardReportWriter.P_EXPECTED, f.pledgeRows), f.expectedMinutes);
        figure(LABEL_2, w("workbook.pledges.deliveredSoFar"), CellKind.HOURS, total(sheetName,
                BoardReportWriter.P_DELIVERED_TO_DATE, f.pledgeRows), f.deliveredToDateMinutes);
        // one COUNT per sheet of contributions, added up (older readers take at most 30 arguments per function)
        StringBuilder counts = new StringBuilder();
        for (Map.Entry<String, Integer> part : f.contributionSheets.entrySet()) {
            counts.append(counts.length() == 0 ? "" : "+").append("COUNT(").append(range(part.getKey(),
                    BoardReportWriter.C_HOURS, part.getValue())).append(')');
        }
        figure(LABEL_2, w("workbook.pledges.contributions"), CellKind.INTEGER, counts.toString(),
                f.contributionRows());
    }

    private void pitchNights() {
        at(LABEL_2, heading, w("workbook.nights.heading"));
        String sheetName = BoardReportWriter.pitchNightsSheet(language);
        int n = f.pitchNights.size();
        figure(LABEL_2, w("workbook.nights.held"), CellKind.INTEGER, "COUNTIF(" + range(sheetName, 2, n) + ","
                + quote(ExportWords.sessionStatus(language, "HELD")) + ")",
                f.pitchNights.stream().filter(p -> "HELD".equals(p.status())).count());
        figure(LABEL_2, w("workbook.nights.pitched"), CellKind.INTEGER, total(sheetName, 3, n),
                f.pitchNights.stream().mapToLong(BoardPitchNight::pitches).sum());
        figure(LABEL_2, w("workbook.nights.invited"), CellKind.INTEGER, total(sheetName, 4, n),
                f.pitchNights.stream().mapToLong(BoardPitchNight::invited).sum());
        figure(LABEL_2, w("workbook.nights.accepted"), CellKind.INTEGER, total(sheetName, 5, n),
                f.pitchNights.stream().mapToLong(BoardPitchNight::accepted).sum());
        figure(LABEL_2, w("workbook.nights.came"), CellKind.INTEGER, total(sheetName, 6, n),
                f.pitchNights.stream().mapToLong(BoardPitchNight::attended).sum());
        figure(LABEL_2, w("workbook.nights.pledges"), CellKind.INTEGER, total(sheetName, 7, n),
                f.pitchNights.stream().mapToLong(BoardPitchNight::pledgesFollowed).sum());
    }

    private void changes() {
        text(heading, w(input.previous().isPresent() ? "workbook.changes.sinceLast" : "workbook.changes.sinceStart",
                input.changesSince()));
        String change = range(BoardReportWriter.changesSheet(language), 1, f.changes.size());
        for (String code : List.of("ACTIVE", "LAPSED", "WITHDRAWN", "PLEDGE")) {
            figure(LABEL, w("workbook.changes." + code), CellKind.INTEGER, "COUNTIF(" + change + ","
                    + quote(ExportWords.change(language, code)) + ")", f.changes(code));
        }
    }

    /** A label and a figure in column {@code at} and the one right of it; the formula gets {@code value} cached. */
    private void figure(int at, String label, CellKind kind, String formula, long value) {
        Row r = row(row++);
        Cell l = r.createCell(at);
        l.setCellValue(label);
        Cell v = r.createCell(at + 1);
        v.setCellStyle(workbook.styles().plain(kind));
        if (formula != null) {
            v.setCellFormula(formula);
        }
        v.setCellValue(cellValue(kind, value));
    }

    private void header(Row r, int column, String text, HorizontalAlignment alignment) {
        CellStyle s = workbook.poi().createCellStyle();
        s.cloneStyleFrom(workbook.styles().header());
        s.setAlignment(alignment);
        Cell c = r.createCell(column);
        c.setCellValue(text);
        c.setCellStyle(s);
    }

    private void text(CellStyle style, String value) {
        at(LABEL, style, value);
    }

    private void at(int column, CellStyle style, String value) {
        Cell c = row(row++).createCell(column);
        c.setCellValue(value);
        c.setCellStyle(FormulaGuard.isDangerous(value) ? workbook.styles().quoted(CellKind.TEXT)
                : style != null ? style : workbook.styles().plain(CellKind.TEXT));
    }

    private void plainText(Row r, int column, String value) {
        Cell c = r.createCell(column);
        c.setCellValue(value);
        c.setCellStyle(FormulaGuard.isDangerous(value) ? workbook.styles().quoted(CellKind.TEXT)
                : workbook.styles().plain(CellKind.TEXT));
    }

    /** The row, made when the other column has not made it yet (the two columns of figures share rows). */
    private Row row(int index) {
        Row r = sheet.getRow(index);
        return r != null ? r : sheet.createRow(index);
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

    static String monthLabel(MonthFigures m, Locale language) {
        return DateTimeText.month(m.month(), language);
    }

    /** The labels of the headline block in English, in order (for tests). */
    static List<String> headlineLabels() {
        return headlineLabels(Messages.ENGLISH);
    }

    /** The labels of the headline block in {@code language}, in order. */
    static List<String> headlineLabels(Locale language) {
        return HEADLINE.stream().map(k -> Messages.in(language, "workbook.headline." + k)).toList();
    }

    /** A sentence of the workbook, in its language. */
    private String w(String key, Object... args) {
        return Messages.in(language, key, args);
    }
}
