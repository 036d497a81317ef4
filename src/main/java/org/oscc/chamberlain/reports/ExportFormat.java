package org.oscc.chamberlain.reports;

import java.nio.file.Path;
import java.util.Locale;
import org.oscc.chamberlain.text.Messages;
import org.oscc.chamberlain.validation.InvalidInputException;

/** The file formats an export can write, told apart by the file name's extension. */
public enum ExportFormat {
    XLSX(".xlsx"),
    CSV(".csv");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format a file name asks for; refused when its extension is neither .xlsx nor .csv. */
    public static ExportFormat of(Path file) throws InvalidInputException {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (lower.endsWith(format.extension) && lower.length() > format.extension.length()) {
                return format;
            }
        }
        throw new InvalidInputException(Messages.get("export.outputFile"), Messages.get("export.unknownFormat", file));
    }
}
