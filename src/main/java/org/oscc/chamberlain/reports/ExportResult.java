package org.oscc.chamberlain.reports;

import java.nio.file.Path;

/** A finished export: the file written and how many data rows went into it (over all its sheets). */
public record ExportResult(Path file, ExportFormat format, long rows) {
}
