package org.oscc.chamberlain.mail.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.oscc.chamberlain.mail.IncomingAccount;
import org.oscc.chamberlain.mail.MailConnections;
import org.oscc.chamberlain.mail.MailFailure;
import org.oscc.chamberlain.mail.MailPasswords;
import org.oscc.chamberlain.mail.MailSecurity;
import org.oscc.chamberlain.mail.MailSettingsService;
import org.oscc.chamberlain.ui.BackgroundTasks;
import org.oscc.chamberlain.ui.EditableForm;
import org.oscc.chamberlain.ui.ErrorReporter;
import org.oscc.chamberlain.ui.FormProblems;
import org.oscc.chamberlain.ui.LeaveCheck;
import org.oscc.chamberlain.ui.Messages;

/**
 * The E-mail accounts part of Settings: the sending and the replies account, their passwords (kept by
 * {@link MailPasswords}), and "Test" for each, which tries what is typed and says what went wrong in plain words.
 */
public class MailAccountsController implements LeaveCheck {
    private final MailSettingsService settings;
    private final MailPasswords passwords;
    private final MailConnections connections;
    private final BackgroundTasks tasks;
    private final MailAccountsFormModel model;
    private FormProblems problems;

    @FXML private TextField smtpHost;
    @FXML private TextField smtpPort;
    @FXML private ComboBox<MailSecurity> smtpSecurity;
    @FXML private TextField smtpUser;
    @FXML private PasswordField smtpPassword;
    @FXML private TextField fromName;
    @FXML private TextField fromAddress;
    @FXML private TextField perMinute;
    @FXML private TextField imapHost;
    @FXML private TextField imapPort;
    @FXML private CheckBox imapSsl;
    @FXML private TextField imapUser;
    @FXML private PasswordField imapPassword;
    @FXML private TextField imapFolder;
    @FXML private ComboBox<IncomingAccount.Marking> marking;
    @FXML private TextField processedFolder;
    @FXML private Label passwordNote;
    @FXML private Label outgoingResult;
    @FXML private Label incomingResult;
    @FXML private Label problemSummary;
    @FXML private Label message;
    @FXML private Button testOutgoing;
    @FXML private Button testIncoming;

    public MailAccountsController(MailSettingsService settings, MailPasswords passwords, MailConnections connections,
            BackgroundTasks tasks) {
        this.settings = settings;
        this.passwords = passwords;
        this.connections = connections;
        this.tasks = tasks;
        this.model = new MailAccountsFormModel(settings, passwords, tasks);
    }

    @FXML
    private void initialize() {
        smtpSecurity.setItems(FXCollections.observableArrayList(MailSecurity.values()));
        smtpSecurity.setConverter(named("mail.security."));
        marking.setItems(FXCollections.observableArrayList(IncomingAccount.Marking.values()));
        marking.setConverter(named("mail.marking."));
        processedFolder.disableProperty().bind(marking.valueProperty().isNotEqualTo(IncomingAccount.Marking.MOVE));
        passwordNote.setText(Messages.get(passwords.remembered() ? "mail.password.remembered"
                : "mail.password.session"));
        smtpHost.textProperty().bindBidirectional(model.smtpHost);
        smtpPort.textProperty().bindBidirectional(model.smtpPort);
        smtpSecurity.valueProperty().bindBidirectional(model.smtpSecurity);
        smtpUser.textProperty().bindBidirectional(model.smtpUser);
        smtpPassword.textProperty().bindBidirectional(model.smtpPassword);
        fromName.textProperty().bindBidirectional(model.fromName);
        fromAddress.textProperty().bindBidirectional(model.fromAddress);
        perMinute.textProperty().bindBidirectional(model.perMinute);
        imapHost.textProperty().bindBidirectional(model.imapHost);
        imapPort.textProperty().bindBidirectional(model.imapPort);
        imapSsl.selectedProperty().addListener((o, a, b) -> model.imapSsl.set(b));
        model.imapSsl.addListener((o, a, b) -> imapSsl.setSelected(!Boolean.FALSE.equals(b)));
        imapUser.textProperty().bindBidirectional(model.imapUser);
        imapPassword.textProperty().bindBidirectional(model.imapPassword);
        imapFolder.textProperty().bindBidirectional(model.imapFolder);
        marking.valueProperty().bindBidirectional(model.marking);
        processedFolder.textProperty().bindBidirectional(model.processedFolder);
        problems = new FormProblems(problemSummary);
        Map<String, Control> fields = new LinkedHashMap<>();
        fields.put("smtpHost", smtpHost);
        fields.put("smtpPort", smtpPort);
        fields.put("smtpSecurity", smtpSecurity);
        fields.put("smtpUser", smtpUser);
        fields.put("smtpPassword", smtpPassword);
        fields.put("fromName", fromName);
        fields.put("fromAddress", fromAddress);
        fields.put("perMinute", perMinute);
        fields.put("imapHost", imapHost);
        fields.put("imapPort", imapPort);
        fields.put("imapUser", imapUser);
        fields.put("imapPassword", imapPassword);
        fields.put("imapFolder", imapFolder);
        fields.put("processedFolder", processedFolder);
        fields.forEach((key, control) -> problems.field(key, control, MailAccountsFormModel.label(key)));
        problems.follow(model.problems());
        model.statusProperty().addListener((o, a, text) -> show(message, text, true));
        tasks.run(Messages.get("mail.accounts"), model::loadStored, model::show);
    }

    @Override
    public List<? extends EditableForm> openForms() {
        return List.of(model);
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
    private void onTestOutgoing() {
        model.read().ifPresent(a -> test(outgoingResult, testOutgoing,
                () -> connections.testOutgoing(a.outgoing(), model.smtpPasswordTyped())));
    }

    @FXML
    private void onTestIncoming() {
        model.read().ifPresent(a -> test(incomingResult, testIncoming,
                () -> connections.testIncoming(a.incoming(), model.imapPasswordTyped())));
    }

    private void test(Label result, Button button, Callable<String> work) {
        show(result, Messages.get("mail.testing"), true);
        button.setDisable(true);
        tasks.run(Messages.get("mail.testing"), work, ok -> {
            button.setDisable(false);
            show(result, ok, true);
        }, failure -> {
            button.setDisable(false);
            if (failure instanceof MailFailure plain) {
                show(result, plain.getMessage(), false);
            } else {
                show(result, "", true);
                ErrorReporter.report(failure);
            }
        });
    }

    private static void show(Label label, String text, boolean ok) {
        label.setText(text);
        label.getStyleClass().removeAll("message-ok", "message-error");
        label.getStyleClass().add(ok ? "message-ok" : "message-error");
    }

    private static <T extends Enum<T>> StringConverter<T> named(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : Messages.get(prefix + value.name());
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
