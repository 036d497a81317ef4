package org.oscc.chamberlain.reports;

import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.oscc.chamberlain.settings.ChamberSettings;

/**
 * The Definitions sheet: how each figure of the board report is computed, in plain words. The wording follows
 * docs/fulfilment-rules.md (FulfilmentRules); the thresholds are the chamber's own settings.
 */
final class BoardDefinitions {
    private BoardDefinitions() {
    }

    /** @param contributionSheets how many sheets the contributions take (more than one past Excel's row limit) */
    static List<String[]> entries(BoardReportInput input, int contributionSheets) {
        ChamberSettings s = input.settings();
        return List.of(
                new String[] {"Period", "The report covers " + input.period().from() + " to " + input.period().to()
                    + ", both days included. Quarters are calendar quarters; a fiscal year starts on the first day of "
                    + "the chamber's first fiscal month and is named after the year it starts in."},
                new String[] {"As of", "Fulfilment, expected hours and statuses are computed for the day the report "
                    + "was made (" + input.today() + ", in the chamber's time zone), not for the end of the period."},
                new String[] {"Members", "Organizations on the roster (archived ones left out) with their status today. "
                    + "Summary counts them per status, and active members per tier, from the Members sheet."},
                new String[] {"Pledges counted", "Pledges whose status is active, fulfilled or lapsed and whose own "
                    + "period meets the report's period. Drafts are not signed yet and cancelled pledges were "
                    + "withdrawn: neither counts, and neither do their contributions."},
                new String[] {"Pledged (h)", "An hours pledge: the total pledged. A percent-of-workforce pledge: "
                    + "percent x IT headcount x weekly hours x days of the pledge / 7, with the headcount and the work "
                    + "week kept as they were when the pledge was signed. Rounded half-up to a whole minute."},
                new String[] {"Due in period (h)", "The part of each pledge that falls in the report's period: pledged x "
                    + "days of the pledge inside the period / days of the pledge, rounded half-up to a minute."},
                new String[] {"Expected to date (h)", "Pledged x days of the pledge elapsed (counting today) / days of "
                    + "the pledge, rounded half-up: nothing before the pledge starts, all of it from its last day."},
                new String[] {"Delivered", "Delivered in period: contributions dated inside the report's period. "
                    + "Delivered to date: every contribution to the pledge so far. The Contributions sheet lists the "
                    + "first, one line per entry; its total equals the Pledges sheet's \"Delivered in period\"."
                    + (contributionSheets > 1 ? " An Excel sheet holds at most " + String.format(Locale.ROOT,
                        "%,d", BoardReportWriter.EXCEL_MAX_ROWS) + " rows: this period's contributions continue on \""
                        + BoardReportWriter.contributionSheet(2) + "\" to \""
                        + BoardReportWriter.contributionSheet(contributionSheets) + "\", each with the total of its "
                        + "own rows; together they add up to \"Delivered in period\"." : "")},
                new String[] {"Fulfilment in the period", "The Summary's headline fulfilment: hours delivered in the "
                    + "period / hours pledged for the period (the \"Due in period\" total), over all counted pledges, "
                    + "rounded half-up to 0.01 %. Hours pledged for the period are the Pledges sheet's \"Due in period "
                    + "(h)\" total; hours delivered, its \"Delivered in period (h)\" total. Per pledge (Pledges sheet, "
                    + "\"Fulfilment %\"): delivered to date / pledged."},
                new String[] {"Need attention", "Pledges whose status is Behind, At risk or Overdue. The Summary names "
                    + "the three furthest behind schedule: expected to date minus delivered, largest first."},
                new String[] {"Change", "Each headline figure minus the same figure of the last board report for a "
                    + "period of the same kind (month, quarter, fiscal year, as many days), as recorded then; "
                    + "fulfilment in percentage points."},
                new String[] {"Status", "First rule that applies: Fulfilled when delivered reaches pledged (at any "
                    + "time); Not started before the pledge's period; Overdue after it; in the first " + s.graceDays()
                    + " days of the period (the grace period, never its last day) and while nothing is expected "
                    + "yet, Not started when nothing was delivered, else On track; At risk when delivered is below " + s.atRiskThresholdPercent()
                    + " % of expected; Behind when below " + s.behindThresholdPercent() + " %; otherwise On track. "
                    + "Exactly " + s.behindThresholdPercent() + " % is on track."},
                new String[] {"Projects", "Hours received: contributions in the period credited to the project "
                    + "(a pledge to the general pool may be delivered to any project). Pledging members: members with "
                    + "a counted pledge to the project. \"General pool\" stands for pledges to no project."},
                new String[] {"Pitch nights", "Sessions (not drafts) starting in the period. Invited counts every "
                    + "invitation, accepted the \"yes\" answers, attended those marked as present. Pledges that "
                    + "followed: signed pledges recorded as coming from one of the night's pitches."},
                new String[] {"Changes", "Members that joined (became active), lapsed or withdrew, and pledges "
                    + "signed, on or after " + input.changesSince() + (input.previous().isPresent()
                        ? ", the day the previous board report was made." : ", the start of the period (no board "
                        + "report was made before this one).")},
                new String[] {"Printing", "Members and Contributions are an appendix and do not print (their print "
                    + "area is an empty cell); to print one, clear its print area (Excel: Page Layout > Print Area > "
                    + "Clear; LibreOffice: Format > Print Ranges > Clear). Pledges prints without its last column, "
                    + "Kind; the chart data right of the Projects sheet's print area does not print."},
                new String[] {"Hours and charts", "Hours are kept in whole minutes and shown with one decimal. The "
                    + "month chart's \"expected\" is each pledge's hours spread evenly over its days; each month is "
                    + "rounded on its own, so months may add up to a minute more or less than the period's total."});
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
            cell.setCellValue(c == 0 ? "Figure" : "How it is computed");
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
