package org.oscc.chamberlain.reports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * Writes one sheet of typed rows, streaming: rows come from an iterator and leave memory as SXSSF flushes them.
 * The header row is bold, frozen and filtered; widths follow the content; a totals row carries live SUM formulas
 * together with their computed values, so every reader shows the totals without recalculating.
 * Made by {@link WorkbookWriter#sheet}; finished by {@link WorkbookWriter#write}.
 */
public final class SheetWriter<T> {
    /** Excel's limit for the text of one cell. */
    static final int MAX_TEXT = 32_767;

    private final SXSSFSheet sheet;
    private final List<Column<T>> columns;
    private final CellStyles styles;
    private final ColumnWidths widths;
    private final long[] sums;
    private final List<Runnable> highlights = new ArrayList<>();
    private int nextRow = 1;
    private boolean totalsWritten;
    private boolean finished;

    SheetWriter(SXSSFSheet sheet, List<Column<T>> columns, CellStyles styles) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a sheet needs at least one column");
        }
        this.sheet = sheet;
        this.columns = List.copyOf(columns);
        this.styles = styles;
        this.widths = new ColumnWidths(columns.size());
        this.sums = new long[columns.size()];
        Row header = sheet.createRow(0);
        int lines = 1;
        for (int c = 0; c < this.columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(this.columns.get(c).header());
            cell.setCellStyle(styles.columnHeader(this.columns.get(c).kind()));
            lines = Math.max(lines, ColumnWidths.headerLines(this.columns.get(c).header()));
        }
        // decided now: the header row may be flushed to disk long before the widths are known
        if (lines > 1) {
            header.setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints() + 2);
        }
        sheet.createFreezePane(0, 1);
    }

    /** The POI sheet (for print areas and drawings). */
    SXSSFSheet poiSheet() {
        return sheet;
    }

    public String name() {
        return sheet.getSheetName();
    }

    /** Rows written so far, without the header and totals. */
    public int dataRowCount() {
        return nextRow - 1;
    }

    /** Writes every row the iterator gives, counting each in {@code progress}; stops at once when cancelled. */
    public SheetWriter<T> writeRows(Iterator<? extends T> rows, ExportProgress progress)
            throws ExportCancelledException {
        while (rows.hasNext()) {
            writeRow(rows.next());
            progress.step();
        }
        return this;
    }

    /** Writes one data row below the previous one. */
    public SheetWriter<T> writeRow(T item) {
        if (totalsWritten || finished) {
            throw new IllegalStateException("rows go before the totals row and before the workbook is written");
        }
        int r = nextRow++;
        Row row = sheet.createRow(r);
        boolean measure = r <= ColumnWidths.SAMPLE_ROWS;
        for (int c = 0; c < columns.size(); c++) {
            Column<T> column = columns.get(c);
            Object value = column.valueOf(item);
            if (value != null) {
                int length = write(row.createCell(c), column, value, c);
                if (measure) {
                    widths.seen(c, length);
                }
            }
        }
        return this;
    }

    /** Writes the value and returns how many characters it shows as. */
    private int write(Cell cell, Column<T> column, Object value, int c) {
        CellKind kind = column.kind();
        switch (kind) {
            case TEXT, TEXT_AS_IS -> {
                String text = value.toString();
                if (text.length() > MAX_TEXT) {
                    text = text.substring(0, MAX_TEXT - 1) + "…";
                }
                // never setCellFormula for store text: a string cell is inert, the quote prefix keeps it so on edit
                cell.setCellStyle(FormulaGuard.isDangerous(text) ? styles.quoted(kind) : styles.plain(kind));
                cell.setCellValue(text);
                // letters are narrower than the digits a column's width is counted in
                return (int) Math.ceil(ColumnWidths.displayLength(text) * ColumnWidths.TEXT_FACTOR);
            }
            case INTEGER, HOURS, PERCENT -> {
                long n = number(column, value);
                sums[c] += n;
                cell.setCellStyle(styles.plain(kind));
                cell.setCellValue(kind == CellKind.INTEGER ? n : kind == CellKind.HOURS ? n / 60.0 : n / 10_000.0);
                return kind == CellKind.PERCENT ? ColumnWidths.numberLength(n / 100, 1) + 1
                        : ColumnWidths.numberLength(kind == CellKind.HOURS ? n / 60 : n, kind == CellKind.HOURS ? 1 : 0);
            }
            case DATE -> {
                cell.setCellStyle(styles.plain(kind));
                cell.setCellValue(typed(column, value, LocalDate.class));
                return 10;
            }
            case DATETIME -> {
                cell.setCellStyle(styles.plain(kind));
                cell.setCellValue(typed(column, value, LocalDateTime.class));
                return 16;
            }
            default -> throw new IllegalStateException("unknown kind " + kind);
        }
    }

    private static long number(Column<?> column, Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return ((Number) value).longValue();
        }
        throw wrongType(column, value);
    }

    private static <V> V typed(Column<?> column, Object value, Class<V> type) {
        if (!type.isInstance(value)) {
            throw wrongType(column, value);
        }
        return type.cast(value);
    }

    private static IllegalArgumentException wrongType(Column<?> column, Object value) {
        return new IllegalArgumentException("column \"" + column.header() + "\" (" + column.kind()
                + ") cannot hold a " + value.getClass().getSimpleName()); // not a message: a bug
    }

    /** A totals row summing every INTEGER and HOURS column (percentages do not add up). */
    public SheetWriter<T> totalsRow(String label) {
        int[] summed = new int[columns.size()];
        int n = 0;
        for (int c = 0; c < columns.size(); c++) {
            CellKind kind = columns.get(c).kind();
            if (kind == CellKind.INTEGER || kind == CellKind.HOURS) {
                summed[n++] = c;
            }
        }
        return totalsRow(label, Arrays.copyOf(summed, n));
    }

    /**
     * A totals row below the data: {@code label} in the first column, and in each of {@code summedColumns} (numeric
     * columns, 0-based) a live SUM over the data whose computed value is written with it.
     */
    public SheetWriter<T> totalsRow(String label, int... summedColumns) {
        if (totalsWritten || finished) {
            throw new IllegalStateException("a sheet has one totals row, written before the workbook");
        }
        totalsWritten = true;
        Row row = sheet.createRow(nextRow);
        for (int c : summedColumns) {
            CellKind kind = columns.get(c).kind();
            if (!kind.isNumeric()) {
                throw new IllegalArgumentException("column \"" + columns.get(c).header() + "\" is not a number");
            }
            String letter = CellReference.convertNumToColString(c);
            Cell cell = row.createCell(c);
            cell.setCellStyle(styles.totals(kind));
            if (nextRow > 1) {
                // with no data rows the range would be the totals cell itself: a circular reference
                cell.setCellFormula("SUM(" + letter + "2:" + letter + nextRow + ")");
            }
            // after setCellFormula, SXSSF keeps the formula and stores this as its cached result (<v>), so that
            // readers show the total without recalculating
            cell.setCellValue(kind == CellKind.INTEGER ? sums[c] : kind == CellKind.HOURS ? sums[c] / 60.0
                    : sums[c] / 10_000.0);
        }
        if (row.getCell(0) == null) {
            Cell cell = row.createCell(0);
            cell.setCellStyle(styles.totals(CellKind.TEXT));
            cell.setCellValue(label);
        }
        return this;
    }

    /** Fills a data cell of {@code column} with {@code colour} when its text equals {@code text} (any case). */
    public SheetWriter<T> highlightWhenTextEquals(int column, String text, Highlight colour) {
        if (column < 0 || column >= columns.size()) {
            throw new IllegalArgumentException("no column " + column);
        }
        highlights.add(() -> {
            SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
            ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(ComparisonOperator.EQUAL,
                    "\"" + text.replace("\"", "\"\"") + "\"", null);
            PatternFormatting fill = rule.createPatternFormatting();
            fill.setFillBackgroundColor(new XSSFColor(colour.rgb(), null));
            fill.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
            int last = Math.max(1, nextRow - 1);
            formatting.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(1, last, column, column)},
                    rule);
        });
        return this;
    }

    /** Widths, filter and highlights, which all need to know the rows; called once, before the workbook is saved. */
    void finish() {
        if (finished) {
            return;
        }
        finished = true;
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, widths.width(c, columns.get(c).header(), columns.get(c).widthHint(),
                    !columns.get(c).kind().isNumeric()));
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0, columns.size() - 1));
        highlights.forEach(Runnable::run);
    }
}
