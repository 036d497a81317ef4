package org.oscc.chamberlain.app;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Remembers the main window's size, position and maximized state between runs (per user, in Java preferences). */
final class WindowState {
    private static final Logger LOG = LoggerFactory.getLogger(WindowState.class);
    static final String NODE_PROPERTY = "chamberlain.prefsNode";
    private static final double DEFAULT_WIDTH = 1200;
    private static final double DEFAULT_HEIGHT = 780;

    private final Preferences prefs;

    WindowState() {
        this(Preferences.userRoot().node(System.getProperty(NODE_PROPERTY, "org/oscc/chamberlain/window")));
    }

    WindowState(Preferences prefs) {
        this.prefs = prefs;
    }

    void restore(Stage stage) {
        double width = prefs.getDouble("width", DEFAULT_WIDTH);
        double height = prefs.getDouble("height", DEFAULT_HEIGHT);
        double x = prefs.getDouble("x", Double.NaN);
        double y = prefs.getDouble("y", Double.NaN);
        stage.setWidth(Math.max(640, width));
        stage.setHeight(Math.max(480, height));
        // only where a screen still shows the window's title bar (a monitor may have been unplugged)
        if (!Double.isNaN(x) && !Double.isNaN(y)
                && !Screen.getScreensForRectangle(new Rectangle2D(x, y, 200, 40)).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(prefs.getBoolean("maximized", false));
    }

    void save(Stage stage) {
        prefs.putBoolean("maximized", stage.isMaximized());
        if (!stage.isMaximized() && !stage.isIconified()) {
            prefs.putDouble("x", stage.getX());
            prefs.putDouble("y", stage.getY());
            prefs.putDouble("width", stage.getWidth());
            prefs.putDouble("height", stage.getHeight());
        }
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            LOG.warn("Could not remember the window size", e);
        }
    }
}
