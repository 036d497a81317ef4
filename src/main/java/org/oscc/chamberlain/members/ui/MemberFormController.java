package org.oscc.chamberlain.members.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.oscc.chamberlain.members.Contact;
import org.oscc.chamberlain.members.MemberDetail;
import org.oscc.chamberlain.members.MemberService;
import org.oscc.chamberlain.members.MemberStatus;
import org.oscc.chamberlain.members.Organization;
import org.oscc.chamberlain.members.OrganizationKind;
import org.oscc.chamberlain.members.StatusChange;
import org.oscc.chamberlain.pledges.PledgeService;
import org.oscc.chamberlain.pledges.ui.PledgeListPane;
import org.oscc.chamberlain.ui.BackgroundTasks;
import org.oscc.chamberlain.ui.ErrorReporter;
import org.oscc.chamberlain.ui.Messages;

/**
 * The Members screen's detail form: one organization's fields with validation beside them, its contacts, its
 * pledges with their fulfilment and its status history (read-only), and save, revert, archive and restore. Knows
 * whether it holds unsaved edits.
 */
public class MemberFormController {
    private final MemberService members;
    private final PledgeService pledgeService;
    private final BackgroundTasks tasks;
    private final PledgeListPane pledges;
    private final ObservableList<Contact> contactRows = FXCollections.observableArrayList();
    private final MemberFormModel model;
    private MemberFields fields;
    private Consumer<Long> onChanged = id -> { };
    private long loadGeneration;

    @FXML private VBox form;
    @FXML private Label heading;
    @FXML private Label archivedBadge;
    @FXML private TextField name;
    @FXML private ComboBox<OrganizationKind> kind;
    @FXML private ComboBox<MemberStatus> status;
    @FXML private ComboBox<String> tier;
    @FXML private ComboBox<String> sector;
    @FXML private TextField website;
    @FXML private TextField city;
    @FXML private TextField itHeadcount;
    @FXML private TextField totalHeadcount;
    @FXML private DatePicker memberSince;
    @FXML private DatePicker renewalDue;
    @FXML private TextArea notes;
    @FXML private TableView<Contact> contacts;
    @FXML private TableColumn<Contact, Contact> primaryColumn;
    @FXML private TableColumn<Contact, String> contactNameColumn;
    @FXML private TableColumn<Contact, String> roleColumn;
    @FXML private TableColumn<Contact, String> contactEmailColumn;
    @FXML private TableColumn<Contact, String> phoneColumn;
    @FXML private TableColumn<Contact, Contact> consentColumn;
    @FXML private Button editContact;
    @FXML private Button removeContact;
    @FXML private VBox pledgeBox;
    @FXML private Label history;
    @FXML private Label message;
    @FXML private Label problemSummary;
    @FXML private Button archive;

    /** @param openPledge shows one pledge in the Pledges screen */
    public MemberFormController(MemberService members, PledgeService pledges, BackgroundTasks tasks,
            LongConsumer openPledge) {
        this.members = members;
        this.pledgeService = pledges;
        this.tasks = tasks;
        this.model = new MemberFormModel(members, tasks);
        this.pledges = new PledgeListPane(Messages.get("members.pledges"), false, "memberPledge", tasks,
                openPledge);
    }

    @FXML
    private void initialize() {
        model.contacts.addListener((o, a, list) -> {
            if (!contactRows.equals(list)) {
                contactRows.setAll(list);
            }
        });
        contactRows.addListener((javafx.collections.ListChangeListener<Contact>) c -> {
            if (!contactRows.equals(model.contacts.get())) {
                model.contacts.set(List.copyOf(contactRows));
            }
        });
        fields = new MemberFields(model, problemSummary, name, kind, status, tier, sector, website, city,
                itHeadcount, totalHeadcount, memberSince, renewalDue, notes);
        model.statusProperty().addListener((o, a, text) -> showMessage(text.isEmpty() ? null : text, false));
        model.onSaved(id -> {
            onChanged.accept(id);
            reload(id);
        });
        ContactColumns.install(contacts, contactRows, primaryColumn, contactNameColumn, roleColumn,
                contactEmailColumn, phoneColumn, consentColumn);
        contacts.setPlaceholder(new Label(Messages.get("members.contacts.none")));
        pledgeBox.getChildren().setAll(pledges.node());
        editContact.disableProperty().bind(contacts.getSelectionModel().selectedItemProperty().isNull());
        removeContact.disableProperty().bind(contacts.getSelectionModel().selectedItemProperty().isNull());
        contacts.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && contacts.getSelectionModel().getSelectedItem() != null) {
                onEditContact();
            }
        });
        showNew();
    }

    /** Called with the id to select after a save, archive or restore changed the roster. */
    void onChanged(Consumer<Long> listener) {
        this.onChanged = listener;
    }

    void choices(List<String> tiers, List<String> sectors) {
        model.keepingState(() -> fields.choices(tiers, sectors));
    }

    boolean shows(long id) {
        Organization shown = model.shown();
        return shown.id() != null && shown.id() == id;
    }

    /** The form's view-model: the unsaved-edits contract the main window and the roster ask. */
    MemberFormModel model() {
        return model;
    }

    /** True when a field or a contact differs from what was loaded (or from the blank form for a new member). */
    boolean isDirty() {
        return model.isDirty();
    }

    /** Shows another member (its status line starts empty). */
    void load(long id) {
        model.say("");
        reload(id);
    }

    /** Shows the member as stored, keeping the status line (a save's "Saved."). */
    private void reload(long id) {
        long generation = ++loadGeneration;
        tasks.run(Messages.get("members.loadingOne"), () -> members.get(id), detail -> {
            if (generation == loadGeneration) {
                show(detail);
            }
        });
    }

    void showNew() {
        ++loadGeneration;
        model.say("");
        show(new MemberDetail(Organization.named(""), List.of(), List.of(), 0, 0));
        name.requestFocus();
    }

    private void show(MemberDetail d) {
        Organization shown = d.organization();
        model.show(d, () -> fields.allowStatuses(shown.status(), shown.id() == null));
        heading.setText(shown.id() == null ? Messages.get("members.newHeading") : shown.name());
        archivedBadge.setVisible(shown.archived());
        archivedBadge.setManaged(shown.archived());
        archive.setDisable(shown.id() == null);
        archive.setText(Messages.get(shown.archived() ? "members.restore" : "members.archive"));
        ((FontIcon) archive.getGraphic()).setIconLiteral(shown.archived() ? "mdi2a-archive-arrow-up-outline"
                : "mdi2a-archive-outline");
        if (shown.id() == null) {
            pledges.clear();
        } else {
            long id = shown.id();
            pledges.load(() -> pledgeService.ofMember(id));
        }
        history.setText(d.history().isEmpty() ? "" : Messages.get("members.history", d.history().stream()
                .map(this::describe).collect(Collectors.joining(" → "))));
    }

    private String describe(StatusChange c) {
        return MemberText.status(c.status()) + " " + c.changedOn();
    }

    /** Saves the form (Ctrl+S, the Save button); its problems show on the fields, focus on the first. */
    @FXML
    void save() {
        model.save(saved -> {
            if (!saved) {
                fields.problems().focusFirst();
            }
        });
    }

    @FXML
    private void onSave() {
        save();
    }

    @FXML
    private void onRevert() {
        model.discard();
    }

    /** Archives the member shown, or restores it when archived (Ctrl+E). */
    @FXML
    void toggleArchived() {
        Organization shown = model.shown();
        if (shown.id() == null) {
            return;
        }
        long id = shown.id();
        boolean restore = shown.archived();
        tasks.run(Messages.get(restore ? "members.restore" : "members.archive"), () -> {
            if (restore) {
                members.restore(id);
            } else {
                members.archive(id);
            }
            return members.get(id);
        }, detail -> {
            show(detail);
            onChanged.accept(id);
            model.say(Messages.get(restore ? "members.restored" : "members.archivedDone", detail.organization()
                    .name()));
        }, this::failed);
    }

    @FXML
    private void onArchive() {
        toggleArchived();
    }

    @FXML
    private void onAddContact() {
        ContactDialog.edit(form.getScene().getWindow(), Contact.named("", null).withPrimary(contactRows.isEmpty()))
                .ifPresent(c -> ContactColumns.put(contactRows, -1, c));
    }

    @FXML
    private void onEditContact() {
        int index = contacts.getSelectionModel().getSelectedIndex();
        if (index >= 0) {
            ContactDialog.edit(form.getScene().getWindow(), contactRows.get(index))
                    .ifPresent(c -> ContactColumns.put(contactRows, index, c));
        }
    }

    @FXML
    private void onRemoveContact() {
        int index = contacts.getSelectionModel().getSelectedIndex();
        if (index >= 0) {
            contactRows.remove(index);
        }
    }

    private void failed(Throwable failure) {
        ErrorReporter.report(failure);
    }

    private void showMessage(String text, boolean error) {
        message.setText(text == null ? "" : text);
        message.setVisible(text != null);
        message.setManaged(text != null);
        message.getStyleClass().removeAll("message-ok", "message-error");
        message.getStyleClass().add(error ? "message-error" : "message-ok");
    }
}
