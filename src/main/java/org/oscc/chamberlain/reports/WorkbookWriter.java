package org.oscc.chamberlain.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Header;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.oscc.chamberlain.settings.PaperSize;
import org.oscc.chamberlain.text.Messages;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An .xlsx workbook written by streaming (SXSSF): only a window of rows per sheet is in memory, the rest waits in
 * POI's temporary files until {@link #write}. Every sheet prints landscape on the chamber's paper, fitted to the
 * page's width (as many pages tall as it needs, its header row repeated), with the chamber's name, what the
 * workbook covers and the sheet's name at the top and "Page n of m" at the bottom. Always close it: closing deletes the temporary
 * files, also after a failure or a cancel.
 *
 * <pre>{@code
 * SafeOutput.write(target, out -> {
 *     try (WorkbookWriter workbook = new WorkbookWriter("Ottawa OSCC")) {
 *         workbook.sheet("Members", columns).writeRows(rows, progress).totalsRow("Total");
 *         workbook.write(out);
 *     }
 * });
 * }</pre>
 */
public final class WorkbookWriter implements AutoCloseable {
    /** Rows per sheet kept in memory before SXSSF flushes them to its temporary file. */
    static final int ROW_WINDOW = 200;

    private final SXSSFWorkbook workbook;
    private final CellStyles styles;
    private final String chamberName;
    private final String covers;
    private final PaperSize paper;
    private final Locale language;
    private final List<SheetWriter<?>> sheets = new ArrayList<>();
    private final Set<String> sheetNames = new HashSet<>();

    /** @param chamberName printed at the top left of every page */
    public WorkbookWriter(String chamberName) {
        this(chamberName, "", PaperSize.LETTER);
    }

    /** @param chamberName printed at the top left of every page; {@code language} the one its words are in */
    public WorkbookWriter(String chamberName, Locale language) {
        this(chamberName, "", PaperSize.LETTER, language);
    }

    /**
     * @param chamberName printed at the top left of every page
     * @param covers what the workbook covers (e.g. "Board report FY2026, 2026-01-01 to 2026-12-31"), printed at the
     *        top centre of every page
     */
    public WorkbookWriter(String chamberName, String covers, PaperSize paper) {
        this(chamberName, covers, paper, Messages.ENGLISH);
    }

    /** @param language what the page footers (and the callers' sheets) speak: the chamber's document language */
    public WorkbookWriter(String chamberName, String covers, PaperSize paper, Locale language) {
        this.language = language == null ? Messages.ENGLISH : language;
        this.chamberName = chamberName == null ? "" : chamberName;
        this.covers = covers == null ? "" : covers;
        this.paper = paper == null ? PaperSize.LETTER : paper;
        // inline strings rather than a shared-strings table: the table would hold every distinct text in memory
        this.workbook = new SXSSFWorkbook(null, ROW_WINDOW, false, false);
        this.styles = new CellStyles(workbook);
    }

    /**
     * Adds a sheet with these columns and writes its header row. Names are made safe for Excel (at most 31
     * characters, none of {@code []:*?/\}) and must differ from the other sheets' names, ignoring case.
     */
    public <T> SheetWriter<T> sheet(String name, List<Column<T>> columns) {
        SheetWriter<T> writer = new SheetWriter<>(newSheet(name), columns, styles);
        sheets.add(writer);
        return writer;
    }

    private SXSSFSheet newSheet(String name) {
        String safe = WorkbookUtil.createSafeSheetName(name);
        if (!sheetNames.add(safe.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("a sheet named \"" + safe + "\" already exists");
        }
        SXSSFSheet sheet = workbook.createSheet(safe);
        setUpPrinting(sheet);
        return sheet;
    }


    /**
     * Adds a sheet without columns, laid out by the caller (a summary page, a page of definitions), with the same
     * printing set-up as the others. Cells are written through POI directly, with {@link #styles()}.
     */
    SXSSFSheet freeSheet(String name) {
        return newSheet(name);
    }

    /** Left and right margins in inches. */
    static final double SIDE_MARGIN = 0.25;

    /**
     * Keeps a sheet out of the workbook's default print (an appendix kept for looking up and pivoting): its print
     * area is one empty cell to the right of its columns, which LibreOffice and Excel skip as an empty page.
     */
    void leaveOutOfPrint(Sheet sheet, int columns) {
        int col = columns + 1;
        workbook.setPrintArea(workbook.getSheetIndex(sheet), col, col, 0, 0);
    }

    /** Prints only these cells of the sheet (0-based, inclusive): what lies outside, such as chart data, does not. */
    void printOnly(Sheet sheet, int lastColumn, int lastRow) {
        workbook.setPrintArea(workbook.getSheetIndex(sheet), 0, lastColumn, 0, lastRow);
    }

    /** The language the workbook's words are in. */
    Locale language() {
        return language;
    }

    CellStyles styles() {
        return styles;
    }

    SXSSFWorkbook poi() {
        return workbook;
    }

    private void setUpPrinting(SXSSFSheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(paper == PaperSize.A4 ? PrintSetup.A4_PAPERSIZE : PrintSetup.LETTER_PAPERSIZE);
        // narrow side margins: every character of width keeps the print closer to its real size
        sheet.setMargin(Sheet.LeftMargin, SIDE_MARGIN);
        sheet.setMargin(Sheet.RightMargin, SIDE_MARGIN);
        sheet.setMargin(Sheet.TopMargin, 0.7);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        sheet.setMargin(Sheet.HeaderMargin, 0.3);
        sheet.setMargin(Sheet.FooterMargin, 0.3);
        print.setFitWidth((short) 1);
        // 0 = as many pages tall as the rows need
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        Header header = sheet.getHeader();
        // "&" starts a code in Excel headers; a literal one is written twice
        header.setLeft(chamberName.replace("&", "&&"));
        header.setCenter(covers.replace("&", "&&"));
        // &A: the sheet's name; &P and &N: this page and the number of pages
        header.setRight("&A");
        sheet.getFooter().setCenter(Messages.in(language, "workbook.footer"));
    }

    /** Finishes every sheet and writes the whole workbook to {@code out} (which stays open). */
    public void write(OutputStream out) throws IOException {
        sheets.forEach(SheetWriter::finish);
        workbook.write(out);
    }

    /** Deletes SXSSF's temporary files and releases the workbook. */
    @Override
    public void close() throws IOException {
        try {
            workbook.dispose();
        } finally {
            workbook.close();
        }
    }
}
