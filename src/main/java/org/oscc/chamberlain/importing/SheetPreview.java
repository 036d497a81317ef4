package org.oscc.chamberlain.importing;

import java.util.List;

/** What the user sees before mapping columns: the file's description, its headers and its first rows. */
public record SheetPreview(String description, List<String> headers, List<SheetRow> rows) {
    public SheetPreview {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }
}
