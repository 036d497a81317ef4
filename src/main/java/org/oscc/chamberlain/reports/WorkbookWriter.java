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
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An .xlsx workbook written by streaming (SXSSF): only a window of rows per sheet is in memory, the rest waits in
 * POI's temporary files until {@link #write}. Every sheet prints landscape, one page wide, with the chamber's name
 * and the sheet's name at the top and "Page n of m" at the bottom. Always close it: closing deletes the temporary
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
    private final List<SheetWriter<?>> sheets = new ArrayList<>();
    private final Set<String> sheetNames = new HashSet<>();

    /** @param chamberName printed at the top left of every page */
    public WorkbookWriter(String chamberName) {
        this.chamberName = chamberName == null ? "" : chamberName;
        // inline strings rather than a shared-strings table: the table would hold every distinct text in memory
        this.workbook = new SXSSFWorkbook(null, ROW_WINDOW, false, false);
        this.styles = new CellStyles(workbook);
    }

    /**
     * Adds a sheet with these columns and writes its header row. Names are made safe for Excel (at most 31
     * characters, none of {@code []:*?/\}) and must differ from the other sheets' names, ignoring case.
     */
    public <T> SheetWriter<T> sheet(String name, List<Column<T>> columns) {
        String safe = WorkbookUtil.createSafeSheetName(name);
        if (!sheetNames.add(safe.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("a sheet named \"" + safe + "\" already exists");
        }
        SXSSFSheet sheet = workbook.createSheet(safe);
        setUpPrinting(sheet);
        SheetWriter<T> writer = new SheetWriter<>(sheet, columns, styles);
        sheets.add(writer);
        return writer;
    }

    /**
     * Adds a sheet without columns, laid out by the caller (a summary page, a page of definitions), with the same
     * printing set-up as the others. Cells are written through POI directly, with {@link #styles()}.
     */
    SXSSFSheet freeSheet(String name) {
        String safe = WorkbookUtil.createSafeSheetName(name);
        if (!sheetNames.add(safe.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("a sheet named \"" + safe + "\" already exists");
        }
        SXSSFSheet sheet = workbook.createSheet(safe);
        setUpPrinting(sheet);
        return sheet;
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
        print.setFitWidth((short) 1);
        // 0 = as many pages tall as the rows need
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        Header header = sheet.getHeader();
        // "&" starts a code in Excel headers; a literal one is written twice
        header.setLeft(chamberName.replace("&", "&&"));
        // &A: the sheet's name; &P and &N: this page and the number of pages
        header.setRight("&A");
        sheet.getFooter().setCenter("Page &P of &N");
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
