package org.oscc.chamberlain.app;

import org.oscc.chamberlain.root.ChamberServices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.store.DataFolders;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walks every screen of the sample chamber (a row chosen in each list, every tab) and the dialogs they open, and
 * reads every text a person sees: labels, cells, the choices of every combo box and choice box. None may be the
 * raw name of one of the program's enum constants (UNDECIDED, SKIP, ACTIVE, REQUEST...).
 */
class NoRawEnumNamesTest extends FxRobot {
    /** Constant names that are also the plain word people use. */
    /** Capitalised words that are what people call the thing, not a program name (A4 paper). */
    private static final Set<String> PLAIN = Set.of("CSV", "XLSX", "RSVP", "A4");
    private static final Pattern CAPS = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b");
    private static final Set<String> CONSTANTS = enumConstants();
    /** A heading that names a record by its id ("Pledge 31") instead of by what it is. */
    private static final Pattern ID_HEADING = Pattern.compile("(?i)(pledge|member|organization|project|contact|"
            + "session|pitch night|import batch|batch) #?\\d+");
    private final Set<String> headings = new LinkedHashSet<>();
    @TempDir
    Path dir;
    private javafx.application.Application app;
    private final Set<String> seen = new LinkedHashSet<>();

    @BeforeEach
    void startOnTheSampleChamber() throws Exception {
        Path db = dir.resolve("chamber.db");
        try (ChamberServices services = ChamberServices.open(db, new DataFolders(dir.resolve("home")))) {
            services.sample().load(false);
        }
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(ChamberlainApp.class, "--db=" + db);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stopTheApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void theWalkerKnowsTheProgramsEnumConstants() {
        assertThat(CONSTANTS).contains("UNDECIDED", "SKIP", "ACTIVE", "REQUEST", "DAY_FIRST");
        assertThat(rawNames(List.of("Dates: UNDECIDED", "Skip them", "(SKIP)", "Day first"))).containsExactly(
                "Dates: UNDECIDED", "(SKIP)");
    }

    @Test
    void noScreenShowsARawEnumName() throws Exception {
        waitFor("#overview-tiles");
        look("dashboard");
        section("#nav-members", "#view-members");
        firstAndLastRow("#membersTable", "members");
        section("#nav-projects", "#view-projects");
        firstAndLastRow("#projectsTable", "projects");
        section("#nav-pledges", "#view-pledges");
        firstAndLastRow("#pledgeTable", "pledges");
        section("#nav-pitch-nights", "#view-pitch-nights");
        ListView<?> sessions = lookup("#sessionList").queryAs(ListView.class);
        waitUntil(() -> !sessions.getItems().isEmpty());
        TabPane tabs = lookup("#pitchNightTabs").queryAs(TabPane.class);
        for (int i = 0; i < sessions.getItems().size(); i++) {
            int row = i;
            interact(() -> sessions.getSelectionModel().select(row));
            for (int t = 0; t < tabs.getTabs().size(); t++) {
                int tab = t;
                interact(() -> tabs.getSelectionModel().select(tab));
                settle();
                look("pitch night " + row + ", tab " + tabs.getTabs().get(tab).getText());
            }
        }
        section("#nav-reports", "#view-reports");
        section("#nav-settings", "#view-settings");
        assertThat(rawNames(seen)).as("texts on the screens that are enum constant names").isEmpty();
        assertThat(headings).as("headings were read").anyMatch(h -> h.startsWith("pledges, row"));
        assertThat(headings).as("headings that name a record by its id")
                .noneMatch(h -> ID_HEADING.matcher(h.substring(h.indexOf(": ") + 2)).matches());
    }

    @Test
    void noDialogShowsARawEnumName() throws Exception {
        waitFor("#overview-tiles");
        section("#nav-pledges", "#view-pledges");
        clickOn("#importTimesheet");
        waitFor("#import-wizard");
        look("timesheet import");
        closeTopWindow();

        section("#nav-members", "#view-members");
        clickOn("#importHistory");
        waitFor("#importHistoryTable");
        look("import history");
        closeTopWindow();

        Path file = dir.resolve("members.csv");
        Files.writeString(file, "Organization name;City\nNew Coop;Laval\nNew Coop;Laval\n", StandardCharsets.UTF_8);
        clickOn("#importMembers");
        waitFor("#importFile");
        interact(() -> lookup("#importFile").queryAs(TextField.class).setText(file.toString()));
        clickOn("#wizardNext");
        waitFor("#map-name");
        look("member import, mapping");
        clickOn("#wizardNext");
        waitFor("#dryRunSummary");
        look("member import, review");
        closeTopWindow();

        section("#nav-pitch-nights", "#view-pitch-nights");
        ListView<?> sessions = lookup("#sessionList").queryAs(ListView.class);
        waitUntil(() -> !sessions.getItems().isEmpty());
        interact(() -> sessions.getSelectionModel().select(0));
        settle();
        clickOn("#calendarInvite");
        waitFor("#invite-summary");
        look("calendar invite");
        closeTopWindow();
        assertThat(rawNames(seen)).as("texts in the dialogs that are enum constant names").isEmpty();
    }

    private void section(String nav, String view) {
        clickOn(nav);
        waitFor(view);
        settle();
        look(view);
    }

    private void firstAndLastRow(String table, String where) {
        TableView<?> rows = lookup(table).queryAs(TableView.class);
        waitUntil(() -> !rows.getItems().isEmpty());
        for (int index : new int[] {0, rows.getItems().size() - 1}) {
            interact(() -> rows.getSelectionModel().select(index));
            settle();
            look(where + ", row " + index);
        }
    }

    /** Reads every text of every window now showing. */
    private void look(String where) {
        interact(() -> {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w.isShowing() && w.getScene() != null) {
                    walk(w.getScene().getRoot(), where);
                }
            }
        });
    }

    private void walk(Node node, String where) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l) {
            add(l.getText(), where);
            if (l.getStyleClass().contains("section-heading") && l.getText() != null) {
                headings.add(where + ": " + l.getText());
            }
        } else if (node instanceof Text t) {
            add(t.getText(), where);
        }
        if (node instanceof ComboBox<?> box) {
            choices(box, where);
        } else if (node instanceof ChoiceBox<?> box) {
            box.getItems().forEach(item -> add(text(box.getConverter(), item), where));
        } else if (node instanceof CheckComboBox<?> box) {
            box.getItems().forEach(item -> add(text(box.getConverter(), item), where));
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> walk(child, where));
        }
    }

    /** What the combo box's list shows for each choice: its cell factory's cell, else its converter. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void choices(ComboBox box, String where) {
        if (box.getCellFactory() == null) {
            box.getItems().forEach(item -> add(text(box.getConverter(), item), where));
            return;
        }
        ListView list = new ListView(box.getItems());
        for (int i = 0; i < box.getItems().size(); i++) {
            ListCell cell = (ListCell) box.getCellFactory().call(list);
            cell.updateListView(list);
            cell.updateIndex(i);
            add(cell.getText(), where);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String text(StringConverter converter, Object item) {
        return converter == null ? String.valueOf(item) : converter.toString(item);
    }

    private void add(String text, String where) {
        if (text != null && !text.isBlank()) {
            seen.add(where + ": " + text);
        }
    }

    /** The texts holding a word in capitals that is an enum constant's name. */
    private static List<String> rawNames(Iterable<String> texts) {
        List<String> raw = new ArrayList<>();
        for (String text : texts) {
            Matcher m = CAPS.matcher(text);
            while (m.find()) {
                if (m.group().length() > 1 && CONSTANTS.contains(m.group()) && !PLAIN.contains(m.group())) {
                    raw.add(text);
                    break;
                }
            }
        }
        return raw;
    }

    private static Set<String> enumConstants() {
        Set<String> names = new TreeSet<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.oscc.chamberlain")) {
            if (c.isEnum()) {
                Object[] constants = c.reflect().getEnumConstants();
                names.addAll(Arrays.stream(constants).map(e -> ((Enum<?>) e).name()).collect(Collectors.toSet()));
            }
        }
        return names;
    }

    private void closeTopWindow() {
        Window top = Window.getWindows().get(Window.getWindows().size() - 1);
        interact(() -> ((javafx.stage.Stage) top).close());
        settle();
    }

    private void settle() {
        sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitFor(String query) {
        waitUntil(() -> lookup(query).tryQuery().map(n -> n.isVisible() && n.getScene() != null).orElse(false));
    }

    private static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        } catch (Exception e) {
            throw new AssertionError("waited 60 s in vain", e);
        }
    }
}
