package org.oscc.chamberlain.pitches.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
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
import org.oscc.chamberlain.ui.ErrorReporter;
import org.oscc.chamberlain.ui.Messages;
import org.oscc.chamberlain.validation.InvalidInputException;
import org.oscc.chamberlain.validation.Problem;

/**
 * What the Invitees tab holds between gestures: the night shown and its invitees (a load overtaken by another night
 * is dropped), the pickers' choices, a bulk invitation proposed and not yet confirmed, and the line that says what
 * was done or refused. The tab's controller shows it; the work runs through {@link BackgroundTasks}.
 */
final class InviteesModel {
    /** What the line under the table says: what was done, or (error) what went wrong. */
    record Note(String text, boolean error) {
        static final Note NONE = new Note("", false);
    }

    /** The pickers' contents, loaded together. */
    record InviteChoices(List<InviteCandidate> contacts, List<String> tiers, List<Choice> organizations) {
        static final InviteChoices NONE = new InviteChoices(List.of(), List.of(), List.of());
    }

    /** Contacts a bulk invitation would add ({@code what} names the selection), shown before anything is written. */
    record Proposal(List<InviteCandidate> candidates, String what) {
        long missingEmail() {
            return candidates.stream().filter(InviteCandidate::missingEmail).count();
        }

        long withoutConsent() {
            return candidates.stream().filter(InviteCandidate::withoutConsent).count();
        }
    }

    private final PitchNightService service;
    private final BackgroundTasks tasks;
    private final ReadOnlyObjectWrapper<List<Invitee>> invitees = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<InviteChoices> choices = new ReadOnlyObjectWrapper<>(InviteChoices.NONE);
    private final ReadOnlyObjectWrapper<Proposal> proposal = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Note> note = new ReadOnlyObjectWrapper<>(Note.NONE);
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private PitchNight night;
    /** Counts the loads asked for: a result that is not the latest one's is dropped. */
    private int generation;
    private Runnable onChanged = () -> { };

    InviteesModel(PitchNightService service, BackgroundTasks tasks) {
        this.service = service;
        this.tasks = tasks;
    }

    /** Told after every change of an invitation (the list of nights shows the counts too). */
    void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    ReadOnlyObjectProperty<List<Invitee>> inviteesProperty() {
        return invitees.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<InviteChoices> choicesProperty() {
        return choices.getReadOnlyProperty();
    }

    /** The bulk invitation waiting for a yes, or null. */
    ReadOnlyObjectProperty<Proposal> proposalProperty() {
        return proposal.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Note> noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** "Invited 20 · Accepted 12 · ...", with the seats on a second line when the night has a capacity. */
    ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    PitchNight night() {
        return night;
    }

    void reloadChoices() {
        tasks.run(Messages.get("pitches.loading"), () -> new InviteChoices(service.contactChoices(), service.tiers(),
                service.organizationChoices()), choices::set);
    }

    /** Shows {@code shown}'s invitees, dropping a proposal and the line left from another night. */
    void show(PitchNight shown) {
        night = shown;
        proposal.set(null);
        note.set(Note.NONE);
        reload();
    }

    private void reload() {
        int asked = ++generation;
        PitchNight shown = night;
        tasks.run(Messages.get("pitches.loading"), () -> service.invitees(shown.id()), list -> {
            if (asked == generation) {
                invitees.set(List.copyOf(list));
                counts.set(countsText(shown, list));
            }
        });
    }

    static String countsText(PitchNight night, List<Invitee> invitees) {
        long accepted = count(invitees, Rsvp.ACCEPTED);
        String line = Messages.get("pitches.invitees.counts", invitees.size(), accepted,
                count(invitees, Rsvp.TENTATIVE), count(invitees, Rsvp.DECLINED), count(invitees, Rsvp.WAITLISTED),
                invitees.stream().filter(i -> i.attendance() == Attendance.ATTENDED).count());
        return night.capacity() == null ? line
                : line + "\n" + Messages.get("pitches.invitees.seats", accepted, night.capacity());
    }

    private static long count(List<Invitee> invitees, Rsvp rsvp) {
        return invitees.stream().filter(i -> i.rsvp() == rsvp).count();
    }

    /** Invites one contact; {@code invited} runs once it is done (the picker clears). */
    void inviteOne(InviteCandidate contact, Runnable invited) {
        if (contact == null) {
            error(Messages.get("pitches.invitees.chooseContact"));
            return;
        }
        int nightId = night.id();
        tasks.run(Messages.get("pitches.invitees.inviting"), () -> service.invite(nightId, contact.contactId()),
                added -> {
                    ok(Messages.get("pitches.invitees.invited", added.contactName()));
                    invited.run();
                    changed();
                }, this::failed);
    }

    /** Finds how many contacts a bulk invitation would add (and how many are flagged); writes nothing. */
    void propose(InviteSelection selection, String what) {
        int nightId = night.id();
        tasks.run(Messages.get("pitches.loading"), () -> service.candidates(nightId, selection),
                candidates -> proposal.set(new Proposal(List.copyOf(candidates), what)), this::failed);
    }

    void cancelProposal() {
        proposal.set(null);
    }

    /** Invites everyone the proposal named, in one step. */
    void confirmProposal() {
        Proposal p = proposal.get();
        if (p == null) {
            return;
        }
        List<Integer> ids = p.candidates().stream().map(InviteCandidate::contactId).toList();
        int nightId = night.id();
        proposal.set(null);
        tasks.run(Messages.get("pitches.invitees.inviting"), () -> service.inviteAll(nightId, ids), added -> {
            ok(Messages.get("pitches.invitees.bulkDone", added.size()));
            changed();
        }, this::failed);
    }

    /** Records the answer for every chosen invitee, in the order shown, and says who moved up or waited. */
    void answer(Rsvp rsvp, List<Invitee> chosen) {
        if (nothingChosen(chosen)) {
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
            ok(text.toString());
            changed();
        }, failure -> {
            failed(failure);
            changed(); // the answers before the refused one are kept
        });
    }

    void attendance(Attendance attendance, List<Invitee> chosen) {
        if (nothingChosen(chosen)) {
            return;
        }
        int nightId = night.id();
        tasks.run(Messages.get("pitches.invitees.recording"), () -> {
            for (Invitee i : chosen) {
                service.recordAttendance(nightId, i.contactId(), attendance);
            }
            return chosen.size();
        }, done -> {
            ok(Messages.get("pitches.invitees.attendanceDone", PitchTexts.attendance(attendance),
                    chosen.stream().map(Invitee::contactName).collect(Collectors.joining(", "))));
            changed();
        }, this::failed);
    }

    private boolean nothingChosen(List<Invitee> chosen) {
        if (chosen.isEmpty()) {
            error(Messages.get("pitches.invitees.chooseRows"));
            return true;
        }
        return false;
    }

    private void changed() {
        reload();
        onChanged.run();
    }

    private void ok(String text) {
        note.set(new Note(text, false));
    }

    private void error(String text) {
        note.set(new Note(text, true));
    }

    /** A refusal becomes the line, with every problem; anything else is a bug for the error reporter. */
    private void failed(Throwable failure) {
        if (failure instanceof InvalidInputException refused) {
            StringBuilder text = new StringBuilder(Messages.get("pitches.refused"));
            for (Problem p : refused.problems()) {
                text.append('\n').append(p.describe());
            }
            error(text.toString());
        } else {
            ErrorReporter.report(failure);
        }
    }
}
