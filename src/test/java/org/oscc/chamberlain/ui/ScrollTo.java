package org.oscc.chamberlain.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * For screen tests: scrolls every scroll pane around a node so that its top is in view, as the organizer scrolls
 * to a part of a form below the fold before clicking in it (a robot click does not scroll). Call on the JavaFX thread.
 */
public final class ScrollTo {
    private ScrollTo() {
    }

    public static void show(Node node) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane scroll && scroll.getContent() != null) {
                Node content = scroll.getContent();
                Bounds at = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double contentHeight = content.getLayoutBounds().getHeight();
                double viewHeight = scroll.getViewportBounds().getHeight();
                if (contentHeight > viewHeight) {
                    double fraction = Math.max(0, Math.min(1, at.getMinY() / (contentHeight - viewHeight)));
                    scroll.setVvalue(scroll.getVmin() + fraction * (scroll.getVmax() - scroll.getVmin()));
                }
                scroll.layout();
            }
        }
    }
}
