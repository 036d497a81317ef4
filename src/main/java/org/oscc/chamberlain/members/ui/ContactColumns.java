package org.oscc.chamberlain.members.ui;

import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.oscc.chamberlain.ui.ColumnPriorities;
import org.oscc.chamberlain.members.Contact;

/**
 * The contacts sub-table of the member form: plain columns, a radio button for the one primary contact and a check
 * box for e-mail consent, both editing the (immutable) contact rows in place.
 */
final class ContactColumns {
    private ContactColumns() {
    }

    static void install(TableView<Contact> table, ObservableList<Contact> rows, TableColumn<Contact, Contact> primary,
            TableColumn<Contact, String> name, TableColumn<Contact, String> role, TableColumn<Contact, String> email,
            TableColumn<Contact, String> phone, TableColumn<Contact, Contact> consent) {
        table.setItems(rows);
        text(name, Contact::fullName);
        text(role, Contact::roleTitle);
        text(email, Contact::email);
        text(phone, Contact::phone);
        toggle(primary, rows, RadioButton::new, Contact::primary, (c, on) -> c.withPrimary(true), "contact-primary");
        toggle(consent, rows, CheckBox::new, Contact::emailConsent, Contact::withConsent, "contact-consent");
        ColumnPriorities.of(table).identifying(name).secondary(phone, role, email).install();
    }

    /** Puts a contact at {@code index} (-1 adds it); a primary contact makes every other one not primary. */
    static void put(ObservableList<Contact> rows, int index, Contact contact) {
        if (contact.primary()) {
            for (int i = 0; i < rows.size(); i++) {
                if (i != index && rows.get(i).primary()) {
                    rows.set(i, rows.get(i).withPrimary(false));
                }
            }
        }
        if (index < 0) {
            rows.add(contact);
        } else {
            rows.set(index, contact);
        }
    }

    private static void text(TableColumn<Contact, String> column, Function<Contact, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    private static <B extends ButtonBase> void toggle(TableColumn<Contact, Contact> column,
            ObservableList<Contact> rows, java.util.function.Supplier<B> make, Function<Contact, Boolean> isOn,
            BiFunction<Contact, Boolean, Contact> change, String styleClass) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(col -> new TableCell<>() {
            private final B button = make.get();

            {
                button.getStyleClass().add(styleClass);
                button.setOnAction(e -> {
                    int index = getIndex();
                    if (index >= 0 && index < rows.size()) {
                        boolean selected = button instanceof CheckBox box ? box.isSelected()
                                : ((RadioButton) button).isSelected();
                        put(rows, index, change.apply(rows.get(index), selected));
                    }
                });
                setAlignment(Pos.CENTER);
            }

            @Override
            protected void updateItem(Contact item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                } else {
                    if (button instanceof CheckBox box) {
                        box.setSelected(isOn.apply(item));
                    } else {
                        ((RadioButton) button).setSelected(isOn.apply(item));
                    }
                    setGraphic(button);
                }
            }
        });
    }
}
