package org.oscc.chamberlain.app;

import org.oscc.chamberlain.root.ChamberServices;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.oscc.chamberlain.reports.ReportWarmUp;
import org.oscc.chamberlain.store.DataFolders;
import org.oscc.chamberlain.store.StoreUnavailableException;
import org.oscc.chamberlain.ui.BackgroundTasks;
import org.oscc.chamberlain.ui.Dialogs;
import org.oscc.chamberlain.ui.EmptyState;
import org.oscc.chamberlain.ui.ErrorReporter;
import org.oscc.chamberlain.ui.Messages;
import org.oscc.chamberlain.ui.Theme;
import org.oscc.chamberlain.ui.WorkerThreadTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: opens the chamber, builds the main window, and swaps chambers when asked. */
public class ChamberlainApp extends Application implements AppActions {
    private static final Logger LOG = LoggerFactory.getLogger(ChamberlainApp.class);
    /** When set, the app prints the time from process start to its first frame and exits (start-up benchmark). */
    public static final String FIRST_FRAME_PROPERTY = "chamberlain.benchmark.firstFrame";
    /** Set to "false" to skip the board report warm-up (benchmarks of the first report without it). */
    public static final String REPORT_WARM_UP_PROPERTY = "chamberlain.reportWarmUp";
    private static final long REPORT_WARM_UP_DELAY_MS = 1_500;
    /**
     * With {@link #FIRST_FRAME_PROPERTY}: after the first frame, also print when the dashboard's figures were shown and
     * how long each other section's first visit took until its data was shown, then exit (start-up benchmark).
     */
    public static final String SECTIONS_PROPERTY = "chamberlain.benchmark.sections";
    /**
     * The chamber opened while the JavaFX toolkit starts (see {@link #launchWindow}); {@link #init} takes it. Final
     * and atomic: one window per process, and tests that start the app directly simply find nothing here.
     */
    private static final java.util.concurrent.atomic.AtomicReference<EarlyOpen> EARLY = 
            new java.util.concurrent.atomic.AtomicReference<>();
    /** Set in screen tests: quitting hides the window instead of ending the JavaFX toolkit the tests share. */
    public static final String KEEP_TOOLKIT_PROPERTY = "chamberlain.keepToolkitOnQuit";

    private DataFolders folders;
    private Path requested;
    private ChamberServices services;
    private StoreUnavailableException startupProblem;
    private BackgroundTasks tasks;
    private WindowState windowState;
    private Stage stage;
    private MainWindowController mainWindow;

    /** Opens the window and blocks until it is closed. */
    public static int launchWindow(Optional<Path> db) {
        List<String> args = db.map(p -> List.of("--db=" + p.toAbsolutePath())).orElse(List.of());
        EARLY.set(EarlyOpen.start(db.map(Path::toAbsolutePath)));
        try {
            Application.launch(ChamberlainApp.class, args.toArray(String[]::new));
        } catch (UnsupportedOperationException noDisplay) {
            // e.g. "Unable to open DISPLAY" on a server or in a plain terminal session
            LOG.warn("No graphical display: {}", noDisplay.getMessage());
            Optional.ofNullable(EARLY.getAndSet(null)).ifPresent(EarlyOpen::discard);
            System.err.println("chamberlain: " + Messages.get("cli.noDisplay", noDisplay.getMessage()));
            return 2;
        }
        Optional.ofNullable(EARLY.getAndSet(null)).ifPresent(EarlyOpen::discard);
        return 0;
    }

    /** Runs on the launcher thread, not the JavaFX thread: opening and migrating the store may take a moment. */
    @Override
    public void init() {
        // the organizer's language (Settings), before any view reads the bundle
        org.oscc.chamberlain.text.Messages.use(new org.oscc.chamberlain.settings.ScreenLanguage().atStart());
        folders = DataFolders.forCurrentUser();
        String db = getParameters().getNamed().get("db");
        requested = folders.storeFile(Optional.ofNullable(db).map(Path::of), System.getenv());
        EarlyOpen early = EARLY.getAndSet(null);
        try {
            if (early != null && early.file().equals(requested)) {
                services = early.services();
            } else {
                if (early != null) {
                    early.discard();
                }
                folders.ensureExists();
                services = ChamberServices.open(requested, folders);
            }
        } catch (StoreUnavailableException e) {
            LOG.warn("Could not open {}: {}", requested, e.getMessage());
            startupProblem = e;
        }
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        ErrorReporter.install();
        ErrorReporter.watchStore(() -> services == null ? null : services.store().file(),
                backup -> Optional.ofNullable(mainWindow).ifPresent(w -> w.offerRestore(backup)));
        Theme.applyToApplication();
        tasks = new WorkerThreadTasks();
        windowState = new WindowState();
        stage.getIcons().add(new Image(ChamberlainApp.class.getResourceAsStream("icon-256.png")));
        Scene scene = new Scene(services != null ? mainWindow() : problemView(startupProblem));
        Theme.applyTo(scene);
        stage.setScene(scene);
        updateTitle();
        windowState.restore(stage);
        stage.setOnCloseRequest(e -> {
            // the close box is a way out like any other: unsaved edits are asked about first
            e.consume();
            if (mainWindow != null) {
                mainWindow.whenSettled(this::quit);
            } else {
                quit();
            }
        });
        stage.show();
        findPasswordsStore();
        if (Boolean.getBoolean(FIRST_FRAME_PROPERTY)) {
            reportFirstFrame();
        } else if (services != null && !"false".equals(System.getProperty(REPORT_WARM_UP_PROPERTY))) {
            warmUpReports();
        }
    }

    /**
     * Finds the operating system's credential store (for mail passwords) and reads the system's trust store (for mail
     * connections) on a background thread once the window is up: both take a moment, commands that send no mail
     * never need them, and the mail screens that do must not wait for them on the JavaFX thread.
     */
    private void findPasswordsStore() {
        ChamberServices opened = services;
        Thread thread = new Thread(() -> {
            ChamberServices.findPasswordsStore();
            if (opened != null) {
                opened.mailConnections();
            }
        }, "credential-store");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /**
     * Loads the board report's libraries in the background shortly after the window is up, so that the first
     * report takes a fraction of a second instead of several (docs/performance.md, "report-first"). Its own
     * low-priority thread, not the worker: the organizer's queries must not wait behind it. It touches no store.
     */
    private static void warmUpReports() {
        Thread thread = new Thread(() -> {
            try {
                // let the first screen load its data first
                Thread.sleep(REPORT_WARM_UP_DELAY_MS);
                long start = System.nanoTime();
                if (ReportWarmUp.runOnce()) {
                    LOG.info("Board report warm-up took {} ms", (System.nanoTime() - start) / 1_000_000);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception | LinkageError e) {
                // only a head start for the first report: that report will show any real problem itself
                LOG.warn("Board report warm-up failed", e);
            }
        }, "report-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** The window's background runner (screen tests hold its one worker to type while a list is still loading). */
    BackgroundTasks tasks() {
        return tasks;
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.shutdown();
        }
        if (services != null) {
            services.close();
        }
    }

    private Parent mainWindow() {
        FXMLLoader loader = new FXMLLoader(ChamberlainApp.class.getResource("MainWindow.fxml"), Messages.bundle());
        loader.setControllerFactory(new ControllerFactory(services, tasks, this));
        try {
            Parent root = loader.load();
            mainWindow = loader.getController();
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the window shows when the chamber cannot be opened: the reason, and a way out. */
    private Parent problemView(StoreUnavailableException problem) {
        EmptyState view = new EmptyState("mdi2a-alert-circle-outline", Messages.get("store.problem.title"),
                problem.getMessage());
        view.setId("store-problem");
        view.setPrefSize(900, 600);
        view.addAction(Messages.get("store.problem.open"), "mdi2f-folder-open-outline", () -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.get("dialog.open.title"));
            var file = chooser.showOpenDialog(stage);
            if (file != null) {
                openChamber(file.toPath());
            }
        });
        view.addAction(Messages.get("store.problem.quit"), "mdi2e-exit-to-app", this::quit);
        return view;
    }

    private void updateTitle() {
        String name = services != null ? services.store().file().getFileName().toString() : requested.toString();
        stage.setTitle(Messages.get("app.title") + " \u2014 " + name);
    }

    @Override
    public void openChamber(Path file) {
        Path target = file.toAbsolutePath().normalize();
        if (services != null && services.store().file().equals(target)) {
            return;
        }
        tasks.run(Messages.get("menu.file.open"), () -> ChamberServices.open(target, folders), opened -> {
            ChamberServices previous = services;
            services = opened;
            findPasswordsStore();
            stage.getScene().setRoot(mainWindow());
            updateTitle();
            if (previous != null) {
                previous.close();
            }
        }, failure -> {
            Dialogs.error(stage, Messages.get("store.problem.title"), failure.getMessage());
            if (!(failure instanceof StoreUnavailableException)) {
                LOG.error("Could not open {}", target, failure);
            }
        });
    }

    @Override
    public void reloadChamber() {
        stage.getScene().setRoot(mainWindow());
    }

    @Override
    public void showDocument(Path fileOrFolder) {
        getHostServices().showDocument(fileOrFolder.toUri().toString());
    }

    @Override
    public void openLink(String uri) {
        getHostServices().showDocument(uri);
    }

    @Override
    public void quit() {
        windowState.save(stage);
        if (Boolean.getBoolean(KEEP_TOOLKIT_PROPERTY)) {
            stage.hide(); // screen tests share one JavaFX toolkit: quitting closes the window only
        } else {
            Platform.exit();
        }
    }

    private void reportFirstFrame() {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                // the second pulse comes after the first frame was rendered
                if (++frames < 2) {
                    return;
                }
                stop();
                Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
                System.out.println("FIRST_FRAME_MS=" + Duration.between(started, Instant.now()).toMillis());
                System.out.flush();
                if (Boolean.getBoolean(SECTIONS_PROPERTY) && mainWindow != null) {
                    new SectionTimer(mainWindow, tasks, (name, ms) -> {
                        System.out.println("SHOWN_MS " + name + "=" + ms);
                        System.out.flush();
                    }, Platform::exit).start();
                } else {
                    Platform.exit();
                }
            }
        }.start();
    }
}
