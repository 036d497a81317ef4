package org.oscc.chamberlain.ui;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * Keeps a split pane's dividers where the organizer put them (or where the screen first placed them). A small
 * window pushes a divider aside to respect a pane's minimum size; when the window grows again the divider goes back,
 * instead of staying wherever the smallest size left it, which is what a SplitPane does on its own.
 */
public final class SplitPositions {
    /** Room of a divider, as the theme draws it. */
    private static final double DIVIDER = 6;
    private final SplitPane split;
    private double[] wanted;
    private boolean dragging;

    private SplitPositions(SplitPane split) {
        this.split = split;
        this.wanted = split.getDividerPositions();
    }

    /** Starts keeping the split's current divider positions (and any the organizer drags to). */
    public static SplitPositions keep(SplitPane split) {
        SplitPositions positions = new SplitPositions(split);
        split.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getTarget() instanceof Node n && isDivider(n)) {
                positions.dragging = true;
            }
        });
        split.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (positions.dragging) {
                positions.dragging = false;
                positions.wanted = split.getDividerPositions();
            }
        });
        InvalidationListener resized = obs -> positions.restore();
        split.widthProperty().addListener(resized);
        split.heightProperty().addListener(resized);
        // a pane's minimum may change after the split's size did (a table measured its names)
        split.needsLayoutProperty().addListener((obs, was, now) -> {
            if (now) {
                Platform.runLater(positions::restore);
            }
        });
        return positions;
    }

    /** The positions this split returns to, for tests. */
    public double[] wanted() {
        return wanted.clone();
    }

    /** Sets new wanted positions, as a screen does when it rearranges itself. */
    public void want(double... positions) {
        wanted = positions.clone();
        split.setDividerPositions(positions);
    }

    private void restore() {
        if (dragging || wanted.length != split.getDividers().size()) {
            return;
        }
        double[] positions = clamped();
        double[] now = split.getDividerPositions();
        for (int i = 0; i < positions.length; i++) {
            if (Math.abs(positions[i] - now[i]) > 0.001) {
                split.setDividerPositions(positions);
                return;
            }
        }
    }

    /** The wanted positions moved just enough that every pane gets its minimum size (as a SplitPane's own drag does). */
    private double[] clamped() {
        boolean horizontal = split.getOrientation() == Orientation.HORIZONTAL;
        double size = horizontal ? split.getWidth() - split.snappedLeftInset() - split.snappedRightInset()
                : split.getHeight() - split.snappedTopInset() - split.snappedBottomInset();
        List<Node> items = split.getItems();
        double[] positions = wanted.clone();
        if (size <= 0 || items.size() != positions.length + 1) {
            return positions;
        }
        double[] min = new double[items.size()];
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            min[i] = horizontal ? item.minWidth(-1) : item.minHeight(-1);
        }
        // as SplitPaneSkin places them: a position is the divider's centre, a fraction of the split's inner size
        Node divider = split.lookup(".split-pane-divider");
        double thickness = divider instanceof Region r && r.getWidth() > 0
                ? (horizontal ? r.getWidth() : r.getHeight()) : DIVIDER;
        for (int i = 0; i < positions.length; i++) {
            double before = (i + 0.5) * thickness;
            for (int j = 0; j <= i; j++) {
                before += min[j];
            }
            double after = (positions.length - 1 - i + 0.5) * thickness;
            for (int j = i + 1; j < items.size(); j++) {
                after += min[j];
            }
            double low = before / size;
            double high = 1 - after / size;
            positions[i] = low > high ? low : Math.max(low, Math.min(high, positions[i]));
            if (i > 0) {
                positions[i] = Math.max(positions[i], positions[i - 1]);
            }
        }
        return positions;
    }

    private static boolean isDivider(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("split-pane-divider")) {
                return true;
            }
            if (n instanceof SplitPane) {
                return false;
            }
        }
        return false;
    }
}
