package org.oscc.chamberlain.ui;

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
import javafx.util.converter.LocalDateStringConverter;
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
     * Gives every date picker under {@code root} the ISO form and a matching prompt. Walks split panes, scroll panes,
     * tabs and titled panes by their content, because a freshly loaded view has no skins yet, so
     * {@code lookupAll} would not see inside them.
     */
    public static void applyTo(Node root) {
        if (root instanceof DatePicker picker) {
            picker.setConverter(converter());
            if (picker.getPromptText() == null || picker.getPromptText().isBlank()) {
                picker.setPromptText("yyyy-mm-dd");
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
