package org.oscc.chamberlain.members.ui;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import org.oscc.chamberlain.ui.Dialogs;
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
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import org.oscc.chamberlain.importing.DateOrder;
import org.oscc.chamberlain.importing.Parsed;
import org.oscc.chamberlain.importing.ValueParsers;
import org.oscc.chamberlain.ui.FormProblems;
import org.oscc.chamberlain.ui.UnsavedEdits;
import org.oscc.chamberlain.text.Wording;
import org.oscc.chamberlain.validation.Problem;


/**
 * Adds or edits one contact of the member form. OK checks the name and the e-mail address and shows what is wrong on
 * the fields; closing with edits asks first.
 */
final class ContactDialog {
    private static final ValueParsers PARSERS = new ValueParsers(DateOrder.UNDECIDED);

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
        ButtonType okButton = Dialogs.ok(); // in the screens' language
        ButtonType cancelButton = Dialogs.cancel(); // in the screens' language
        dialog.getDialogPane().getButtonTypes().setAll(okButton, cancelButton);
        dialog.getDialogPane().lookupButton(okButton).setId("contactOk");

        // one way of showing mistakes, as on every form: outlined fields, the reason under each, one summary line
        Label summary = new Label();
        summary.setId("contactProblems");
        grid.add(summary, 0, 7, 2, 1);
        FormProblems problems = new FormProblems(summary)
                .field("name", name, Messages.get("members.contact.name"))
                .field("email", email, Messages.get("members.contact.email"));
        name.textProperty().addListener((o, a, b) -> problems.show(List.of(), false));
        email.textProperty().addListener((o, a, b) -> problems.show(List.of(), false));
        Supplier<List<Problem>> check = () -> {
            List<Problem> found = new ArrayList<>();
            if (name.getText() == null || name.getText().isBlank()) {
                found.add(Problem.onField("name", "members.contact.name", "members.invalid.contactName"));
            }
            Parsed<String> mail = PARSERS.email(email.getText() == null ? "" : email.getText());
            if (mail.failed()) {
                found.add(new Problem(0, "email", Wording.of("members.contact.email"),
                        Wording.plain(mail.problem() + ".")));
            }
            return found;
        };
        Supplier<Contact> edited = () -> new Contact(contact.id(), contact.organizationId(), name.getText().strip(),
                blank(role.getText()), blank(email.getText()), blank(phone.getText()), primary.isSelected(),
                consent.isSelected(), notes.getText() == null || notes.getText().isBlank() ? null : notes.getText(),
                contact.archivedAt());
        List<Object> shownState = state(name, role, email, phone, primary, consent, notes);
        boolean[] accepted = {false};
        dialog.getDialogPane().lookupButton(okButton).addEventFilter(ActionEvent.ACTION, e -> {
            List<Problem> found = check.get();
            if (!found.isEmpty()) {
                e.consume();
                problems.show(found, true);
            } else {
                accepted[0] = true;
            }
        });
        dialog.setResultConverter(button -> button == okButton ? edited.get() : null);
        // Cancel and Esc are the organizer's own choice and close without effect; the window's close box, which
        // JavaFX would treat as Cancel, asks first about what was typed
        dialog.setOnShown(shown -> dialog.getDialogPane().getScene().getWindow().addEventFilter(
                javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST, e -> {
                    if (accepted[0] || state(name, role, email, phone, primary, consent, notes).equals(shownState)) {
                        return;
                    }
                    String who = name.getText() == null || name.getText().isBlank()
                            ? Messages.get("members.unsaved.contact")
                            : Messages.get("members.unsaved.contactNamed", name.getText().strip());
                    switch (UnsavedEdits.ask(dialog.getDialogPane().getScene().getWindow(),
                            Messages.get("unsaved.header"), Messages.get("unsaved.text", who))) {
                        case SAVE -> {
                            List<Problem> found = check.get();
                            if (found.isEmpty()) {
                                accepted[0] = true;
                                dialog.setResult(edited.get());
                            } else {
                                e.consume();
                                problems.show(found, true);
                            }
                        }
                        case DISCARD -> dialog.setResult(null);
                        case CANCEL -> e.consume();
                    }
                }));
        Platform.runLater(name::requestFocus);
        return dialog.showAndWait();
    }

    private static List<Object> state(TextField name, TextField role, TextField email, TextField phone,
            CheckBox primary, CheckBox consent, TextArea notes) {
        return java.util.Arrays.asList(name.getText(), role.getText(), email.getText(), phone.getText(),
                primary.isSelected(), consent.isSelected(), notes.getText());
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
