package org.oscc.chamberlain.ui;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.Set;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last line of defence: an unexpected exception is logged with its stack trace and shown once as a readable
 * dialog (the same failure is not shown again and again); the application keeps running.
 */
public final class ErrorReporter {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);
    private static final Set<String> SHOWN = new HashSet<>();
    private static final java.util.concurrent.atomic.AtomicBoolean DIALOGS_ENABLED =
            new java.util.concurrent.atomic.AtomicBoolean(true);
    private static final java.util.concurrent.atomic.AtomicInteger REPORTED =
            new java.util.concurrent.atomic.AtomicInteger();

    private ErrorReporter() {
    }

    /** Installs the handler for every thread, the JavaFX thread included. */
    public static void install() {
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> report(e));
    }

    /** For headless tests that assert on the log rather than click dialogs away. */
    public static void setDialogsEnabled(boolean enabled) {
        DIALOGS_ENABLED.set(enabled);
    }

    /** How many failures were reported since start (tests check that typed input never reaches this). */
    public static int reportedCount() {
        return REPORTED.get();
    }

    public static void report(Throwable e) {
        REPORTED.incrementAndGet();
        LOG.error("Unexpected error", e);
        if (!DIALOGS_ENABLED.get()) {
            return;
        }
        Throwable root = rootCause(e);
        String key = root.getClass().getName() + ":" + root.getMessage();
        synchronized (SHOWN) {
            if (!SHOWN.add(key)) {
                return;
            }
        }
        Runnable show = () -> {
            Alert alert = new Alert(Alert.AlertType.ERROR);
            alert.setTitle(Messages.get("error.title"));
            alert.setHeaderText(Messages.get("error.header"));
            alert.setContentText(readable(root) + "\n\n" + Messages.get("error.logged"));
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            TextArea details = new TextArea(trace.toString());
            details.setEditable(false);
            details.setWrapText(false);
            details.setPrefRowCount(12);
            alert.getDialogPane().setExpandableContent(details);
            alert.show();
        };
        if (Platform.isFxApplicationThread()) {
            show.run();
        } else {
            Platform.runLater(show);
        }
    }

    static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String readable(Throwable t) {
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }
}
