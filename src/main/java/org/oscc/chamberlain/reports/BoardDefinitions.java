package org.oscc.chamberlain.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.oscc.chamberlain.settings.ChamberSettings;
import org.oscc.chamberlain.text.Messages;

/**
 * The Definitions sheet: how each figure of the board report is computed, in plain words. The wording follows
 * docs/fulfilment-rules.md (FulfilmentRules); the thresholds are the chamber's own settings.
 */
final class BoardDefinitions {
    private BoardDefinitions() {
    }

    /** The figures the sheet defines, in order: keys under workbook.def. (a .label and a .text each). */
    private static final List<String> FIGURES = List.of("period", "asOf", "members", "pledgesCounted", "pledged",
            "dueInPeriod", "expectedToDate", "delivered", "fulfilment", "attention", "change", "status", "projects",
            "pitchNights", "changes", "printing", "hoursCharts");

    /** @param contributionSheets how many sheets the contributions take (more than one past Excel's row limit) */
    static List<String[]> entries(BoardReportInput input, int contributionSheets) {
        ChamberSettings s = input.settings();
        Locale l = input.language();
        List<String[]> entries = new ArrayList<>();
        for (String figure : FIGURES) {
            String key = "workbook.def." + figure;
            String text = switch (figure) {
                case "period" -> Messages.in(l, key + ".text", input.period().from(), input.period().to());
                case "asOf" -> Messages.in(l, key + ".text", input.today());
                case "delivered" -> Messages.in(l, key + ".text") + (contributionSheets > 1 ? " "
                        + Messages.in(l, key + ".split", BoardReportWriter.EXCEL_MAX_ROWS,
                                BoardReportWriter.contributionSheet(l, 2),
                                BoardReportWriter.contributionSheet(l, contributionSheets)) : "");
                case "status" -> Messages.in(l, key + ".text", s.graceDays(), s.atRiskThresholdPercent(),
                        s.behindThresholdPercent());
                case "changes" -> Messages.in(l, key + (input.previous().isPresent() ? ".previous" : ".first"),
                        input.changesSince());
                default -> Messages.in(l, key + ".text");
            };
            entries.add(new String[] {Messages.in(l, key + ".label"), text});
        }
        return entries;
    }

    static void write(WorkbookWriter workbook, SXSSFSheet sheet, BoardReportInput input, int contributionSheets) {
        CellStyle wrap = workbook.poi().createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        CellStyle label = workbook.poi().createCellStyle();
        label.cloneStyleFrom(workbook.styles().totals(CellKind.TEXT));
        label.setVerticalAlignment(VerticalAlignment.TOP);
        label.setBorderTop(org.apache.poi.ss.usermodel.BorderStyle.NONE);
        // one page of text: fitting it to one page shrinks it by a few percent at most (the text stays above 9 pt)
        sheet.getPrintSetup().setFitHeight((short) 1);
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 100 * 256);
        Row header = sheet.createRow(0);
        for (int c = 0; c < 2; c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(Messages.in(input.language(), c == 0 ? "workbook.def.figure" : "workbook.def.how"));
            cell.setCellStyle(workbook.styles().header());
        }
        int r = 1;
        for (String[] e : entries(input, contributionSheets)) {
            Row row = sheet.createRow(r++);
            Cell name = row.createCell(0);
            name.setCellValue(e[0]);
            name.setCellStyle(label);
            Cell text = row.createCell(1);
            text.setCellValue(e[1]);
            text.setCellStyle(wrap);
            // about 115 characters of the body font fit a line of the 100-digit column
            row.setHeightInPoints(3f + 11.5f * (1 + (e[1].length() - 1) / 115));
        }
    }
}
