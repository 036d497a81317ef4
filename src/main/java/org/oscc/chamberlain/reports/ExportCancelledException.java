package org.oscc.chamberlain.reports;

/** The user cancelled an export; whatever it had started writing has been removed. */
public class ExportCancelledException extends Exception {
    private static final long serialVersionUID = 1L;

    public ExportCancelledException() {
        super(org.oscc.chamberlain.text.Messages.get("export.cancelled"));
    }
}
