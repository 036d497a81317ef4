package org.oscc.chamberlain.members.ui;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.oscc.chamberlain.members.Contact;
import org.oscc.chamberlain.ui.Messages;

/** Adds or edits one contact of the member form; OK stays disabled until the name is given and the e-mail is valid. */
final class ContactDialog {
    /** Loose on purpose, like the store's rule: one @, something before it, a dot after it. */
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private ContactDialog() {
    }

    static Optional<Contact> edit(Window owner, Contact contact) {
        Dialog<Contact> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get(contact.fullName().isBlank() ? "members.contact.addTitle"
                : "members.contact.editTitle"));
        dialog.setHeaderText(null);
        TextField name = field("contactName", contact.fullName());
        TextField role = field("contactRole", contact.roleTitle());
        TextField email = field("contactEmail", contact.email());
        TextField phone = field("contactPhone", contact.phone());
        CheckBox primary = new CheckBox(Messages.get("members.contact.primaryLong"));
        primary.setId("contactPrimary");
        primary.setSelected(contact.primary());
        CheckBox consent = new CheckBox(Messages.get("members.contact.consentLong"));
        consent.setId("contactConsent");
        consent.setSelected(contact.emailConsent());
        // the dialog widens for the two long check-box texts rather than cutting them
        primary.setMinWidth(Region.USE_PREF_SIZE);
        consent.setMinWidth(Region.USE_PREF_SIZE);
        TextArea notes = new TextArea(contact.notes() == null ? "" : contact.notes());
        notes.setId("contactNotes");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        grid.setHgap(10);
        grid.setVgap(8);
        grid.getColumnConstraints().addAll(new ColumnConstraints(110), new ColumnConstraints());
        grid.getColumnConstraints().get(1).setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().get(1).setMinWidth(320);
        grid.addRow(0, new Label(Messages.get("members.contact.name")), name);
        grid.addRow(1, new Label(Messages.get("members.contact.role")), role);
        grid.addRow(2, new Label(Messages.get("members.contact.email")), email);
        grid.addRow(3, new Label(Messages.get("members.contact.phone")), phone);
        grid.add(primary, 1, 4);
        grid.add(consent, 1, 5);
        grid.addRow(6, new Label(Messages.get("members.contact.notes")), notes);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).setId("contactOk");

        // messages beside the fields as plain labels: ControlsFX decorations re-root a dialog's scene, which a
        // Dialog refuses when it is shown
        Label nameProblem = problemLabel("contactNameProblem");
        Label emailProblem = problemLabel("contactEmailProblem");
        grid.add(nameProblem, 2, 0);
        grid.add(emailProblem, 2, 2);
        var nameMissing = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> name.getText() == null || name.getText().isBlank(), name.textProperty());
        var emailWrong = javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            String v = email.getText();
            return v != null && !v.isBlank() && !EMAIL.matcher(v.strip()).matches();
        }, email.textProperty());
        nameProblem.textProperty().bind(javafx.beans.binding.Bindings.when(nameMissing)
                .then(Messages.get("members.invalid.contactName")).otherwise(""));
        emailProblem.textProperty().bind(javafx.beans.binding.Bindings.when(emailWrong)
                .then(Messages.get("members.invalid.email")).otherwise(""));
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(nameMissing.or(emailWrong));
        dialog.setResultConverter(button -> button != ButtonType.OK ? null
                : new Contact(contact.id(), contact.organizationId(), name.getText().strip(), blank(role.getText()),
                        blank(email.getText()), blank(phone.getText()), primary.isSelected(), consent.isSelected(),
                        notes.getText() == null || notes.getText().isBlank() ? null : notes.getText(),
                        contact.archivedAt()));
        Platform.runLater(name::requestFocus);
        return dialog.showAndWait();
    }

    private static Label problemLabel(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("message-error");
        l.setMinWidth(180);
        return l;
    }

    private static TextField field(String id, String value) {
        TextField f = new TextField(value == null ? "" : value);
        f.setId(id);
        return f;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
