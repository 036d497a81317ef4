package org.oscc.chamberlain.ui;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.oscc.chamberlain.store.StoreFaults;
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

    /**
     * Tells the reporter which chamber file is open and how to restore it: a damaged page, a read-only file or a
     * full disk met while working is then shown as a plain answer (with a Restore button for a damaged chamber),
     * not as a bug. The form that was saving keeps its edits: it is only told that storing failed.
     */
    public static void watchStore(Supplier<Path> openStore, Consumer<Path> restore) {
        STORE_FILE.set(openStore);
        RESTORER.set(restore);
    }

    private static final java.util.concurrent.atomic.AtomicReference<Supplier<Path>> STORE_FILE =
            new java.util.concurrent.atomic.AtomicReference<>(() -> null);
    private static final java.util.concurrent.atomic.AtomicReference<Consumer<Path>> RESTORER =
            new java.util.concurrent.atomic.AtomicReference<>();

    public static void report(Throwable e) {
        Path file = STORE_FILE.get().get();
        Optional<StoreFaults.Fault> fault = file == null ? Optional.empty() : StoreFaults.of(e, file);
        if (fault.isPresent()) {
            LOG.warn("Store fault ({}): {}", fault.get().kind(), fault.get().message(), e);
            if (DIALOGS_ENABLED.get()) {
                showFault(fault.get());
            }
            return;
        }
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
            Alert alert = new Alert(Alert.AlertType.ERROR, "", Dialogs.ok());
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
            nameTheDetailsLink(alert.getDialogPane());
        };
        if (Platform.isFxApplicationThread()) {
            show.run();
        } else {
            Platform.runLater(show);
        }
    }

    /**
     * JavaFX names the link that shows the stack trace in the system's language; it follows the screens' instead.
     * The pane renames it on every toggle, and this listener, added after the pane's own, has the last word.
     */
    private static void nameTheDetailsLink(javafx.scene.control.DialogPane pane) {
        if (pane.lookup(".details-button") instanceof javafx.scene.control.Labeled link) {
            Runnable name = () -> link.setText(Messages.get(pane.isExpanded() ? "error.details.less"
                    : "error.details.more"));
            name.run();
            pane.expandedProperty().addListener((o, was, is) -> name.run());
        }
    }

    private static final Set<StoreFaults.Kind> SHOWING = java.util.EnumSet.noneOf(StoreFaults.Kind.class);

    /** One dialog per kind at a time: several reads meeting the same damaged page ask once. */
    private static void showFault(StoreFaults.Fault fault) {
        Runnable show = () -> {
            if (!SHOWING.add(fault.kind())) {
                return;
            }
            Alert alert = new Alert(fault.kind() == StoreFaults.Kind.DAMAGED ? Alert.AlertType.ERROR
                    : Alert.AlertType.WARNING);
            alert.setTitle(Messages.get("store.fault.title"));
            alert.setHeaderText(Messages.get("store.fault." + fault.kind().name().toLowerCase(java.util.Locale.ROOT)));
            alert.setContentText(fault.message());
            alert.getDialogPane().setId("store-fault");
            alert.getDialogPane().setMinWidth(520);
            ButtonType restore = new ButtonType(Messages.get("store.fault.restore"), ButtonBar.ButtonData.OTHER);
            Consumer<Path> restoring = RESTORER.get();
            if (fault.backup().isPresent() && restoring != null) {
                alert.getButtonTypes().setAll(restore, Dialogs.close());
            } else {
                alert.getButtonTypes().setAll(Dialogs.close());
            }
            alert.setOnHidden(ev -> {
                SHOWING.remove(fault.kind());
                if (alert.getResult() == restore) {
                    restoring.accept(fault.backup().get());
                }
            });
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
