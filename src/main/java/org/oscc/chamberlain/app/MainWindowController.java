package org.oscc.chamberlain.app;

import org.oscc.chamberlain.root.ChamberServices;
import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.oscc.chamberlain.AppInfo;
import org.oscc.chamberlain.ui.BackgroundTasks;
import org.oscc.chamberlain.ui.Dialogs;
import org.oscc.chamberlain.ui.ErrorReporter;
import org.oscc.chamberlain.ui.HomePaths;
import org.oscc.chamberlain.ui.LeaveCheck;
import org.oscc.chamberlain.ui.Messages;
import org.oscc.chamberlain.ui.Refreshable;
import org.oscc.chamberlain.ui.UnsavedEdits;

/** The main window: navigation rail, menus, the current section and the status bar. */
public class MainWindowController {
    private final ChamberServices services;
    private final BackgroundTasks tasks;
    private final AppActions actions;
    private final SectionViews views;
    private final Map<Section, ToggleButton> navButtons = new EnumMap<>(Section.class);
    private final ToggleGroup navGroup = new ToggleGroup();
    private Section current;

    /** Below this width of the pages' area, pages keep narrower margins (the chamberlain.css :narrow rule). */
    private static final double NARROW_BELOW = 900;
    private static final javafx.css.PseudoClass NARROW = javafx.css.PseudoClass.getPseudoClass("narrow");
    @FXML private VBox navRail;
    @FXML private StackPane content;
    @FXML private Menu goMenu;
    @FXML private Label storeLabel;
    @FXML private Label taskMessage;
    @FXML private ProgressBar taskProgress;

    public MainWindowController(ChamberServices services, BackgroundTasks tasks, AppActions actions,
            SectionViews views) {
        this.services = services;
        this.tasks = tasks;
        this.actions = actions;
        this.views = views;
    }

    @FXML
    private void initialize() {
        for (Section section : Section.values()) {
            ToggleButton button = new ToggleButton(Messages.get(section.messageKey()), new FontIcon(section.icon()));
            button.setId(section.navId());
            button.getStyleClass().add("nav-button");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setToggleGroup(navGroup);
            button.setOnAction(e -> show(section));
            navButtons.put(section, button);
            navRail.getChildren().add(button);

            MenuItem item = new MenuItem(Messages.get(section.messageKey()), new FontIcon(section.icon()));
            item.setAccelerator(section.shortcut());
            item.setOnAction(e -> show(section));
            goMenu.getItems().add(item);
        }
        // a narrow window (1024 px, a small laptop) gives the pages' content the margin it would otherwise lose
        content.widthProperty().addListener((obs, old, now) -> content.pseudoClassStateChanged(NARROW,
                now.doubleValue() < NARROW_BELOW));
        // a selected section stays selected when its button is clicked again
        navGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
        storeLabel.setText(Messages.get("status.store", HomePaths.shown(services.store().file())));
        taskMessage.textProperty().bind(tasks.messageProperty());
        taskProgress.visibleProperty().bind(tasks.busyProperty());
        taskProgress.managedProperty().bind(tasks.busyProperty());
        show(Section.DASHBOARD);
    }

    /**
     * Shows a section, building its view the first time, and refreshes it; a section with unsaved edits is asked
     * first, and may keep the user where they are.
     */
    public void show(Section section) {
        if (current != null && section != current) {
            // the clicked rail button is already selected: keep the current one lit until the section agrees to go
            navButtons.get(current).setSelected(true);
            whenSettled(() -> showNow(section));
            return;
        }
        showNow(section);
    }

    /**
     * The one place the window asks about unsaved edits: runs {@code proceed} once the shown section's forms are
     * saved or dropped (Save, Don't save), never when the organizer cancels.
     */
    public void whenSettled(Runnable proceed) {
        if (!content.getChildren().isEmpty() && content.getChildren().get(0).getUserData() instanceof LeaveCheck c) {
            UnsavedEdits.settle(window(), c.openForms(), proceed);
        } else {
            proceed.run();
        }
    }

    private void showNow(Section section) {
        Node view;
        try {
            view = views.view(section);
        } catch (RuntimeException e) {
            ErrorReporter.report(e);
            if (current != null) {
                navButtons.get(current).setSelected(true);
            }
            return;
        }
        content.getChildren().setAll(view);
        navButtons.get(section).setSelected(true);
        current = section;
        if (view.getUserData() instanceof Refreshable r) {
            r.refresh();
        }
    }

    /** Shows the Pledges section filtered to one computed status (null: all pledges), e.g. from the dashboard. */
    public void showPledges(org.oscc.chamberlain.pledges.FulfilmentStatus status) {
        try {
            views.pledges().showOnly(status);
        } catch (RuntimeException e) {
            ErrorReporter.report(e);
            return;
        }
        show(Section.PLEDGES);
    }

    /** Shows the Pledges section with one pledge selected and open (from a member's or a project's page). */
    public void showPledge(long pledgeId) {
        try {
            views.pledges().showPledge(pledgeId);
        } catch (RuntimeException e) {
            ErrorReporter.report(e);
            return;
        }
        show(Section.PLEDGES);
    }

    public Section current() {
        return current;
    }

    private Window window() {
        return content.getScene().getWindow();
    }

    private FileChooser chamberChooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get(titleKey));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("dialog.filter.chamber"), "*.db"),
                new FileChooser.ExtensionFilter(Messages.get("dialog.filter.all"), "*"));
        File folder = services.store().file().getParent().toFile();
        if (folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        return chooser;
    }

    @FXML
    private void onOpen() {
        // settled before the file chooser: whatever is chosen next replaces what is shown
        whenSettled(() -> {
            File file = chamberChooser("dialog.open.title").showOpenDialog(window());
            if (file != null) {
                actions.openChamber(file.toPath());
            }
        });
    }

    @FXML
    private void onBackup() {
        FileChooser chooser = chamberChooser("dialog.backup.title");
        chooser.setInitialDirectory(services.folders().backups().toFile());
        chooser.setInitialFileName(BackupNames.suggested(services.store().file()));
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            Path target = file.toPath();
            tasks.run(Messages.get("menu.file.backup"), () -> {
                services.store().backupTo(target);
                return target;
            }, done -> info(Messages.get("backup.done", done)));
        }
    }

    @FXML
    private void onRestore() {
        whenSettled(() -> {
            FileChooser chooser = chamberChooser("dialog.restore.title");
            chooser.setInitialDirectory(services.folders().backups().toFile());
            File file = chooser.showOpenDialog(window());
            if (file != null) {
                restore(file);
            }
        });
    }

    /** Offers to restore {@code backup} (from the damaged-chamber dialog): the same prompt as File > Restore. */
    void offerRestore(java.nio.file.Path backup) {
        whenSettled(() -> restore(backup.toFile()));
    }

    private void restore(File file) {
        if (Dialogs.confirmDestructive(window(), Messages.get("dialog.restore.title"),
                Messages.get("dialog.restore.confirm", file.getName()), Messages.get("dialog.restore.action"))) {
            tasks.run(Messages.get("menu.file.restore"), () -> services.store().restoreFrom(file.toPath()), kept -> {
                info(Messages.get("restore.done", kept));
                actions.reloadChamber();
            }, failure -> error(failure.getMessage()));
        }
    }

    @FXML
    private void onLoadSample() {
        whenSettled(() -> {
            showNow(Section.DASHBOARD);
            views.dashboard().offerSample();
        });
    }

    @FXML
    private void onQuit() {
        whenSettled(actions::quit);
    }

    @FXML
    private void onGuide() {
        boolean browser = UserGuide.browserAvailable(System.getProperty("os.name", ""),
                java.util.Objects.requireNonNullElse(System.getenv("PATH"), ""));
        tasks.run(Messages.get("menu.help.guide"), () -> new GuideText(new UserGuide(services.folders()).export(),
                browser ? null : UserGuide.text()), guide -> {
                    if (guide.text() == null) {
                        actions.showDocument(guide.page());
                    } else {
                        GuideWindow.show(window(), guide.text(), guide.page());
                    }
                });
    }

    /** The guide written out as a page, and its text when it must be shown inside the window (no browser). */
    private record GuideText(java.nio.file.Path page, String text) {
    }

    @FXML
    private void onLogs() {
        actions.showDocument(services.folders().logs());
    }

    @FXML
    private void onAbout() {
        Alert about = Dialogs.alert(Alert.AlertType.INFORMATION, window(), AppInfo.name(), Messages.get("about.text",
                AppInfo.version(), System.getProperty("java.version"), System.getProperty("javafx.runtime.version"),
                HomePaths.shown(services.store().file()), HomePaths.shown(services.folders().home())));
        about.setTitle(Messages.get("about.title"));
        about.setGraphic(new FontIcon("mdi2h-handshake-outline"));
        about.showAndWait();
    }

    private void info(String text) {
        Dialogs.info(window(), text);
    }

    private void error(String text) {
        Dialogs.error(window(), null, text);
    }
}
