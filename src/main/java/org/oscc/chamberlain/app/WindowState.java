package org.oscc.chamberlain.app;

import java.util.List;
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
    /** A first start fills a laptop screen's visible area and stays this size on a large one. */
    static final double DEFAULT_WIDTH = 1440;
    static final double DEFAULT_HEIGHT = 900;
    /** The smallest window every screen is laid out for (docs/decisions/0007-laptop-layout.md). */
    static final double MIN_WIDTH = 1024;
    static final double MIN_HEIGHT = 700;

    private final Preferences prefs;

    WindowState() {
        this(Preferences.userRoot().node(System.getProperty(NODE_PROPERTY, "org/oscc/chamberlain/window")));
    }

    WindowState(Preferences prefs) {
        this.prefs = prefs;
    }

    void restore(Stage stage) {
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        Rectangle2D primary = Screen.getPrimary().getVisualBounds();
        Rectangle2D remembered = null;
        if (prefs.get("width", null) != null && prefs.get("height", null) != null) {
            remembered = new Rectangle2D(prefs.getDouble("x", Double.NaN), prefs.getDouble("y", Double.NaN),
                    prefs.getDouble("width", DEFAULT_WIDTH), prefs.getDouble("height", DEFAULT_HEIGHT));
        }
        Rectangle2D place = place(remembered, screens, primary);
        Rectangle2D screen = screenFor(place, screens, primary);
        stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight()));
        stage.setX(place.getMinX());
        stage.setY(place.getMinY());
        stage.setWidth(place.getWidth());
        stage.setHeight(place.getHeight());
        stage.setMaximized(prefs.getBoolean("maximized", false));
    }

    /**
     * Where the window opens: the remembered rectangle moved and shrunk onto the screen that shows most of it (a
     * monitor may have been unplugged, a laptop's screen is smaller than the desk's), or, on a first start, a
     * comfortable size centred on the primary screen, never larger than its visible area (without task bars).
     */
    static Rectangle2D place(Rectangle2D remembered, List<Rectangle2D> screens, Rectangle2D primary) {
        if (remembered == null || Double.isNaN(remembered.getWidth()) || Double.isNaN(remembered.getHeight())) {
            double width = Math.min(DEFAULT_WIDTH, primary.getWidth());
            double height = Math.min(DEFAULT_HEIGHT, primary.getHeight());
            return new Rectangle2D(primary.getMinX() + (primary.getWidth() - width) / 2,
                    primary.getMinY() + (primary.getHeight() - height) / 2, width, height);
        }
        boolean placed = !Double.isNaN(remembered.getMinX()) && !Double.isNaN(remembered.getMinY());
        Rectangle2D probe = placed ? remembered : new Rectangle2D(primary.getMinX(), primary.getMinY(),
                remembered.getWidth(), remembered.getHeight());
        Rectangle2D screen = screenFor(probe, screens, primary);
        double minWidth = Math.min(MIN_WIDTH, screen.getWidth());
        double minHeight = Math.min(MIN_HEIGHT, screen.getHeight());
        double width = clamp(remembered.getWidth(), minWidth, screen.getWidth());
        double height = clamp(remembered.getHeight(), minHeight, screen.getHeight());
        double x = placed ? clamp(remembered.getMinX(), screen.getMinX(), screen.getMaxX() - width)
                : screen.getMinX() + (screen.getWidth() - width) / 2;
        double y = placed ? clamp(remembered.getMinY(), screen.getMinY(), screen.getMaxY() - height)
                : screen.getMinY() + (screen.getHeight() - height) / 2;
        return new Rectangle2D(x, y, width, height);
    }

    /** The screen that shows the largest part of a rectangle; the primary one when none shows any of it. */
    static Rectangle2D screenFor(Rectangle2D window, List<Rectangle2D> screens, Rectangle2D primary) {
        Rectangle2D best = primary;
        double bestArea = 0;
        for (Rectangle2D screen : screens) {
            double w = Math.min(window.getMaxX(), screen.getMaxX()) - Math.max(window.getMinX(), screen.getMinX());
            double h = Math.min(window.getMaxY(), screen.getMaxY()) - Math.max(window.getMinY(), screen.getMinY());
            double area = w > 0 && h > 0 ? w * h : 0;
            if (area > bestArea) {
                best = screen;
                bestArea = area;
            }
        }
        return best;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
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
