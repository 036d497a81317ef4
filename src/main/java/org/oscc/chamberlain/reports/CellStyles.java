package org.oscc.chamberlain.reports;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The few cell styles a workbook needs, made once per workbook: a style per cell is what makes big workbooks
 * slow and eventually hits Excel's limit of 64,000 styles.
 */
final class CellStyles {
    private final Map<CellKind, CellStyle> plain = new EnumMap<>(CellKind.class);
    private final Map<CellKind, CellStyle> totals = new EnumMap<>(CellKind.class);
    private final Map<CellKind, CellStyle> quoted = new EnumMap<>(CellKind.class);
    private final CellStyle header;
    private final CellStyle headerWrapped;
    private final CellStyle headerWrappedRight;
    private final CellStyle headerWrappedCentre;

    /**
     * Every report prints in Arial: Excel has it everywhere and LibreOffice substitutes the metric-compatible
     * Liberation Sans, so column widths (counted in the default font's digits) measure the same in both.
     */
    static final String FONT = "Arial"; // not a message: a font
    /** The body text's size; the smallest printed text of a report is at least 9 pt at its printed scale. */
    static final short BODY_POINTS = 10;

    CellStyles(Workbook workbook) {
        Font body = workbook.getFontAt(0);
        body.setFontName(FONT);
        body.setFontHeightInPoints(BODY_POINTS);
        Font bold = font(workbook, BODY_POINTS, true, false);
        for (CellKind kind : CellKind.values()) {
            plain.put(kind, style(workbook, kind, null));
            CellStyle total = style(workbook, kind, bold);
            total.setBorderTop(BorderStyle.THIN);
            totals.put(kind, total);
            if (kind.isText()) {
                CellStyle q = style(workbook, kind, null);
                // Excel then keeps the cell text even after someone edits it; LibreOffice honours it too
                q.setQuotePrefixed(true);
                quoted.put(kind, q);
            }
        }
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        // column headers: on up to two lines, and over numbers and dates aligned right like them
        headerWrapped = workbook.createCellStyle();
        headerWrapped.cloneStyleFrom(header);
        headerWrapped.setWrapText(true);
        headerWrapped.setVerticalAlignment(VerticalAlignment.BOTTOM);
        headerWrappedRight = workbook.createCellStyle();
        headerWrappedRight.cloneStyleFrom(headerWrapped);
        headerWrappedRight.setAlignment(HorizontalAlignment.RIGHT);
        headerWrappedCentre = workbook.createCellStyle();
        headerWrappedCentre.cloneStyleFrom(headerWrapped);
        headerWrappedCentre.setAlignment(HorizontalAlignment.CENTER);
    }

    /** A font of the report's family. */
    static Font font(Workbook workbook, int points, boolean bold, boolean italic) {
        Font font = workbook.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        font.setItalic(italic);
        return font;
    }

    private static CellStyle style(Workbook workbook, CellKind kind, Font font) {
        CellStyle s = workbook.createCellStyle();
        if (kind.format() != null) {
            s.setDataFormat(workbook.createDataFormat().getFormat(kind.format()));
        }
        if (font != null) {
            s.setFont(font);
        }
        if (kind.isDate()) {
            // centred, so that a date never runs into the text of the next column
            s.setAlignment(HorizontalAlignment.CENTER);
        }
        return s;
    }

    CellStyle plain(CellKind kind) {
        return plain.get(kind);
    }

    /** The style for text that {@link FormulaGuard} found dangerous. */
    CellStyle quoted(CellKind kind) {
        return quoted.get(kind);
    }

    CellStyle totals(CellKind kind) {
        return totals.get(kind);
    }

    CellStyle header() {
        return header;
    }

    /** The header of a column of {@code kind}: wraps, and sits over its values as they are aligned. */
    CellStyle columnHeader(CellKind kind) {
        return kind.isText() ? headerWrapped : kind.isDate() ? headerWrappedCentre : headerWrappedRight;
    }
}
