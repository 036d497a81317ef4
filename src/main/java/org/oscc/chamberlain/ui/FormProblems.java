package org.oscc.chamberlain.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.oscc.chamberlain.validation.Problem;

/**
 * The one way every form shows mistakes: each field with a problem outlined and its reason written under it (no
 * hovering), one summary line naming the fields by their labels, focus on the first; all of it cleared when the
 * problems go (fixed or reverted). Fields are tied to problems by key, never by label text.
 */
public final class FormProblems {
    public static final String FIELD_ERROR = "field-error";
    public static final String REASON = "field-reason";
    public static final String SUMMARY = "form-problems";

    private final Label summary;
    private final Map<String, Entry> fields = new LinkedHashMap<>();

    /** @param summary the form's summary line (hidden while there is nothing to say) */
    public FormProblems(Label summary) {
        this.summary = summary;
        summary.getStyleClass().add(SUMMARY);
        summary.setWrapText(true);
        summary.setMinHeight(Control.USE_PREF_SIZE);
        show(summary, false);
    }

    /**
     * Ties a field key to its control and label. The control is wrapped with a line under it for the reason, in the
     * same place of its layout (grid cell, box position).
     */
    public FormProblems field(String key, Control control, String label) {
        Label reason = new Label();
        reason.getStyleClass().add(REASON);
        reason.setWrapText(true);
        reason.setMinHeight(Control.USE_PREF_SIZE);
        reason.setId(control.getId() == null ? null : control.getId() + "Reason");
        show(reason, false);
        wrap(control, reason);
        fields.put(key, new Entry(control, label, reason));
        return this;
    }

    /** Several keys (e.g. a rule about the whole period) shown on one control. */
    public FormProblems alias(String key, String shownAs) {
        Entry e = fields.get(shownAs);
        if (e != null) {
            fields.put(key, e);
        }
        return this;
    }

    /** Follows a model's problems from now on. */
    public FormProblems follow(ObservableList<Problem> problems) {
        problems.addListener((ListChangeListener<Problem>) c -> show(List.copyOf(problems), false));
        return this;
    }

    /** Shows {@code problems}; with {@code focus} the first field named gets the keyboard focus. */
    public void show(List<Problem> problems, boolean focus) {
        for (Entry e : fields.values()) {
            e.control.getStyleClass().remove(FIELD_ERROR);
            e.reason.setText("");
            show(e.reason, false);
        }
        List<String> labels = new ArrayList<>();
        List<String> general = new ArrayList<>();
        Entry first = null;
        for (Entry e : new java.util.LinkedHashSet<>(fields.values())) {
            for (Problem p : problems) {
                if (fields.get(p.key()) != e) {
                    continue;
                }
                if (!e.control.getStyleClass().contains(FIELD_ERROR)) {
                    e.control.getStyleClass().add(FIELD_ERROR);
                    labels.add(e.label);
                }
                String before = e.reason.getText();
                e.reason.setText(before.isEmpty() ? p.message() : before + "\n" + p.message());
                show(e.reason, true);
                if (first == null) {
                    first = e;
                }
            }
        }
        for (Problem p : problems) {
            if (!fields.containsKey(p.key())) {
                general.add(p.describe());
            }
        }
        List<String> lines = new ArrayList<>();
        if (!labels.isEmpty()) {
            lines.add(Messages.get(labels.size() == 1 ? "form.problems.one" : "form.problems.many",
                    String.join(", ", labels)));
        }
        lines.addAll(general);
        summary.setText(String.join("\n", lines));
        show(summary, !lines.isEmpty());
        if (focus && first != null) {
            first.control.requestFocus();
        }
    }

    /** Focuses the first field with a problem (after a refused save). */
    public void focusFirst() {
        fields.values().stream().filter(e -> e.control.getStyleClass().contains(FIELD_ERROR)).findFirst()
                .ifPresent(e -> e.control.requestFocus());
    }

    /** The reason shown under a field, or "" (for tests and the bad-input walker). */
    public String reason(String key) {
        Entry e = fields.get(key);
        return e == null ? "" : e.reason.getText();
    }

    private static void show(Node n, boolean visible) {
        n.setVisible(visible);
        n.setManaged(visible);
    }

    /** Puts a box with the control and its reason line where the control was. */
    private static void wrap(Control control, Label reason) {
        Parent parent = control.getParent();
        VBox box = new VBox(2);
        box.getStyleClass().add("field-box");
        reason.maxWidthProperty().bind(box.widthProperty());
        if (parent instanceof GridPane grid) {
            Integer col = GridPane.getColumnIndex(control);
            Integer row = GridPane.getRowIndex(control);
            Integer colSpan = GridPane.getColumnSpan(control);
            Integer rowSpan = GridPane.getRowSpan(control);
            Priority hgrow = GridPane.getHgrow(control);
            int index = grid.getChildren().indexOf(control);
            grid.getChildren().remove(control);
            box.getChildren().addAll(control, reason);
            grid.getChildren().add(index, box);
            GridPane.setConstraints(box, col == null ? 0 : col, row == null ? 0 : row,
                    colSpan == null ? 1 : colSpan, rowSpan == null ? 1 : rowSpan);
            GridPane.setHgrow(box, hgrow == null ? Priority.ALWAYS : hgrow);
            box.setMaxWidth(Double.MAX_VALUE);
        } else if (parent instanceof Pane pane) {
            int index = pane.getChildren().indexOf(control);
            Priority h = HBox.getHgrow(control);
            Priority v = VBox.getVgrow(control);
            pane.getChildren().remove(control);
            box.getChildren().addAll(control, reason);
            pane.getChildren().add(index, box);
            HBox.setHgrow(box, h);
            VBox.setVgrow(box, v);
            VBox.setVgrow(control, v);
        } else {
            throw new IllegalStateException("a form field must sit in a pane: " + control.getId());
        }
    }

    private record Entry(Control control, String label, Label reason) {
    }
}
