package org.oscc.chamberlain.settings.ui;

import java.nio.file.Path;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.oscc.chamberlain.settings.ChamberSettings;
import org.oscc.chamberlain.settings.HoursText;
import org.oscc.chamberlain.settings.SettingsService;
import org.oscc.chamberlain.store.DataFolders;
import org.oscc.chamberlain.ui.BackgroundTasks;
import org.oscc.chamberlain.ui.Messages;
import org.oscc.chamberlain.ui.Refreshable;
import org.oscc.chamberlain.ui.StatusLine;
import org.oscc.chamberlain.validation.InvalidInputException;
import org.oscc.chamberlain.validation.Problem;

/** The Settings screen: the chamber's settings, and where its files live. */
public class SettingsController implements Refreshable {
    private final SettingsService settings;
    private final DataFolders folders;
    private final Path storeFile;
    private final BackgroundTasks tasks;
    private final Consumer<Path> open;
    private final ValidationSupport validation = new ValidationSupport();

    @FXML private TextField chamberName;
    @FXML private TextField organizerName;
    @FXML private TextField organizerEmail;
    @FXML private SearchableComboBox<String> timeZone;
    @FXML private TextField weeklyHours;
    @FXML private ComboBox<Month> fiscalStart;
    @FXML private Spinner<Integer> behind;
    @FXML private Spinner<Integer> atRisk;
    @FXML private TextField reminders;
    @FXML private Label dataFolder;
    @FXML private Label backupFolder;
    @FXML private Label storeFileLabel;
    @FXML private Label message;

    public SettingsController(SettingsService settings, DataFolders folders, Path storeFile, BackgroundTasks tasks,
            Consumer<Path> open) {
        this.settings = settings;
        this.folders = folders;
        this.storeFile = storeFile;
        this.tasks = tasks;
        this.open = open;
    }

    @FXML
    private void initialize() {
        StatusLine.clearOnEdit(message, message.getParent());
        timeZone.setItems(FXCollections.observableArrayList(ZoneId.getAvailableZoneIds().stream().sorted().toList()));
        fiscalStart.setItems(FXCollections.observableArrayList(Month.values()));
        fiscalStart.setConverter(new StringConverter<>() {
            @Override
            public String toString(Month m) {
                return m == null ? "" : m.getDisplayName(TextStyle.FULL, Locale.getDefault());
            }

            @Override
            public Month fromString(String s) {
                return null;
            }
        });
        behind.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 100, 90));
        atRisk.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 99, 75));
        dataFolder.setText(folders.home().toString());
        backupFolder.setText(folders.backups().toString());
        storeFileLabel.setText(storeFile.toString());
        validation.registerValidator(chamberName, false,
                Validator.createEmptyValidator(Messages.get("settings.chamberName"), Severity.ERROR));
        validation.registerValidator(organizerEmail, false, (Control c, String v) -> ValidationResult.fromErrorIf(c,
                Messages.get("settings.organizerEmail"),
                v != null && !v.isBlank() && !SettingsService.EMAIL.matcher(v.strip()).matches()));
        validation.registerValidator(weeklyHours, false, (Control c, String v) -> ValidationResult.fromErrorIf(c,
                Messages.get("settings.weeklyHours.invalid"), HoursText.toMinutes(v).isEmpty()));
    }

    @Override
    public void refresh() {
        tasks.run(Messages.get("settings.title"), settings::current, this::show);
    }

    private void show(ChamberSettings s) {
        chamberName.setText(s.chamberName());
        organizerName.setText(s.organizerName());
        organizerEmail.setText(s.organizerEmail());
        timeZone.setValue(s.timeZone().getId());
        weeklyHours.setText(HoursText.fromMinutes(s.weeklyMinutes()));
        fiscalStart.setValue(Month.of(s.fiscalYearStartMonth()));
        behind.getValueFactory().setValue(s.behindThresholdPercent());
        atRisk.getValueFactory().setValue(s.atRiskThresholdPercent());
        reminders.setText(s.reminderMinutes().replace(",", ", "));
        message.setText("");
    }

    @FXML
    private void onSave() {
        OptionalInt minutes = HoursText.toMinutes(weeklyHours.getText());
        ChamberSettings edited = new ChamberSettings(chamberName.getText(), organizerName.getText(),
                organizerEmail.getText(), ZoneId.of(timeZone.getValue() == null ? "UTC" : timeZone.getValue()),
                minutes.orElse(-1), fiscalStart.getValue() == null ? 0 : fiscalStart.getValue().getValue(),
                behind.getValue(), atRisk.getValue(), reminders.getText() == null ? "" : reminders.getText());
        tasks.run(Messages.get("settings.save"), () -> {
            settings.save(edited);
            return settings.current();
        }, saved -> {
            show(saved);
            showMessage(Messages.get("settings.saved"), false);
        }, failure -> {
            if (failure instanceof InvalidInputException invalid) {
                List<String> lines = invalid.problems().stream().map(Problem::describe).toList();
                showMessage(Messages.get("settings.invalid") + "\n" + String.join("\n", lines), true);
            } else {
                org.oscc.chamberlain.ui.ErrorReporter.report(failure);
            }
        });
    }

    @FXML
    private void onRevert() {
        refresh();
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

    /** For tests: the fields by name. */
    Map<String, Control> fields() {
        return Map.of("chamberName", chamberName, "organizerEmail", organizerEmail, "weeklyHours", weeklyHours);
    }
}
