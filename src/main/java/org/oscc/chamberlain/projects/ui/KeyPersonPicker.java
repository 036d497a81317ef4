package org.oscc.chamberlain.projects.ui;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import org.oscc.chamberlain.ui.Dialogs;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.oscc.chamberlain.members.Contact;
import org.oscc.chamberlain.members.MemberService;
import org.oscc.chamberlain.ui.BackgroundTasks;
import org.oscc.chamberlain.ui.Messages;

/** Picks a contact to make a project's key person: search by name or e-mail as you type, then give a role. */
final class KeyPersonPicker {
    record Choice(Contact contact, String role) {
    }

    private KeyPersonPicker() {
    }

    static Optional<Choice> pick(Window owner, MemberService members, BackgroundTasks tasks) {
        Dialog<Choice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("projects.people.pickTitle"));
        dialog.setHeaderText(null);
        TextField search = new TextField();
        search.setId("personSearch");
        search.setPromptText(Messages.get("projects.people.searchPrompt"));
        ListView<Contact> found = new ListView<>();
        found.setId("personResults");
        found.setPrefSize(460, 260);
        found.setPlaceholder(new Label(Messages.get("projects.people.noMatch")));
        found.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Contact c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.fullName() + (c.email() == null ? "" : "  <" + c.email() + ">"));
            }
        });
        TextField role = new TextField();
        role.setId("personRole");
        role.setPromptText(Messages.get("projects.people.rolePrompt"));
        long[] generation = {0};
        search.textProperty().addListener((o, a, text) -> {
            long mine = ++generation[0];
            tasks.run(Messages.get("projects.people.searching"), () -> members.findContacts(text), contacts -> {
                if (mine == generation[0]) {
                    found.getItems().setAll(contacts);
                }
            });
        });
        dialog.getDialogPane().setContent(new VBox(8, search, found, new Label(Messages.get("projects.people.role")),
                role));
        ButtonType okButton = Dialogs.ok(); // in the screens' language
        ButtonType cancelButton = Dialogs.cancel(); // in the screens' language
        dialog.getDialogPane().getButtonTypes().setAll(okButton, cancelButton);
        dialog.getDialogPane().lookupButton(okButton).disableProperty()
                .bind(found.getSelectionModel().selectedItemProperty().isNull());
        dialog.setResultConverter(b -> b == okButton
                ? new Choice(found.getSelectionModel().getSelectedItem(), role.getText()) : null);
        tasks.run(Messages.get("projects.people.searching"), () -> members.findContacts(""),
                contacts -> found.getItems().setAll(contacts));
        Platform.runLater(search::requestFocus);
        return dialog.showAndWait();
    }
}
