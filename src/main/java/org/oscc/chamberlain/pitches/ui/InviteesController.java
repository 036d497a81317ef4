package org.oscc.chamberlain.pitches.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
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
import org.oscc.chamberlain.pitches.RsvpOutcome;
import org.oscc.chamberlain.ui.BackgroundTasks;
import org.oscc.chamberlain.ui.Messages;

/**
 * The invitees of a night: invite one contact or many (by tier, status, organization, or the primary contacts of
 * active members, after seeing how many), record answers (a decline promotes the next waitlisted guest) and, after
 * the night, attendance. Contacts without e-mail or consent are flagged.
 */
public class InviteesController {
    private final PitchNightService service;
    private final BackgroundTasks tasks;
    private PitchNight night;
    private List<InviteCandidate> pendingBulk = List.of();
    private Runnable onChanged = () -> { };

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
        this.service = service;
        this.tasks = tasks;
    }

    @FXML
    private void initialize() {
        // who was invited stays readable; the e-mail flags, then the times of change and attendance, give way
        ColumnPriorities.of(table).identifying(nameColumn, organizationColumn)
                .secondary(changedColumn, flagsColumn, attendanceColumn).install();
        contactPicker.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(InviteCandidate c) {
                return c == null ? "" : c.displayName();
            }

            @Override
            public InviteCandidate fromString(String text) {
                return null;
            }
        });
        for (String status : List.of("ACTIVE", "PROSPECT", "LAPSED", "WITHDRAWN")) {
            MenuItem item = new MenuItem(Messages.get("pitches.orgStatus." + status.toLowerCase(Locale.ROOT)));
            item.setId("bulk-status-" + status.toLowerCase(Locale.ROOT));
            item.setOnAction(e -> propose(new InviteSelection.ByStatus(status), item.getText()));
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
                night.timeZone())));
        attendanceColumn.setCellValueFactory(c -> text(PitchTexts.attendance(c.getValue().attendance())));
        hideBulk();
    }

    void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    void reloadChoices() {
        tasks.run(Messages.get("pitches.loading"), () -> new Object[] {service.contactChoices(), service.tiers(),
            service.organizationChoices()}, all -> {
                contactPicker.getItems().setAll(cast(all[0]));
                byTier.getItems().clear();
                for (String tier : this.<String>cast(all[1])) {
                    MenuItem item = new MenuItem(tier);
                    item.setId("bulk-tier-" + tier.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
                    item.setOnAction(e -> propose(new InviteSelection.ByTier(tier),
                            Messages.get("pitches.invitees.tierNamed", tier)));
                    byTier.getItems().add(item);
                }
                byOrganization.getItems().clear();
                for (Choice org : this.<Choice>cast(all[2])) {
                    MenuItem item = new MenuItem(org.name());
                    item.setOnAction(e -> propose(new InviteSelection.ByOrganization(org.id()), org.name()));
                    byOrganization.getItems().add(item);
                }
            });
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> cast(Object list) {
        return (List<T>) list;
    }

    void show(PitchNight shownNight) {
        night = shownNight;
        hideBulk();
        PitchTexts.showOk(message, "");
        reload();
    }

    private void reload() {
        int nightId = night.id();
        tasks.run(Messages.get("pitches.loading"), () -> service.invitees(nightId), invitees -> {
            if (night != null && night.id() == nightId) {
                List<Integer> selected = table.getSelectionModel().getSelectedItems().stream()
                        .map(Invitee::contactId).toList();
                table.getItems().setAll(invitees);
                for (int i = 0; i < invitees.size(); i++) {
                    if (selected.contains(invitees.get(i).contactId())) {
                        table.getSelectionModel().select(i);
                    }
                }
                counts.setText(countsText(invitees));
            }
        });
    }

    /** "Invited 20 · Accepted 12 · Tentative 3 · Declined 2 · Waitlisted 1 · Attended 10", plus the seats. */
    private String countsText(List<Invitee> invitees) {
        long accepted = invitees.stream().filter(i -> i.rsvp() == Rsvp.ACCEPTED).count();
        String line = Messages.get("pitches.invitees.counts", invitees.size(), accepted,
                count(invitees, Rsvp.TENTATIVE), count(invitees, Rsvp.DECLINED), count(invitees, Rsvp.WAITLISTED),
                invitees.stream().filter(i -> i.attendance() == Attendance.ATTENDED).count());
        return night.capacity() == null ? line
                : line + "\n" + Messages.get("pitches.invitees.seats", accepted, night.capacity());
    }

    private static long count(List<Invitee> invitees, Rsvp rsvp) {
        return invitees.stream().filter(i -> i.rsvp() == rsvp).count();
    }

    @FXML
    private void onInviteOne() {
        InviteCandidate contact = contactPicker.getValue();
        if (contact == null) {
            PitchTexts.showError(message, Messages.get("pitches.invitees.chooseContact"));
            return;
        }
        int nightId = night.id();
        tasks.run(Messages.get("pitches.invitees.inviting"), () -> service.invite(nightId, contact.contactId()),
                added -> {
                    PitchTexts.showOk(message, Messages.get("pitches.invitees.invited", added.contactName()));
                    contactPicker.setValue(null);
                    changed();
                }, failure -> PitchTexts.showFailure(message, failure));
    }

    @FXML
    private void onPrimaryContacts() {
        propose(new InviteSelection.PrimaryContactsOfActiveMembers(), Messages.get("pitches.invitees.primaries"));
    }

    /** Shows how many contacts a bulk invite would add (and how many are flagged) before anything is written. */
    private void propose(InviteSelection selection, String what) {
        int nightId = night.id();
        tasks.run(Messages.get("pitches.loading"), () -> service.candidates(nightId, selection), candidates -> {
            pendingBulk = candidates;
            long noEmail = candidates.stream().filter(InviteCandidate::missingEmail).count();
            long noConsent = candidates.stream().filter(InviteCandidate::withoutConsent).count();
            bulkSummary.setText(Messages.get("pitches.invitees.bulkSummary", candidates.size(), what, noEmail,
                    noConsent));
            confirmBulk.setText(Messages.get("pitches.invitees.bulkConfirm", candidates.size()));
            confirmBulk.setDisable(candidates.isEmpty());
            bulkBar.setVisible(true);
            bulkBar.setManaged(true);
        }, failure -> PitchTexts.showFailure(message, failure));
    }

    @FXML
    private void onConfirmBulk() {
        List<Integer> ids = pendingBulk.stream().map(InviteCandidate::contactId).toList();
        int nightId = night.id();
        hideBulk();
        tasks.run(Messages.get("pitches.invitees.inviting"), () -> service.inviteAll(nightId, ids), added -> {
            PitchTexts.showOk(message, Messages.get("pitches.invitees.bulkDone", added.size()));
            changed();
        }, failure -> PitchTexts.showFailure(message, failure));
    }

    @FXML
    private void onCancelBulk() {
        hideBulk();
    }

    @FXML
    private void onAccepted() {
        answer(Rsvp.ACCEPTED);
    }

    @FXML
    private void onTentative() {
        answer(Rsvp.TENTATIVE);
    }

    @FXML
    private void onDeclined() {
        answer(Rsvp.DECLINED);
    }

    @FXML
    private void onAttended() {
        attendance(Attendance.ATTENDED);
    }

    @FXML
    private void onNoShow() {
        attendance(Attendance.NO_SHOW);
    }

    /** Records the answer for every selected invitee, in the order shown, and says who moved up or waited. */
    private void answer(Rsvp rsvp) {
        List<Invitee> chosen = chosen();
        if (chosen.isEmpty()) {
            return;
        }
        int nightId = night.id();
        tasks.run(Messages.get("pitches.invitees.recording"), () -> {
            List<RsvpOutcome> outcomes = new ArrayList<>();
            for (Invitee i : chosen) {
                outcomes.add(service.rsvp(nightId, i.contactId(), rsvp));
            }
            return outcomes;
        }, outcomes -> {
            StringBuilder text = new StringBuilder(Messages.get("pitches.invitees.answered", PitchTexts.rsvp(rsvp),
                    outcomes.size()));
            for (RsvpOutcome o : outcomes) {
                if (o.waitlisted()) {
                    text.append(' ').append(Messages.get("pitches.invitees.waitlisted", o.invitee().contactName(),
                            o.invitee().waitlistPosition()));
                }
                for (Invitee promoted : o.promoted()) {
                    text.append(' ').append(Messages.get("pitches.invitees.promoted", promoted.contactName()));
                }
            }
            PitchTexts.showOk(message, text.toString());
            changed();
        }, failure -> {
            PitchTexts.showFailure(message, failure);
            changed();
        });
    }

    private void attendance(Attendance attendance) {
        List<Invitee> chosen = chosen();
        if (chosen.isEmpty()) {
            return;
        }
        int nightId = night.id();
        tasks.run(Messages.get("pitches.invitees.recording"), () -> {
            for (Invitee i : chosen) {
                service.recordAttendance(nightId, i.contactId(), attendance);
            }
            return chosen.size();
        }, done -> {
            PitchTexts.showOk(message, Messages.get("pitches.invitees.attendanceDone",
                    PitchTexts.attendance(attendance), chosen.stream().map(Invitee::contactName)
                            .collect(Collectors.joining(", "))));
            changed();
        }, failure -> PitchTexts.showFailure(message, failure));
    }

    private List<Invitee> chosen() {
        List<Invitee> chosen = List.copyOf(table.getSelectionModel().getSelectedItems());
        if (chosen.isEmpty()) {
            PitchTexts.showError(message, Messages.get("pitches.invitees.chooseRows"));
        }
        return chosen;
    }

    private void changed() {
        reload();
        onChanged.run();
    }

    private void hideBulk() {
        pendingBulk = List.of();
        bulkBar.setVisible(false);
        bulkBar.setManaged(false);
    }

    private static ReadOnlyObjectWrapper<String> text(String value) {
        return new ReadOnlyObjectWrapper<>(value == null ? "" : value);
    }
}
