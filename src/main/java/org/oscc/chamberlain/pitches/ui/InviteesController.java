package org.oscc.chamberlain.pitches.ui;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import org.controlsfx.control.SearchableComboBox;
import org.oscc.chamberlain.ui.ColumnPriorities;
import org.oscc.chamberlain.pitches.Attendance;
import org.oscc.chamberlain.pitches.Choice;
import org.oscc.chamberlain.pitches.InviteCandidate;
import org.oscc.chamberlain.pitches.InviteSelection;
import org.oscc.chamberlain.pitches.Invitee;
import org.oscc.chamberlain.pitches.PitchNight;
import org.oscc.chamberlain.pitches.PitchNightService;
import org.oscc.chamberlain.pitches.Rsvp;
import org.oscc.chamberlain.ui.BackgroundTasks;
import org.oscc.chamberlain.ui.Messages;
import org.oscc.chamberlain.ui.TextConverter;

/**
 * The invitees of a night: invite one contact or many (by tier, status, organization, or the primary contacts of
 * active members, after seeing how many), record answers (a decline promotes the next waitlisted guest) and, after
 * the night, attendance. Contacts without e-mail or consent are flagged. What the tab holds is {@link InviteesModel};
 * this binds the controls to it.
 */
public class InviteesController {
    private final InviteesModel model;

    @FXML private SearchableComboBox<InviteCandidate> contactPicker;
    @FXML private Menu byTier;
    @FXML private Menu byStatus;
    @FXML private Menu byOrganization;
    @FXML private HBox bulkBar;
    @FXML private Label bulkSummary;
    @FXML private Button confirmBulk;
    @FXML private TableView<Invitee> table;
    @FXML private TableColumn<Invitee, String> nameColumn;
    @FXML private TableColumn<Invitee, String> organizationColumn;
    @FXML private TableColumn<Invitee, Invitee> flagsColumn;
    @FXML private TableColumn<Invitee, Invitee> rsvpColumn;
    @FXML private TableColumn<Invitee, String> changedColumn;
    @FXML private TableColumn<Invitee, String> attendanceColumn;
    @FXML private Label counts;
    @FXML private Label message;

    public InviteesController(PitchNightService service, BackgroundTasks tasks) {
        this.model = new InviteesModel(service, tasks);
    }

    @FXML
    private void initialize() {
        // who was invited stays readable; the e-mail flags, then the times of change and attendance, give way
        ColumnPriorities.of(table).identifying(nameColumn, organizationColumn)
                .secondary(changedColumn, flagsColumn, attendanceColumn).install();
        contactPicker.setConverter(TextConverter.of(c -> c == null ? "" : c.displayName()));
        for (String status : List.of("ACTIVE", "PROSPECT", "LAPSED", "WITHDRAWN")) {
            MenuItem item = new MenuItem(Messages.get("pitches.orgStatus." + status.toLowerCase(Locale.ROOT)));
            item.setId("bulk-status-" + status.toLowerCase(Locale.ROOT));
            item.setOnAction(e -> model.propose(new InviteSelection.ByStatus(status), item.getText()));
            byStatus.getItems().add(item);
        }
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        nameColumn.setCellValueFactory(c -> text(c.getValue().contactName()));
        organizationColumn.setCellValueFactory(c -> text(c.getValue().organizationName()));
        flagsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        flagsColumn.setCellFactory(c -> new InviteeCells.EmailFlags());
        rsvpColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        rsvpColumn.setCellFactory(c -> new InviteeCells.RsvpBadge());
        changedColumn.setCellValueFactory(c -> text(PitchTexts.changed(c.getValue().rsvpChangedAt(),
                model.night().timeZone())));
        attendanceColumn.setCellValueFactory(c -> text(PitchTexts.attendance(c.getValue().attendance())));
        counts.textProperty().bind(model.countsProperty());
        model.inviteesProperty().addListener((o, was, now) -> showInvitees(now));
        model.choicesProperty().addListener((o, was, now) -> showChoices(now));
        model.proposalProperty().addListener((o, was, now) -> showProposal(now));
        model.noteProperty().addListener((o, was, now) -> {
            if (now.error()) {
                PitchTexts.showError(message, now.text());
            } else {
                PitchTexts.showOk(message, now.text());
            }
        });
        showProposal(null);
    }

    void setOnChanged(Runnable onChanged) {
        model.setOnChanged(onChanged);
    }

    void reloadChoices() {
        model.reloadChoices();
    }

    void show(PitchNight night) {
        model.show(night);
    }

    /** The new list, with the rows that were selected still selected. */
    private void showInvitees(List<Invitee> invitees) {
        List<Integer> selected = table.getSelectionModel().getSelectedItems().stream().map(Invitee::contactId)
                .toList();
        table.getItems().setAll(invitees);
        for (int i = 0; i < invitees.size(); i++) {
            if (selected.contains(invitees.get(i).contactId())) {
                table.getSelectionModel().select(i);
            }
        }
    }

    private void showChoices(InviteesModel.InviteChoices choices) {
        contactPicker.getItems().setAll(choices.contacts());
        byTier.getItems().clear();
        for (String tier : choices.tiers()) {
            MenuItem item = new MenuItem(tier);
            item.setId("bulk-tier-" + tier.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
            item.setOnAction(e -> model.propose(new InviteSelection.ByTier(tier),
                    Messages.get("pitches.invitees.tierNamed", tier)));
            byTier.getItems().add(item);
        }
        byOrganization.getItems().clear();
        for (Choice org : choices.organizations()) {
            MenuItem item = new MenuItem(org.name());
            item.setOnAction(e -> model.propose(new InviteSelection.ByOrganization(org.id()), org.name()));
            byOrganization.getItems().add(item);
        }
    }

    private void showProposal(InviteesModel.Proposal proposal) {
        if (proposal != null) {
            bulkSummary.setText(Messages.get("pitches.invitees.bulkSummary", proposal.candidates().size(),
                    proposal.what(), proposal.missingEmail(), proposal.withoutConsent()));
            confirmBulk.setText(Messages.get("pitches.invitees.bulkConfirm", proposal.candidates().size()));
            confirmBulk.setDisable(proposal.candidates().isEmpty());
        }
        bulkBar.setVisible(proposal != null);
        bulkBar.setManaged(proposal != null);
    }

    @FXML
    private void onInviteOne() {
        model.inviteOne(contactPicker.getValue(), () -> contactPicker.setValue(null));
    }

    @FXML
    private void onPrimaryContacts() {
        model.propose(new InviteSelection.PrimaryContactsOfActiveMembers(),
                Messages.get("pitches.invitees.primaries"));
    }

    @FXML
    private void onConfirmBulk() {
        model.confirmProposal();
    }

    @FXML
    private void onCancelBulk() {
        model.cancelProposal();
    }

    @FXML
    private void onAccepted() {
        model.answer(Rsvp.ACCEPTED, selected());
    }

    @FXML
    private void onTentative() {
        model.answer(Rsvp.TENTATIVE, selected());
    }

    @FXML
    private void onDeclined() {
        model.answer(Rsvp.DECLINED, selected());
    }

    @FXML
    private void onAttended() {
        model.attendance(Attendance.ATTENDED, selected());
    }

    @FXML
    private void onNoShow() {
        model.attendance(Attendance.NO_SHOW, selected());
    }

    private List<Invitee> selected() {
        return List.copyOf(table.getSelectionModel().getSelectedItems());
    }

    private static ReadOnlyObjectWrapper<String> text(String value) {
        return new ReadOnlyObjectWrapper<>(value == null ? "" : value);
    }
}
