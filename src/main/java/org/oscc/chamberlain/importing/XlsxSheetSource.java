package org.oscc.chamberlain.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.oscc.chamberlain.validation.InvalidInputException;
import org.slf4j.LoggerFactory;
import org.oscc.chamberlain.validation.Problem;
import org.oscc.chamberlain.text.Messages;

/**
 * Streams the first sheet of an .xlsx workbook row by row with StAX (POI's XSSF user model needs gigabytes for
 * 100,000 rows). Cells come out as text: see {@link XlsxCellText} for how numbers and dates are written.
 */
final class XlsxSheetSource implements SheetSource {
    private final String fileName;
    private final OPCPackage pkg;
    private final InputStream sheetData;
    private final XMLStreamReader xml;
    private final ReadOnlySharedStringsTable strings;
    private final XlsxCellText cellText;
    private final List<String> headers;
    private int headerRow;
    private int lastRow;

    XlsxSheetSource(Path file) throws Exception {
        this.fileName = file.getFileName().toString();
        this.pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        try {
            XSSFReader reader = new XSSFReader(pkg);
            strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            boolean date1904;
            try (InputStream workbook = reader.getWorkbookData()) {
                date1904 = uses1904Dates(workbook);
            }
            cellText = new XlsxCellText(styles, date1904);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new InvalidInputException("", Messages.get("importing.file.noSheet", fileName));
            }
            sheetData = sheets.next();
            xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheetData);
        } catch (Exception e) {
            pkg.revert();
            throw e;
        }
        SheetRow first;
        do {
            first = readRow();
            if (first == null) {
                close();
                throw new InvalidInputException("", Messages.get("importing.file.emptySheet", fileName));
            }
        } while (first.isBlank());
        headerRow = first.rowNumber();
        headers = SpreadsheetReader.cleanHeaders(first.cells());
    }

    private static boolean uses1904Dates(InputStream workbook) throws XMLStreamException {
        XMLStreamReader r = XMLHelper.newXMLInputFactory().createXMLStreamReader(workbook);
        try {
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && "workbookPr".equals(r.getLocalName())) {
                    String v = r.getAttributeValue(null, "date1904");
                    return "1".equals(v) || "true".equalsIgnoreCase(v);
                }
                if (r.getEventType() == XMLStreamConstants.START_ELEMENT && "sheets".equals(r.getLocalName())) {
                    return false;
                }
            }
            return false;
        } finally {
            r.close();
        }
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public int headerRowNumber() {
        return headerRow;
    }

    @Override
    public String description() {
        return Messages.get("importing.file.describeXlsx", fileName);
    }

    @Override
    public SheetRow next() throws InvalidInputException {
        SheetRow row;
        do {
            row = readRow();
        } while (row != null && row.isBlank());
        return row;
    }

    /** Reads up to the end of the next {@code <row>}; null at the end of the sheet. */
    private SheetRow readRow() throws InvalidInputException {
        try {
            List<String> cells = null;
            int rowNumber = lastRow + 1;
            int column = -1;
            String type = null;
            String style = null;
            StringBuilder value = new StringBuilder();
            boolean inValue = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "row" -> {
                            cells = new ArrayList<>();
                            String r = xml.getAttributeValue(null, "r");
                            rowNumber = r == null ? lastRow + 1 : Integer.parseInt(r);
                            column = -1;
                        }
                        case "c" -> {
                            String ref = xml.getAttributeValue(null, "r");
                            column = ref == null ? column + 1 : columnIndex(ref);
                            type = xml.getAttributeValue(null, "t");
                            style = xml.getAttributeValue(null, "s");
                            value.setLength(0);
                        }
                        case "v", "t" -> inValue = true;
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    if (inValue) {
                        value.append(xml.getText());
                        if (value.length() > SpreadsheetReader.MAX_ROW_CHARS) {
                            throw tooLong(rowNumber);
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "v", "t" -> inValue = false;
                        case "c" -> {
                            if (cells != null && column >= 0) {
                                while (cells.size() < column) {
                                    cells.add("");
                                }
                                cells.add(column, cellText.text(type, style, value.toString(), strings));
                            }
                        }
                        case "row" -> {
                            lastRow = rowNumber;
                            return new SheetRow(rowNumber, cells == null ? List.of() : cells);
                        }
                        default -> { }
                    }
                }
            }
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            // the parser's words are advice to programmers ("adjust this limit via ..."): the log keeps them
            LoggerFactory.getLogger(XlsxSheetSource.class).warn("{} could not be read after row {}", fileName,
                    lastRow, e);
            throw new InvalidInputException(List.of(new Problem(lastRow + 1, "", Messages.get(
                    looksLikeZipBomb(e) ? "importing.file.damagedAfterBomb" : "importing.file.damagedAfter", fileName,
                    Integer.toString(lastRow)))));
        }
    }

    static boolean looksLikeZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("Zip bomb") || m.contains("MinInflateRatio") || m.contains("MaxEntrySize"))) { // POI's words, not a message
                return true;
            }
        }
        return false;
    }

    private static InvalidInputException tooLong(int row) {
        return new InvalidInputException(List.of(new Problem(row, "", SpreadsheetReader.tooLong())));
    }

    /** "AB12" -> 27. */
    static int columnIndex(String ref) {
        int index = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            index = index * 26 + (c - 'A' + 1);
        }
        return index - 1;
    }

    @Override
    public void close() {
        try {
            xml.close();
            sheetData.close();
        } catch (XMLStreamException | IOException e) {
            // nothing to do: the package is released below either way
        }
        pkg.revert();
    }
}
