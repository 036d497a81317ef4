package org.oscc.chamberlain.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ConstrainedColumnResizeBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ResizeFeaturesBase;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.Callback;

/**
 * How a table shares its width: the columns that identify a row (a name, a member, a project, a date) keep the
 * width of their content and are the last to shrink; every other column keeps at least its heading; when the
 * table is too narrow for all of them, the secondary columns hide in the order given and come back, in reverse
 * order, when the table grows again (in a form that scrolls, the other non-identifying columns after them, so the
 * form never scrolls sideways). The table's menu button (top right) shows and hides any column by hand, and
 * a column the organizer hid or showed there is left as they chose.
 *
 * <p>Widths are a function of the table's width alone (not of its history), so they recover when a window that
 * was made small grows again. A column dragged wider by hand keeps that width until the table's width changes.
 */
public final class ColumnPriorities<S> extends ConstrainedColumnResizeBase
        implements Callback<TableView.ResizeFeatures, Boolean> {
    /** Rows measured for a column's content width: the first screenfuls, cheap even for a large table. */
    private static final int MEASURED_ROWS = 500;
    /** The most an identifying column claims for its content (a name longer than that is cut). */
    private static final double MAX_IDENTIFYING = 420;
    /** The most another column claims for its content; a secondary column with longer text (an e-mail) is cut. */
    private static final double MAX_OTHER = 200;
    /**
     * Pixels a column set may lack and still show (within the slack of the measured widths): the same threshold
     * for hiding and showing, so that a table a fraction of a pixel narrower after a resize shows the same columns.
     */
    private static final double TOLERANCE = 2;
    /** The vertical scroll bar's room, part of the least width the table asks of its parent. */
    private static final double SCROLL_BAR = 16;
    /** Room for the sort arrow beside a heading, as JavaFX's own "fit to content" allows. */
    private static final double SORT_ARROW = 12;
    /** Slack for bold or highlighted rows, whose font is a little wider than the plain one measured. */
    private static final double SLACK = 8;

    private final TableView<S> table;
    private final List<TableColumn<S, ?>> identifying = new ArrayList<>();
    private final List<TableColumn<S, ?>> secondary = new ArrayList<>();
    private final Map<TableColumn<S, ?>, Double> basePref = new HashMap<>();
    private final Map<TableColumn<S, ?>, Double> declaredMin = new HashMap<>();
    private final Map<TableColumn<S, ?>, Double> contentWidth = new LinkedHashMap<>();
    private final Map<TableColumn<S, ?>, Double> headingWidth = new HashMap<>();
    private final Set<TableColumn<S, ?>> hiddenByFit = new HashSet<>();
    private final Set<TableColumn<S, ?>> chosenByHand = new HashSet<>();
    private boolean adjusting;
    private boolean refitQueued;
    private boolean visibilityQueued;

    private ColumnPriorities(TableView<S> table) {
        this.table = table;
    }

    /** Starts the policy for a table; finish with {@link #install()}. */
    public static <S> ColumnPriorities<S> of(TableView<S> table) {
        return new ColumnPriorities<>(table);
    }

    /** The columns that identify a row: sized to their content, never hidden by the policy. */
    @SafeVarargs
    public final ColumnPriorities<S> identifying(TableColumn<S, ?>... columns) {
        identifying.addAll(List.of(columns));
        return this;
    }

    /** The columns that may hide when room runs out, the first given hiding first. */
    @SafeVarargs
    public final ColumnPriorities<S> secondary(TableColumn<S, ?>... columns) {
        secondary.addAll(List.of(columns));
        return this;
    }

    /** The identifying columns, for tests and for the screens that size a pane around them. */
    public List<TableColumn<S, ?>> identifyingColumns() {
        return List.copyOf(identifying);
    }

    /** Installs the policy and the table menu button; the table's columns must be in place. */
    public ColumnPriorities<S> install() {
        for (TableColumn<S, ?> column : leafColumns()) {
            basePref.put(column, column.getPrefWidth());
            declaredMin.put(column, column.getMinWidth());
            column.visibleProperty().addListener((obs, was, now) -> {
                if (!adjusting) {
                    chosenByHand.add(column);
                    hiddenByFit.remove(column);
                    queueRefit();
                }
            });
            // a heading that changes later (e.g. naming the chamber's time zone once it is known) is measured again
            column.textProperty().addListener((obs, was, now) -> {
                headingWidth.remove(column);
                queueRefit();
            });
        }
        table.setTableMenuButtonVisible(true);
        table.setColumnResizePolicy(this);
        ListChangeListener<S> itemsChanged = c -> {
            forgetShownContent();
            queueRefit();
        };
        if (table.getItems() != null) {
            table.getItems().addListener(itemsChanged);
        }
        table.itemsProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removeListener(itemsChanged);
            }
            if (now != null) {
                now.addListener(itemsChanged);
            }
            forgetShownContent();
            queueRefit();
        });
        // the first measurement needs the table's cells styled (their font and padding)
        InvalidationListener shown = obs -> {
            contentWidth.clear();
            headingWidth.clear();
            queueRefit();
        };
        table.skinProperty().addListener(shown);
        table.sceneProperty().addListener(shown);
        return this;
    }

    /** What the resize policy is asked: a user's drag of one column, or a new width for the table. */
    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Boolean call(TableView.ResizeFeatures features) {
        if (features.getColumn() != null) {
            return TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN.call(features);
        }
        double width = features.getContentWidth();
        if (width <= 0) {
            return false;
        }
        fitVisibility(width);
        distribute(features, width);
        askForRoom();
        return true;
    }

    /** Hides the lowest-priority secondary columns that do not fit, shows back those that fit again. */
    private void fitVisibility(double width) {
        if (visibilityQueued || plan(width).isEmpty()) {
            return;
        }
        // visibility changes re-run the table's layout: not from inside its layout pass, and planned afresh then
        // (the organizer may have chosen from the table menu, the table may have another width)
        visibilityQueued = true;
        Platform.runLater(() -> {
            visibilityQueued = false;
            double now = new TableView.ResizeFeatures<>(table, null, 0.0).getContentWidth();
            if (now <= 0) {
                return;
            }
            Map<TableColumn<S, ?>, Boolean> changes = plan(now);
            adjusting = true;
            try {
                changes.forEach((column, visible) -> {
                    column.setVisible(visible);
                    if (visible) {
                        hiddenByFit.remove(column);
                    } else {
                        hiddenByFit.add(column);
                    }
                });
            } finally {
                adjusting = false;
            }
        });
    }

    /** The secondary columns to hide (false) or show again (true) at this width. */
    private Map<TableColumn<S, ?>, Boolean> plan(double width) {
        Map<TableColumn<S, ?>, Boolean> changes = new LinkedHashMap<>();
        double needed = 0;
        for (TableColumn<S, ?> column : leafColumns()) {
            if (column.isVisible()) {
                needed += minWidth(column);
            }
        }
        List<TableColumn<S, ?>> order = hideOrder();
        for (TableColumn<S, ?> column : order) {
            if (needed <= width + TOLERANCE) {
                break;
            }
            if (column.isVisible() && !chosenByHand.contains(column)) {
                changes.put(column, false);
                needed -= minWidth(column);
            }
        }
        if (!changes.isEmpty()) {
            return changes;
        }
        for (int i = order.size() - 1; i >= 0; i--) {
            TableColumn<S, ?> column = order.get(i);
            if (!hiddenByFit.contains(column) || chosenByHand.contains(column)) {
                continue;
            }
            double more = minWidth(column);
            if (needed + more > width + TOLERANCE) {
                break;
            }
            changes.put(column, true);
            needed += more;
        }
        return changes;
    }

    /**
     * Asks the table's parent (a split pane, a box) for the room of the columns that never hide, so that a split
     * pane's divider stops before the names are cut.
     */
    private void askForRoom() {
        double floor = SCROLL_BAR + table.snappedLeftInset() + table.snappedRightInset();
        List<TableColumn<S, ?>> order = hideOrder();
        for (TableColumn<S, ?> column : leafColumns()) {
            if (!order.contains(column) && column.isVisible()) {
                // a column that does not name the row may cut its text to its heading before the page grows wider
                // than the window (see distribute)
                floor += identifying.contains(column) ? minWidth(column) : headingFloor(column);
            }
        }
        double wanted = Math.ceil(floor);
        if (Math.abs(table.getMinWidth() - wanted) > 1) {
            Platform.runLater(() -> table.setMinWidth(wanted));
        }
    }

    /**
     * The columns the policy may hide, the first hiding first: the secondary ones; and, for a table inside a form
     * that scrolls (a scroll pane), then the other columns that do not identify a row, the rightmost first, once
     * they are down to their headings' width. A table in a form must not make the form wider than its pane, or the
     * form would scroll sideways as well.
     */
    private List<TableColumn<S, ?>> hideOrder() {
        if (!insideScrollPane()) {
            return secondary;
        }
        List<TableColumn<S, ?>> order = new ArrayList<>(secondary);
        List<TableColumn<S, ?>> leaves = leafColumns();
        for (int i = leaves.size() - 1; i >= 0; i--) {
            TableColumn<S, ?> column = leaves.get(i);
            if (!identifying.contains(column) && !secondary.contains(column)) {
                order.add(column);
            }
        }
        return order;
    }

    private boolean insideScrollPane() {
        for (Node n = table.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane) {
                return true;
            }
        }
        return false;
    }

    /**
     * Gives every visible column its minimum, then brings the others up to their designed width, then shares what
     * is left in proportion to those widths.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private void distribute(ResizeFeaturesBase features, double width) {
        List<TableColumn<S, ?>> visible = new ArrayList<>();
        for (TableColumn<S, ?> column : leafColumns()) {
            if (column.isVisible()) {
                visible.add(column);
            }
        }
        if (visible.isEmpty()) {
            return;
        }
        double[] min = new double[visible.size()];
        double[] pref = new double[visible.size()];
        double minSum = 0;
        double need = 0;
        double prefSum = 0;
        for (int i = 0; i < visible.size(); i++) {
            TableColumn<S, ?> column = visible.get(i);
            min[i] = minWidth(column);
            pref[i] = Math.max(min[i], identifying.contains(column) ? min[i]
                    : basePref.getOrDefault(column, column.getPrefWidth()));
            minSum += min[i];
            need += pref[i] - min[i];
            prefSum += pref[i];
        }
        double extra = width - minSum;
        if (extra < 0) {
            // narrower than every column's content: the columns that do not name the row give way first, down to
            // their headings, so that the names keep their width longest and the table does not scroll sideways
            double slack = 0;
            double[] least = new double[visible.size()];
            for (int i = 0; i < visible.size(); i++) {
                least[i] = identifying.contains(visible.get(i)) ? min[i] : Math.min(min[i], headingFloor(visible.get(i)));
                slack += min[i] - least[i];
            }
            double cut = Math.min(-extra, slack);
            for (int i = 0; i < visible.size() && slack > 0; i++) {
                min[i] -= cut * (min[i] - least[i]) / slack;
            }
            extra += cut;
        }
        // whole pixels, the last column taking the rounding, so no scroll bar appears for a fraction
        double used = 0;
        for (int i = 0; i < visible.size(); i++) {
            double w;
            if (extra <= 0) {
                w = min[i];
            } else if (extra <= need) {
                w = min[i] + extra * (pref[i] - min[i]) / need;
            } else {
                w = pref[i] + (extra - need) * pref[i] / prefSum;
            }
            w = Math.floor(w);
            if (i == visible.size() - 1 && extra > 0) {
                w = Math.max(min[i], Math.floor(width - used));
            }
            used += w;
            features.setColumnWidth(visible.get(i), w);
        }
    }

    /** A column's least width: its heading, its content (up to a cap), a minimum set in the FXML. */
    double minWidth(TableColumn<S, ?> column) {
        double min = headingFloor(column);
        // in a form that scrolls, a column that neither names the row nor hides first may cut its text to its
        // heading's width before it hides: a short list keeps all its columns a little longer
        boolean keepsContent = identifying.contains(column) || secondary.contains(column) || !insideScrollPane();
        if (keepsContent) {
            Double content = contentWidth.get(column);
            if (content == null && !column.isVisible()) {
                // a hidden column's cells show nothing to measure: its designed width stands in until it shows
                content = basePref.getOrDefault(column, column.getPrefWidth());
            } else if (content == null) {
                content = measureContent(column);
                // kept only once real cells show the font and padding to measure with
                if (table.lookup(".table-row-cell .table-cell") != null) {
                    contentWidth.put(column, content);
                }
            }
            min = Math.max(min, Math.min(content, identifying.contains(column) ? MAX_IDENTIFYING : MAX_OTHER));
        }
        return Math.ceil(min);
    }

    /** A column's width with its heading whole and its declared minimum, whatever its cells hold. */
    private double headingFloor(TableColumn<S, ?> column) {
        Double heading = headingWidth.get(column);
        if (heading == null) {
            heading = headingWidth(column);
            if (table.lookup(".column-header .label") != null) {
                headingWidth.put(column, heading);
            }
        }
        return Math.ceil(Math.max(declaredMin.getOrDefault(column, column.getMinWidth()), heading));
    }

    private double headingWidth(TableColumn<S, ?> column) {
        Labeled label = (Labeled) table.lookupAll(".column-header .label").stream()
                .filter(n -> n instanceof Labeled l && column.getText() != null && column.getText().equals(l.getText()))
                .findFirst().orElse(null);
        Font font = label != null ? label.getFont() : cellFont();
        double insets = label != null ? horizontal(label.getInsets()) + horizontal(headerInsets(label)) : 20;
        double graphic = column.getGraphic() != null ? column.getGraphic().prefWidth(-1) + 4 : 0;
        return textWidth(column.getText(), font) + graphic + insets + SORT_ARROW;
    }

    private static Insets headerInsets(Node label) {
        Node parent = label.getParent();
        return parent instanceof javafx.scene.layout.Region r ? r.getInsets() : Insets.EMPTY;
    }

    /** The widest cell this column shows, measured with the cells' own factory, font and padding. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private double measureContent(TableColumn<S, ?> column) {
        ObservableList<S> items = table.getItems();
        if (items == null || items.isEmpty() || column.getCellFactory() == null) {
            return 0;
        }
        Labeled sample = (Labeled) table.lookup(".table-row-cell .table-cell");
        Font font = sample != null ? sample.getFont() : cellFont();
        double padding = sample != null ? horizontal(sample.getInsets()) : 16;
        TableColumn raw = column;
        TableCell<S, Object> cell = (TableCell<S, Object>) raw.getCellFactory().call(raw);
        TableRow<S> row = new TableRow<>();
        row.updateTableView(table);
        cell.updateTableView(table);
        cell.updateTableColumn(raw);
        cell.updateTableRow(row);
        double max = 0;
        int rows = Math.min(items.size(), MEASURED_ROWS);
        for (int i = 0; i < rows; i++) {
            row.updateIndex(i);
            cell.updateIndex(i);
            double w = textWidth(cell.getText(), font);
            Node graphic = cell.getGraphic();
            if (graphic != null) {
                w += graphic.prefWidth(-1) + (cell.getText() == null || cell.getText().isEmpty() ? 0 : 4);
            }
            max = Math.max(max, w);
        }
        cell.updateIndex(-1);
        row.updateIndex(-1);
        return max + padding + SLACK;
    }

    private Font cellFont() {
        return Font.getDefault();
    }

    private static double textWidth(String text, Font font) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Text t = new Text(text);
        t.setFont(font);
        return Math.ceil(t.getLayoutBounds().getWidth());
    }

    private static double horizontal(Insets insets) {
        return insets.getLeft() + insets.getRight();
    }

    private List<TableColumn<S, ?>> leafColumns() {
        List<TableColumn<S, ?>> leaves = new ArrayList<>();
        for (TableColumn<S, ?> column : table.getColumns()) {
            addLeaves(column, leaves);
        }
        return leaves;
    }

    private void addLeaves(TableColumn<S, ?> column, List<TableColumn<S, ?>> leaves) {
        if (column.getColumns().isEmpty()) {
            leaves.add(column);
        } else {
            column.getColumns().forEach(c -> addLeaves(c, leaves));
        }
    }

    /**
     * New rows: the shown columns are measured again. A hidden column keeps what it measured while shown (its cells
     * cannot be measured while hidden), so that it does not come back on a guess and hide again at once.
     */
    private void forgetShownContent() {
        contentWidth.keySet().removeIf(TableColumn::isVisible);
    }

    /** Re-applies the widths after the items or the visible columns changed (the table's width did not). */
    private void queueRefit() {
        if (refitQueued) {
            return;
        }
        refitQueued = true;
        Platform.runLater(() -> {
            refitQueued = false;
            if (table.getSkin() != null) {
                table.applyCss();
                call(new TableView.ResizeFeatures<>(table, null, 0.0));
                table.requestLayout();
            }
        });
    }
}
