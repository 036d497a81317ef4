package org.oscc.chamberlain.reports;

import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.oscc.chamberlain.pledges.MonthFigures;
import org.oscc.chamberlain.text.Messages;

/**
 * The two native charts of the board report ("Delivered vs expected by month", "Hours by project"), drawn on the
 * Projects sheet beside its table, and the block of cells they read: to the right of the charts, outside the
 * sheet's print area, so the chart data never prints. The charts refer to those cells and carry the same numbers
 * as their cached values, so every reader draws them without recalculating. SXSSF keeps drawings in its XSSF part,
 * so charts stream like the rest.
 */
final class SummaryCharts {
    /** Projects shown by name in the chart; the rest are added up as "Other projects". */
    static final int TOP_PROJECTS = 10;
    /** The charts span these columns (0-based), right of the Projects table. */
    static final int CHART_FIRST_COLUMN = 4;
    static final int CHART_LAST_COLUMN = 13;
    /** Rows each chart takes: two fit one landscape page with the table. */
    static final int CHART_ROWS = 16;
    /** Where the chart data starts: two columns right of the print area. */
    static final int MONTH_COLUMN = CHART_LAST_COLUMN + 2;
    static final int PROJECT_COLUMN = MONTH_COLUMN + 4;

    private final WorkbookWriter workbook;
    private final SXSSFSheet sheet;
    private final Locale language;

    SummaryCharts(WorkbookWriter workbook, SXSSFSheet sheet, Locale language) {
        this.workbook = workbook;
        this.sheet = sheet;
        this.language = language;
    }

    /**
     * Writes the data block from row {@code dataRow} (0-based; rows above it may already be flushed), anchors both
     * charts at the top right of the sheet and prints only the table and the charts.
     */
    void write(int dataRow, List<MonthFigures> months, List<BoardProject> projects) {
        workbook.printOnly(sheet, CHART_LAST_COLUMN, Math.max(dataRow - 1, 2 * CHART_ROWS + 1));
        sheet.setColumnWidth(MONTH_COLUMN, 12 * 256);
        sheet.setColumnWidth(MONTH_COLUMN + 1, 14 * 256);
        sheet.setColumnWidth(MONTH_COLUMN + 2, 14 * 256);
        sheet.setColumnWidth(PROJECT_COLUMN, 30 * 256);
        sheet.setColumnWidth(PROJECT_COLUMN + 1, 12 * 256);
        Row heading = row(dataRow);
        Cell h = heading.createCell(MONTH_COLUMN);
        h.setCellValue(w("workbook.chart.data"));
        h.setCellStyle(workbook.styles().header());
        Row header = row(dataRow + 1);
        header(header, MONTH_COLUMN, w("workbook.chart.month"));
        header(header, MONTH_COLUMN + 1, w("workbook.chart.expectedHours"));
        header(header, MONTH_COLUMN + 2, w("workbook.chart.deliveredHours"));
        header(header, PROJECT_COLUMN, w("workbook.column.project"));
        header(header, PROJECT_COLUMN + 1, w("workbook.column.hours"));
        int first = dataRow + 2;
        String[] monthNames = new String[months.size()];
        Double[] expected = new Double[months.size()];
        Double[] delivered = new Double[months.size()];
        for (int i = 0; i < months.size(); i++) {
            MonthFigures m = months.get(i);
            monthNames[i] = SummaryPage.monthLabel(m, language);
            expected[i] = m.scheduledMinutes() / 60.0;
            delivered[i] = m.deliveredMinutes() / 60.0;
            Row r = row(first + i);
            r.createCell(MONTH_COLUMN).setCellValue(monthNames[i]);
            number(r, MONTH_COLUMN + 1, expected[i], null);
            number(r, MONTH_COLUMN + 2, delivered[i], null);
        }
        List<BoardProject> shown = projects.stream().filter(p -> p.deliveredMinutes() > 0).toList();
        int named = Math.min(TOP_PROJECTS, shown.size());
        boolean other = shown.size() > named;
        String[] projectNames = new String[named + (other ? 1 : 0)];
        Double[] hours = new Double[projectNames.length];
        long otherMinutes = 0;
        for (int i = 0; i < shown.size(); i++) {
            if (i < named) {
                projectNames[i] = ExportWords.project(language, shown.get(i).projectName());
                hours[i] = shown.get(i).deliveredMinutes() / 60.0;
                Row r = row(first + i);
                text(r, PROJECT_COLUMN, projectNames[i]);
                // the table on the left lists projects in the same order (most hours first)
                number(r, PROJECT_COLUMN + 1, hours[i], "B" + (i + 2));
            } else {
                otherMinutes += shown.get(i).deliveredMinutes();
            }
        }
        if (other) {
            projectNames[named] = w("workbook.chart.otherProjects");
            hours[named] = otherMinutes / 60.0;
            Row r = row(first + named);
            text(r, PROJECT_COLUMN, projectNames[named]);
            number(r, PROJECT_COLUMN + 1, hours[named], null);
        }
        // SXSSF's drawing wraps the XSSF one, which makes charts
        sheet.createDrawingPatriarch();
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        if (!months.isEmpty()) {
            XSSFChart chart = chart(drawing, 0, w("workbook.chart.byMonth"));
            XDDFBarChartData data = bars(chart);
            XDDFCategoryDataSource x = XDDFDataSourcesFactory.fromArray(monthNames, ref(MONTH_COLUMN, first,
                    months.size()));
            series(data, w("workbook.chart.expected"), x, XDDFDataSourcesFactory.fromArray(expected, ref(MONTH_COLUMN + 1, first,
                    months.size())), PresetColor.LIGHT_GRAY);
            series(data, w("workbook.chart.delivered"), x, XDDFDataSourcesFactory.fromArray(delivered, ref(MONTH_COLUMN + 2, first,
                    months.size())), PresetColor.STEEL_BLUE);
            chart.plot(data);
        }
        if (projectNames.length > 0) {
            XSSFChart chart = chart(drawing, CHART_ROWS, w("workbook.chart.byProject"));
            XDDFBarChartData data = bars(chart);
            data.setBarDirection(BarDirection.BAR);
            // horizontal bars are drawn from the bottom up: reversed, the largest project comes first, as listed
            chart.getAxes().get(0).setOrientation(AxisOrientation.MAX_MIN);
            XDDFCategoryDataSource y = XDDFDataSourcesFactory.fromArray(projectNames, ref(PROJECT_COLUMN, first,
                    projectNames.length));
            series(data, w("workbook.column.hours"), y, XDDFDataSourcesFactory.fromArray(hours, ref(PROJECT_COLUMN + 1, first,
                    projectNames.length)), PresetColor.STEEL_BLUE);
            chart.plot(data);
            chart.deleteLegend();
        }
    }

    private static XSSFChart chart(XSSFDrawing drawing, int topRow, String title) {
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, CHART_FIRST_COLUMN, topRow + 1,
                CHART_LAST_COLUMN + 1, topRow + CHART_ROWS);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        return chart;
    }

    private XDDFBarChartData bars(XSSFChart chart) {
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        values.setCrossBetween(AxisCrossBetween.BETWEEN);
        values.setTitle(w("workbook.column.hours"));
        values.setNumberFormat("#,##0");
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        return data;
    }

    private static void series(XDDFBarChartData data, String title, XDDFCategoryDataSource x,
            XDDFNumericalDataSource<Double> y, PresetColor colour) {
        XDDFChartData.Series s = data.addSeries(x, y);
        s.setTitle(title, null);
        s.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(colour)));
    }

    private String ref(int column, int firstRow, int count) {
        return SummaryPage.sheetRef(sheet.getSheetName()) + new CellRangeAddress(firstRow, firstRow + count - 1,
                column, column).formatAsString(null, true);
    }

    private String w(String key) {
        return Messages.in(language, key);
    }

    private Row row(int index) {
        Row r = sheet.getRow(index);
        return r != null ? r : sheet.createRow(index);
    }

    private void header(Row r, int column, String text) {
        Cell c = r.createCell(column);
        c.setCellValue(text);
        c.setCellStyle(workbook.styles().header());
    }

    private void text(Row r, int column, String value) {
        Cell c = r.createCell(column);
        c.setCellValue(value);
        c.setCellStyle(FormulaGuard.isDangerous(value) ? workbook.styles().quoted(CellKind.TEXT)
                : workbook.styles().plain(CellKind.TEXT));
    }

    private void number(Row r, int column, double hours, String formula) {
        Cell c = r.createCell(column);
        c.setCellStyle(workbook.styles().plain(CellKind.HOURS));
        if (formula != null) {
            c.setCellFormula(formula);
        }
        c.setCellValue(hours);
    }
}
