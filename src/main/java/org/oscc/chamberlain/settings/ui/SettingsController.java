package org.oscc.chamberlain.settings.ui;

import java.nio.file.Path;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;
import org.oscc.chamberlain.settings.ChamberSettings;
import org.oscc.chamberlain.settings.PaperSize;
import org.oscc.chamberlain.settings.ScreenLanguage;
import org.oscc.chamberlain.settings.SettingsService;
import org.oscc.chamberlain.store.DataFolders;
import org.oscc.chamberlain.ui.BackgroundTasks;
import org.oscc.chamberlain.ui.EditableForm;
import org.oscc.chamberlain.ui.FormProblems;
import org.oscc.chamberlain.ui.HomePaths;
import org.oscc.chamberlain.ui.LeaveCheck;
import org.oscc.chamberlain.ui.Messages;
import org.oscc.chamberlain.ui.Refreshable;
import org.oscc.chamberlain.ui.ViewShortcuts;

/** The Settings screen: the chamber's settings, and where its files live. */
public class SettingsController implements Refreshable, LeaveCheck {
    private final SettingsService settings;
    private final DataFolders folders;
    private final Path storeFile;
    private final BackgroundTasks tasks;
    private final Consumer<Path> open;
    private final SettingsFormModel model;
    private FormProblems problems;

    @FXML private TextField chamberName;
    @FXML private TextField organizerName;
    @FXML private TextField organizerEmail;
    @FXML private SearchableComboBox<String> timeZone;
    @FXML private TextField weeklyHours;
    @FXML private ComboBox<Month> fiscalStart;
    @FXML private Spinner<Integer> behind;
    @FXML private Spinner<Integer> atRisk;
    @FXML private Spinner<Integer> graceDays;
    @FXML private TextField reminders;
    @FXML private ComboBox<PaperSize> paperSize;
    @FXML private ComboBox<java.util.Locale> documentLanguage;
    @FXML private Label dataFolder;
    @FXML private Label backupFolder;
    @FXML private Label storeFileLabel;
    @FXML private Label message;
    @FXML private Label problemSummary;
    /** The included E-mail accounts part: its forms are asked about too. */
    @FXML private LeaveCheck mailController;
    @FXML private ComboBox<ScreenLanguage.Choice> screenLanguage;
    @FXML private Label languageMessage;
    private final ScreenLanguage language = new ScreenLanguage();

    public SettingsController(SettingsService settings, DataFolders folders, Path storeFile, BackgroundTasks tasks,
            Consumer<Path> open) {
        this.settings = settings;
        this.folders = folders;
        this.storeFile = storeFile;
        this.tasks = tasks;
        this.open = open;
        this.model = new SettingsFormModel(settings, tasks);
    }

    /** The screens' language: kept for this organizer at once, spoken from the next start (decision 9). */
    private void showLanguages() {
        screenLanguage.setItems(FXCollections.observableArrayList(ScreenLanguage.Choice.values()));
        screenLanguage.setConverter(new StringConverter<>() {
            @Override
            public String toString(ScreenLanguage.Choice c) {
                if (c == null) {
                    return "";
                }
                return c == ScreenLanguage.Choice.SYSTEM
                        ? Messages.get("settings.language.system", Messages.get("settings.language."
                                + (c.locale().equals(org.oscc.chamberlain.text.Messages.FRENCH) ? "FRENCH" : "ENGLISH")))
                        : Messages.get("settings.language." + c.name());
            }

            @Override
            public ScreenLanguage.Choice fromString(String s) {
                return null;
            }
        });
        screenLanguage.setValue(language.chosen());
        screenLanguage.valueProperty().addListener((o, was, chosen) -> {
            if (chosen != null) {
                language.choose(chosen);
                languageMessage.setText(chosen.locale().equals(org.oscc.chamberlain.text.Messages.locale()) ? ""
                        : org.oscc.chamberlain.text.Messages.in(chosen.locale(), "settings.language.next"));
            }
        });
    }

    @FXML
    private void initialize() {
        timeZone.setItems(FXCollections.observableArrayList(ZoneId.getAvailableZoneIds().stream().sorted().toList()));
        fiscalStart.setItems(FXCollections.observableArrayList(Month.values()));
        fiscalStart.setConverter(new StringConverter<>() {
            @Override
            public String toString(Month m) {
                return m == null ? "" : m.getDisplayName(TextStyle.FULL, org.oscc.chamberlain.text.Messages.locale());
            }

            @Override
            public Month fromString(String s) {
                return null;
            }
        });
        paperSize.setItems(FXCollections.observableArrayList(PaperSize.values()));
        paperSize.setConverter(new StringConverter<>() {
            @Override
            public String toString(PaperSize p) {
                return p == null ? "" : Messages.get("settings.paperSize." + p.name());
            }

            @Override
            public PaperSize fromString(String s) {
                return null;
            }
        });
        documentLanguage.setItems(FXCollections.observableArrayList(org.oscc.chamberlain.text.Messages.LANGUAGES));
        documentLanguage.setConverter(new StringConverter<>() {
            @Override
            public String toString(java.util.Locale l) {
                return l == null ? "" : Messages.get("settings.documentLanguage." + l.getLanguage());
            }

            @Override
            public java.util.Locale fromString(String s) {
                return null;
            }
        });
        showLanguages();
        behind.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 100, 90));
        atRisk.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 99, 75));
        graceDays.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0,
                ChamberSettings.MAX_GRACE_DAYS, ChamberSettings.DEFAULTS.graceDays()));
        dataFolder.setText(HomePaths.shown(folders.home()));
        backupFolder.setText(HomePaths.shown(folders.backups()));
        storeFileLabel.setText(HomePaths.shown(storeFile));
        chamberName.textProperty().bindBidirectional(model.chamberName);
        organizerName.textProperty().bindBidirectional(model.organizerName);
        organizerEmail.textProperty().bindBidirectional(model.organizerEmail);
        timeZone.valueProperty().bindBidirectional(model.timeZone);
        weeklyHours.textProperty().bindBidirectional(model.weeklyHours);
        fiscalStart.valueProperty().bindBidirectional(model.fiscalStart);
        reminders.textProperty().bindBidirectional(model.reminders);
        paperSize.valueProperty().bindBidirectional(model.paperSize);
        documentLanguage.valueProperty().bindBidirectional(model.documentLanguage);
        for (Spinner<Integer> spinner : List.of(behind, atRisk, graceDays)) {
            TypedSpinners.keepTyped(spinner);
        }
        behind.getEditor().textProperty().bindBidirectional(model.behind);
        atRisk.getEditor().textProperty().bindBidirectional(model.atRisk);
        graceDays.getEditor().textProperty().bindBidirectional(model.graceDays);
        problems = new FormProblems(problemSummary);
        Map<String, Control> fields = new java.util.LinkedHashMap<>();
        fields.put("chamberName", chamberName);
        fields.put("organizerName", organizerName);
        fields.put("organizerEmail", organizerEmail);
        fields.put("timeZone", timeZone);
        fields.put("weeklyHours", weeklyHours);
        fields.put("fiscalStart", fiscalStart);
        fields.put("reminders", reminders);
        fields.put("paperSize", paperSize);
        fields.put("documentLanguage", documentLanguage);
        fields.put("behind", behind);
        fields.put("atRisk", atRisk);
        fields.put("graceDays", graceDays);
        fields.forEach((key, control) -> problems.field(key, control, SettingsFormModel.label(key)));
        problems.follow(model.problems());
        model.statusProperty().addListener((o, a, text) -> showMessage(text, false));
        ViewShortcuts.install(chamberName, Map.of(
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::onSave));
    }

    /** The screen's view-model: the unsaved-edits contract. */
    @Override
    public List<? extends EditableForm> openForms() {
        List<EditableForm> forms = new java.util.ArrayList<>(List.of(model));
        if (mailController != null) {
            forms.addAll(mailController.openForms());
        }
        return forms;
    }

    @Override
    public void refresh() {
        tasks.run(Messages.get("settings.title"), settings::current, this::show);
    }

    private void show(ChamberSettings s) {
        // coming back to the screen must not overwrite edits that are still on it
        if (!model.isDirty()) {
            model.show(s);
        }
    }

    @FXML
    private void onSave() {
        model.save(saved -> {
            if (!saved) {
                problems.focusFirst();
            }
        });
    }

    @FXML
    private void onRevert() {
        model.discard();
    }

    @FXML
    private void onOpenDataFolder() {
        open.accept(folders.home());
    }

    @FXML
    private void onOpenBackupFolder() {
        open.accept(folders.backups());
    }

    private void showMessage(String text, boolean error) {
        message.setText(text);
        message.getStyleClass().removeAll("message-ok", "message-error");
        message.getStyleClass().add(error ? "message-error" : "message-ok");
    }


}
