package org.oscc.chamberlain.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.util.StringConverter;
import javafx.util.converter.LocalDateStringConverter;
import org.oscc.chamberlain.importing.Parsed;
import org.oscc.chamberlain.text.DateTimeText;

/**
 * Every date field shows and reads dates as 2026-03-20, the form the tables, exports and the CLI use, rather than the
 * locale's short form (3/20/2026 here, 20/03/2026 elsewhere), which reads differently from one organizer to the next.
 */
public final class IsoDates {
    private IsoDates() {
    }

    public static LocalDateStringConverter converter() {
        return new LocalDateStringConverter(DateTimeText.DATE, DateTimeText.DATE);
    }

    /**
     * Reads a typed date in the one form (2026-03-20): a date, nothing (blank), or the reason it is not a date.
     * Impossible dates (2026-02-30), other orders and half dates are reasons, never guesses.
     */
    public static Parsed<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Parsed.empty();
        }
        String t = text.strip();
        return DateTimeText.readDate(t).map(Parsed::of)
                .orElseGet(() -> Parsed.failure(Messages.get("form.invalid.date", t)));
    }

    /** Marks the converter {@link #keepingConverter} makes (applying it twice would lose what was typed). */
    private abstract static class KeepingConverter extends StringConverter<LocalDate> {
    }

    /**
     * A date picker's converter that never throws and never wipes what was typed: text that is not a date stays in
     * the field (and the form's view-model reports it), while the picker's value stays what it was.
     */
    static StringConverter<LocalDate> keepingConverter(DatePicker picker) {
        return new KeepingConverter() {
            private String invalidText;
            private LocalDate valueWhenInvalid;

            @Override
            public String toString(LocalDate value) {
                if (invalidText != null && java.util.Objects.equals(value, valueWhenInvalid)) {
                    return invalidText;
                }
                invalidText = null;
                return value == null ? "" : DateTimeText.date(value);
            }

            @Override
            public LocalDate fromString(String text) {
                Parsed<LocalDate> read = parse(text);
                if (read.failed()) {
                    invalidText = text;
                    valueWhenInvalid = picker.getValue();
                    return valueWhenInvalid;
                }
                invalidText = null;
                return read.value();
            }
        };
    }

    /**
     * Gives every date picker under {@code root} the ISO form and a matching prompt. Walks split panes, scroll panes,
     * tabs and titled panes by their content, because a freshly loaded view has no skins yet, so
     * {@code lookupAll} would not see inside them.
     */
    public static void applyTo(Node root) {
        if (root instanceof DatePicker picker) {
            if (!(picker.getConverter() instanceof KeepingConverter)) {
                picker.setConverter(keepingConverter(picker));
            }
            DateFields.explainUnreadable(picker);
            if (picker.getPromptText() == null || picker.getPromptText().isBlank()) {
                picker.setPromptText(Messages.get("form.date.prompt"));
            }
            return;
        }
        List<Node> inside = new ArrayList<>();
        if (root instanceof SplitPane split) {
            inside.addAll(split.getItems());
        } else if (root instanceof ScrollPane scroll && scroll.getContent() != null) {
            inside.add(scroll.getContent());
        } else if (root instanceof TabPane tabs) {
            tabs.getTabs().stream().map(Tab::getContent).filter(Objects::nonNull).forEach(inside::add);
        } else if (root instanceof TitledPane titled && titled.getContent() != null) {
            inside.add(titled.getContent());
        } else if (root instanceof Parent parent) {
            inside.addAll(parent.getChildrenUnmodifiable());
        }
        inside.forEach(IsoDates::applyTo);
    }
}
