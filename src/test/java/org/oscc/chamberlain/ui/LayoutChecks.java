package org.oscc.chamberlain.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Text;

/**
 * What a user sees cut: every shown button, label and table heading, and every cell of a column that identifies
 * its row, whose rendered text differs from its text (JavaFX puts "..." where the words did not fit). Read on the
 * JavaFX thread.
 */
public final class LayoutChecks {
    private LayoutChecks() {
    }

    /** One cut text: where it is and what the user reads instead of the whole text. */
    public record Cut(String where, String text, String shown) {
        @Override
        public String toString() {
            return where + ": \"" + text + "\" shows as \"" + shown + "\"";
        }
    }

    /** The cut texts under a node, skipping what is hidden, scrolled away or deliberately shortened. */
    public static List<Cut> cutTexts(Node root) {
        List<Cut> cuts = new ArrayList<>();
        Bounds window = root.localToScene(root.getLayoutBounds());
        collect(root, window, cuts);
        return cuts;
    }

    private static void collect(Node node, Bounds window, List<Cut> cuts) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        // a list's cells are summaries that end in "..." by design (the whole text is in the detail beside them);
        // nodes inside them are not checked either. A combo box's own button cell is.
        if (node instanceof ListView<?> list) {
            clippedByDivider(list, window, "list", cuts);
            return;
        }
        if (node instanceof TableView<?> table) {
            clippedByDivider(table, window, "table " + table.getId(), cuts);
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            clippedByDivider(labeled, window, labeled.getText(), cuts);
        }
        if (node instanceof Labeled labeled && shown(node, window)) {
            check(labeled, cuts);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, window, cuts);
            }
        }
    }

    private static void check(Labeled labeled, List<Cut> cuts) {
        String text = labeled.getText();
        if (text == null || text.isBlank()) {
            return;
        }
        boolean heading = labeled.getParent() instanceof TableColumnHeader;
        boolean cell = labeled instanceof TableCell<?, ?>;
        boolean control = labeled instanceof ButtonBase || labeled instanceof Label || labeled instanceof ListCell<?>;
        if (cell && !identifying((TableCell<?, ?>) labeled)) {
            return;
        }
        if (!cell && !heading && !control) {
            return;
        }
        String shown = renderedText(labeled);
        if (shown != null && !shown.equals(text.replace("_", "")) && !shown.equals(text)) {
            cuts.add(new Cut(describe(labeled), text, shown));
        }
    }

    /**
     * A node that a split pane's divider cuts off part-way, across the split: its pane is narrower than the node
     * (no scroll bar there to reach the rest), so words or whole columns are hidden from the organizer. What sits
     * inside a table, a list or a scroll pane is judged by that container (it scrolls), not by its own bounds.
     */
    private static void clippedByDivider(Node node, Bounds window, String text, List<Cut> cuts) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        if (b.getWidth() <= 0 || b.getHeight() <= 0 || !window.intersects(b)) {
            return;
        }
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (!n.isVisible() || n instanceof javafx.scene.control.ScrollPane || n instanceof TableView<?>
                    || n instanceof ListView<?> || n instanceof javafx.scene.control.TreeTableView<?>) {
                return;
            }
            if (n.getClip() != null && n.getParent() instanceof javafx.scene.control.SplitPane split) {
                Bounds clip = n.localToScene(n.getClip().getBoundsInParent());
                boolean across = split.getOrientation() == javafx.geometry.Orientation.HORIZONTAL
                        ? b.getMinX() < clip.getMinX() - 1 || b.getMaxX() > clip.getMaxX() + 1
                        : b.getMinY() < clip.getMinY() - 1 || b.getMaxY() > clip.getMaxY() + 1;
                if (clip.intersects(b) && across) {
                    cuts.add(new Cut(node.getClass().getSimpleName() + (node.getId() == null ? ""
                            : " #" + node.getId()) + " cut off by a divider", text, "part of it"));
                }
                return;
            }
        }
    }

    /** The text the skin draws: the labeled's own Text child. */
    static String renderedText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text t && child.getStyleClass().contains("text")) {
                return t.getText();
            }
        }
        return null;
    }

    private static boolean identifying(TableCell<?, ?> cell) {
        TableView<?> table = cell.getTableView();
        TableColumn<?, ?> column = cell.getTableColumn();
        TableRow<?> row = cell.getTableRow();
        if (table == null || column == null || row == null || row.isEmpty() || cell.isEmpty()) {
            return false;
        }
        return table.getColumnResizePolicy() instanceof ColumnPriorities<?> policy
                && policy.identifyingColumns().contains(column);
    }

    /**
     * What reaches past the window's left or right edge: a page whose content is wider than the window loses its
     * margin and cuts the last column or button at the edge, with no scroll bar to reach it. What sits inside a
     * scroll pane, a table or a list scrolls there, so only the outermost node that is too wide is named.
     */
    public static List<Cut> beyondWindow(Node root) {
        List<Cut> cuts = new ArrayList<>();
        Bounds window = root.localToScene(root.getLayoutBounds());
        beyond(root, window, cuts);
        return cuts;
    }

    private static void beyond(Node node, Bounds window, List<Cut> cuts) {
        if (!node.isVisible() || !node.isManaged() && node != node.getScene().getRoot()) {
            return;
        }
        Bounds b = node.localToScene(node.getLayoutBounds());
        if (b.getWidth() > 0 && b.getHeight() > 0
                && (b.getMaxX() > window.getMaxX() + 1 || b.getMinX() < window.getMinX() - 1)) {
            Node idNode = node;
            while (idNode != null && idNode.getId() == null) {
                idNode = idNode.getParent();
            }
            cuts.add(new Cut(node.getClass().getSimpleName() + (idNode != null ? " in #" + idNode.getId() : "")
                    + " reaches past the window's edge", String.format(java.util.Locale.ROOT,
                    "%.0f px wide at x %.0f", b.getWidth(), b.getMinX()), String.format(java.util.Locale.ROOT,
                    "a window %.0f px wide", window.getWidth())));
            return;
        }
        if (node instanceof javafx.scene.control.ScrollPane || node instanceof TableView<?>
                || node instanceof ListView<?>) {
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                beyond(child, window, cuts);
            }
        }
    }

    /**
     * Forms that would scroll sideways as well as down: a scroll pane meant to fit its content to its width whose
     * content needs more than the width it has (the organizer would have to scroll right to reach fields).
     */
    public static List<Cut> scrollingSideways(Node root) {
        List<Cut> cuts = new ArrayList<>();
        Bounds window = root.localToScene(root.getLayoutBounds());
        for (Node n : root.lookupAll(".scroll-pane")) {
            if (n instanceof javafx.scene.control.ScrollPane pane && pane.isFitToWidth() && pane.getContent() != null
                    && shownAt(pane, window)) {
                double room = pane.getViewportBounds().getWidth();
                double needed = pane.getContent().minWidth(-1);
                if (room > 0 && needed > room + 1) {
                    Node idNode = pane.getContent();
                    while (idNode != null && idNode.getId() == null) {
                        idNode = idNode.getParent();
                    }
                    cuts.add(new Cut("scroll pane" + (idNode != null ? " in #" + idNode.getId() : "")
                            + " scrolls sideways", String.format(java.util.Locale.ROOT, "content needs %.0f px",
                            needed), String.format(java.util.Locale.ROOT, "%.0f px of room", room)));
                }
            }
        }
        return cuts;
    }

    private static boolean shownAt(Node node, Bounds window) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        Bounds b = node.localToScene(node.getLayoutBounds());
        return b.getWidth() > 0 && b.getHeight() > 0 && window.intersects(b);
    }

    /** Inside the window and inside every clipping ancestor (a scroll pane's viewport, a table's rows). */
    private static boolean shown(Node node, Bounds window) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        if (b.getWidth() <= 0 || b.getHeight() <= 0 || !window.intersects(b)) {
            return false;
        }
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
            if (n.getClip() != null) {
                Bounds clip = n.localToScene(n.getClip().getBoundsInParent());
                if (!contains(clip, b)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whole inside, with a pixel's tolerance: a half-scrolled row is not what the user reads as cut. */
    private static boolean contains(Bounds outer, Bounds inner) {
        return inner.getMinX() >= outer.getMinX() - 1 && inner.getMaxX() <= outer.getMaxX() + 1
                && inner.getMinY() >= outer.getMinY() - 1 && inner.getMaxY() <= outer.getMaxY() + 1;
    }

    private static String describe(Labeled labeled) {
        String kind = labeled instanceof TableCell<?, ?> c
                ? "cell of column \"" + c.getTableColumn().getText() + "\""
                : labeled.getParent() instanceof TableColumnHeader ? "column heading" : labeled.getClass().getSimpleName();
        Node idNode = labeled;
        while (idNode != null && idNode.getId() == null) {
            idNode = idNode.getParent();
        }
        return kind + (idNode != null ? " in #" + idNode.getId() : "");
    }

    /** Rows shown whole in a table's viewport, counting only rows that hold an item. */
    public static int wholeRowsShown(TableView<?> table) {
        Node clip = table.lookup(".clipped-container");
        if (clip == null) {
            return 0;
        }
        Bounds view = clip.localToScene(clip.getLayoutBounds());
        int count = 0;
        for (Node n : table.lookupAll(".table-row-cell")) {
            if (n instanceof TableRow<?> row && row.isVisible() && !row.isEmpty() && row.getItem() != null) {
                Bounds b = row.localToScene(row.getLayoutBounds());
                if (b.getMinY() >= view.getMinY() - 1 && b.getMaxY() <= view.getMaxY() + 1) {
                    count++;
                }
            }
        }
        return count;
    }
}
