package org.oscc.chamberlain.importing;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Turns one stored workbook cell into the text an import reads, independent of how the cell is displayed:
 * numbers in plain notation without grouping ("1200", "1.5"), percentages as "2.5%", dates as ISO "2025-04-03"
 * (with " HH:mm" when they carry a time), time-only cells as a duration "1:30", booleans as TRUE/FALSE.
 * Dates therefore never depend on the workbook's locale and are never ambiguous.
 */
final class XlsxCellText {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"); // a cell's value, not a message
    private enum NumberKind { NUMBER, PERCENT, DATE, DURATION }

    private final Map<String, NumberKind> kinds = new HashMap<>();
    private final StylesTable styles;
    private final boolean date1904;

    XlsxCellText(StylesTable styles, boolean date1904) {
        this.styles = styles;
        this.date1904 = date1904;
    }

    String text(String type, String style, String raw, ReadOnlySharedStringsTable strings) {
        if (raw.isEmpty()) {
            return "";
        }
        if (type == null || type.equals("n")) {
            return number(style, raw);
        }
        return switch (type) {
            case "s" -> strings.getItemAt(Integer.parseInt(raw.trim())).getString();
            case "b" -> raw.trim().equals("1") ? "TRUE" : "FALSE";
            case "d" -> raw.endsWith("T00:00:00") || raw.endsWith("T00:00:00Z") ? raw.substring(0, 10) : raw;
            default -> raw; // inlineStr, str (a formula's text result), e (an error such as #N/A)
        };
    }

    private String number(String style, String raw) {
        BigDecimal value = new BigDecimal(raw.trim());
        return switch (kinds.computeIfAbsent(style == null ? "" : style, this::kindOf)) {
            case DATE -> date(value.doubleValue());
            case DURATION -> duration(value.doubleValue());
            case PERCENT -> plain(value.movePointRight(2)) + "%";
            case NUMBER -> plain(value);
        };
    }

    /** What a cell style's number format makes of a number; worked out once per style. */
    private NumberKind kindOf(String style) {
        String format = null;
        int formatIndex = 0;
        if (!style.isEmpty() && styles != null) {
            XSSFCellStyle cellStyle = styles.getStyleAt(Integer.parseInt(style));
            if (cellStyle != null) {
                formatIndex = cellStyle.getDataFormat();
                format = cellStyle.getDataFormatString();
            }
        }
        if (format == null) {
            format = BuiltinFormats.getBuiltinFormat(formatIndex);
        }
        if (format == null) {
            return NumberKind.NUMBER;
        }
        if (DateUtil.isADateFormat(formatIndex, format)) {
            String lower = format.toLowerCase(Locale.ROOT).replaceAll("\"[^\"]*\"", "");
            return lower.contains("y") || lower.contains("d") ? NumberKind.DATE : NumberKind.DURATION;
        }
        return format.contains("%") ? NumberKind.PERCENT : NumberKind.NUMBER;
    }

    private static String duration(double serial) {
        long minutes = Math.round(serial * 24 * 60);
        return (minutes / 60) + ":" + String.format("%02d", minutes % 60);
    }

    private String date(double serial) {
        if (!DateUtil.isValidExcelDate(serial)) {
            return plain(BigDecimal.valueOf(serial));
        }
        LocalDateTime at = DateUtil.getLocalDateTime(serial, date1904);
        return at.toLocalTime().equals(LocalTime.MIDNIGHT) ? at.toLocalDate().toString() : at.format(DATE_TIME);
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
    }
}
