package org.oscc.chamberlain.ui;

import java.time.format.DateTimeFormatter;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.util.converter.LocalDateStringConverter;

/**
 * Every date field shows and reads dates as 2026-03-20, the form the tables, exports and the CLI use, rather than the
 * locale's short form (3/20/2026 here, 20/03/2026 elsewhere), which reads differently from one organizer to the next.
 */
public final class IsoDates {
    private IsoDates() {
    }

    public static LocalDateStringConverter converter() {
        return new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ISO_LOCAL_DATE);
    }

    /** Gives every date picker under {@code root} (already in its tree) the ISO form and a matching prompt. */
    public static void applyTo(Node root) {
        for (Node n : root.lookupAll(".date-picker")) {
            if (n instanceof DatePicker picker) {
                picker.setConverter(converter());
                if (picker.getPromptText() == null || picker.getPromptText().isBlank()) {
                    picker.setPromptText("yyyy-mm-dd");
                }
            }
        }
    }
}
