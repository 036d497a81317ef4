package org.oscc.chamberlain.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oscc.chamberlain.store.TestStores;
import org.oscc.chamberlain.ui.ErrorReporter;
import org.oscc.chamberlain.ui.FormProblems;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The bad-input walker: on the sample chamber, finds every editable field of every form, types each bad value that
 * fits the field (impossible dates, letters and huge or negative numbers, 25:00, spaces in addresses), presses Save and
 * checks that no unexpected-problem dialog was raised, that the field is outlined with a reason under it, and that the
 * chamber file is byte for byte what it was.
 */
class BadInputWalkerTest extends FxRobot {
    private static final List<String> DATES = List.of("2026-02-30", "2026-13-01", "20260230", "next tuesday",
            "2026-02");
    private static final List<String> NUMBERS = List.of("abc", "1e309", "99999999999", "-5");
    private static final List<String> TIMES = List.of("25:00", "7pm-ish");
    private static final List<String> EMAILS = List.of("bob smith@example.org");
    private static final List<String> LINKS = List.of("exa mple.org");
    private static final Pattern NUMBER_IDS = Pattern.compile(
            "(?i).*(headcount|hours|percent|capacity|length|behind|atrisk|grace).*");
    private static final Pattern TIME_IDS = Pattern.compile("(?i).*time");
    private static final Pattern EMAIL_IDS = Pattern.compile("(?i).*email.*");
    private static final Pattern LINK_IDS = Pattern.compile("(?i).*(website|repository|online|url).*");

    /** Each form: the section, the table whose first row it opens (or none), its Save and Revert buttons. */
    private static final Map<String, String[]> FORMS = Map.of(
            "members", new String[] {"#membersTable", "#saveMember", "#revertMember", "#memberForm"},
            "projects", new String[] {"#projectsTable", "#saveProject", "#revertProject", "#view-projects"},
            "pledges", new String[] {"#pledgeTable", "#savePledge", null, "#pledgeForm"},
            "pitch-nights", new String[] {"#sessionList", "#saveSession", "#revertSession", "#sessionForm"},
            "settings", new String[] {null, "#saveSettings", "#revertSettings", "#view-settings"});

    @TempDir
    Path dir;
    private Path db;
    private javafx.application.Application app;

    @BeforeEach
    void startOnTheSampleChamber() throws Exception {
        db = dir.resolve("chamber.db");
        TestStores.sampleChamber(db);
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(ChamberlainApp.class, "--db=" + db);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"members", "projects", "pledges", "pitch-nights", "settings"})
    void everyBadValueIsAFieldProblemAndTheStoreIsUntouched(String section) throws Exception {
        String[] form = FORMS.get(section);
        clickOn("#nav-" + section);
        if (form[0] != null) {
            waitUntil(() -> rows(form[0]) > 0, "rows in " + form[0]);
            interact(() -> select(form[0]));
        }
        Button save = lookup(form[1]).queryButton();
        waitUntil(() -> !save.isDisabled(), "Save enabled");
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        String before = storeHash();
        int errorsBefore = ErrorReporter.reportedCount();
        Parent root = (Parent) lookup(form[3]).query();
        List<TextInputControl> fields = new ArrayList<>();
        collect(root, fields);
        List<String> walked = new ArrayList<>();
        for (TextInputControl field : fields) {
            String id = fieldId(field);
            for (String bad : badValues(field, id)) {
                interact(() -> {
                    field.requestFocus();
                    field.setText(bad);
                });
                // leaving the field commits it (a date picker parses it then), as a click on Save would
                interact(save::requestFocus);
                interact(save::fire);
                Node outlined = outlined(field);
                waitUntil(() -> outlined.getStyleClass().contains(FormProblems.FIELD_ERROR),
                        id + " outlined after typing \"" + bad + "\"");
                assertThat(reason(outlined)).as("the reason shown under %s for \"%s\"", id, bad).isNotBlank();
                assertThat(ErrorReporter.reportedCount()).as("no error dialog for %s = \"%s\"", id, bad)
                        .isEqualTo(errorsBefore);
                walked.add(id + "=" + bad);
                revert(form[2], field);
            }
        }
        assertThat(walked).as("bad values typed on the %s form", section).isNotEmpty();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertThat(storeHash()).as("the chamber file after " + walked).isEqualTo(before);
    }

    private void revert(String revertId, TextInputControl field) {
        if (revertId != null) {
            interact(() -> lookup(revertId).queryButton().fire());
        } else {
            interact(() -> field.setText(""));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> badValues(TextInputControl field, String id) {
        if (field.getParent() instanceof DatePicker || isDatePickerEditor(field)) {
            return DATES;
        }
        if (TIME_IDS.matcher(id).matches()) {
            return TIMES;
        }
        if (NUMBER_IDS.matcher(id).matches()) {
            return NUMBERS;
        }
        if (EMAIL_IDS.matcher(id).matches()) {
            return EMAILS;
        }
        if (LINK_IDS.matcher(id).matches()) {
            return LINKS;
        }
        return List.of();
    }

    private static boolean isDatePickerEditor(TextInputControl field) {
        for (Node n = field.getParent(); n != null; n = n.getParent()) {
            if (n instanceof DatePicker) {
                return true;
            }
        }
        return false;
    }

    /** The control that carries the outline: the date picker around its editor, or the field itself. */
    private static Node outlined(TextInputControl field) {
        for (Node n = field; n != null; n = n.getParent()) {
            if (n instanceof DatePicker || n instanceof ComboBoxBase<?> || n instanceof Spinner<?>) {
                return n;
            }
        }
        return field;
    }

    private static String fieldId(TextInputControl field) {
        Node n = outlined(field);
        return n.getId() == null ? String.valueOf(field.getId()) : n.getId();
    }

    private static String reason(Node control) {
        for (Node sibling : control.getParent().getChildrenUnmodifiable()) {
            if (sibling instanceof Label l && l.getStyleClass().contains(FormProblems.REASON) && l.isVisible()) {
                return l.getText();
            }
        }
        return "";
    }

    /** Every editable, enabled text field of the form, date editors included, leaving out tables and lists. */
    private static void collect(Node node, List<TextInputControl> into) {
        if (node instanceof TableView<?> || node instanceof ListView<?> || !node.isVisible()) {
            return;
        }
        if (node instanceof Spinner<?> spinner) {
            if (spinner.isEditable() && !spinner.isDisabled()) {
                into.add(spinner.getEditor());
            }
            return;
        }
        if (node instanceof TextInputControl t && t.isEditable() && !t.isDisabled()) {
            into.add(t);
            return;
        }
        if (node instanceof DatePicker picker && picker.isEditable() && !picker.isDisabled()) {
            into.add(picker.getEditor());
            return;
        }
        if (node instanceof TitledPane titled && titled.getContent() != null) {
            collect(titled.getContent(), into);
        }
        if (node instanceof javafx.scene.control.ScrollPane scroll && scroll.getContent() != null) {
            collect(scroll.getContent(), into);
        }
        if (node instanceof javafx.scene.control.SplitPane split) {
            split.getItems().forEach(n -> collect(n, into));
        }
        if (node instanceof javafx.scene.control.TabPane tabs) {
            tabs.getSelectionModel().getSelectedItem().getContent();
            collect(tabs.getSelectionModel().getSelectedItem().getContent(), into);
        }
        if (node instanceof Parent p && !(node instanceof ComboBoxBase<?>)) {
            p.getChildrenUnmodifiable().forEach(n -> collect(n, into));
        }
    }

    private int rows(String query) {
        Node n = lookup(query).query();
        if (n instanceof TableView<?> t) {
            return t.getItems().size();
        }
        return n instanceof ListView<?> l ? l.getItems().size() : 0;
    }

    private void select(String query) {
        Node n = lookup(query).query();
        if (n instanceof TableView<?> t) {
            t.getSelectionModel().select(0);
        } else if (n instanceof ListView<?> l) {
            l.getSelectionModel().select(0);
        }
    }

    private String storeHash() throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        for (String suffix : List.of("", "-wal")) {
            Path f = Path.of(db + suffix);
            if (Files.exists(f)) {
                md.update(Files.readAllBytes(f));
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        } catch (Exception e) {
            throw new AssertionError("waited 30 s in vain for: " + what, e);
        }
    }
}
