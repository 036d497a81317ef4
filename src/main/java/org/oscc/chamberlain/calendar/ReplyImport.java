package org.oscc.chamberlain.calendar;

import org.oscc.chamberlain.text.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.oscc.chamberlain.pitches.Invitee;
import org.oscc.chamberlain.pitches.PitchNight;
import org.oscc.chamberlain.pitches.PitchNightService;
import org.oscc.chamberlain.pitches.RsvpOutcome;
import org.oscc.chamberlain.validation.InvalidInputException;
import org.oscc.chamberlain.validation.Problem;

/**
 * One import of RSVP reply files: reads each file, finds its session (the one given, or by UID), matches each
 * answer to an invitee by e-mail (ignoring case) and records it through {@link PitchNightService#rsvp}, which keeps
 * the waitlist. Everything not applied is reported in words, prefixed with the file name.
 */
final class ReplyImport {
    private final PitchNightService pitches;
    private final InviteIssueRepository issues;
    private final ReplyReader reader = new ReplyReader();
    /** Sessions read so far, with their invitees kept current as answers are recorded. */
    private final Map<Integer, Target> targets = new HashMap<>();
    private final List<RsvpImportResult.Applied> applied = new ArrayList<>();
    private final List<String> notApplied = new ArrayList<>();

    ReplyImport(PitchNightService pitches, InviteIssueRepository issues) {
        this.pitches = pitches;
        this.issues = issues;
    }

    /** A session as replies are checked against it: its UID, status, the last SEQUENCE issued, its invitees. */
    private record Target(String uid, String title, boolean cancelled, int lastSequence,
            Map<Integer, Invitee> invitees) {
    }

    RsvpImportResult run(Integer nightId, List<Path> files) {
        for (Path file : files) {
            String name = String.valueOf(file.getFileName());
            byte[] content;
            try {
                content = Files.readAllBytes(file);
            } catch (IOException e) {
                notApplied.add(Messages.get("calendar.reply.unreadableFile", name, e.getMessage()));
                continue;
            }
            applyOne(nightId, name, content);
        }
        return new RsvpImportResult(applied, notApplied);
    }

    /** The same as {@link #run} for replies already read. */
    RsvpImportResult runOn(Integer nightId, List<ReplyMessage> replies) {
        replies.forEach(r -> applyOne(nightId, r.name(), r.content()));
        return new RsvpImportResult(applied, notApplied);
    }

    private void applyOne(Integer nightId, String name, byte[] content) {
        Optional<Integer> session = nightId != null ? Optional.of(nightId) : sessionOf(content, name);
        session.ifPresent(id -> apply(id, content, name));
    }

    /** The session the file's reply is for, found by UID; reports the file when there is none. */
    private Optional<Integer> sessionOf(byte[] content, String name) {
        Set<String> uids = reader.replyUids(content);
        if (uids.isEmpty()) {
            // not a reply, or unreadable: the reader says which
            notApplied.addAll(reader.read(content, name, "", List.of()).problems());
            return Optional.empty();
        }
        for (String uid : uids) {
            Optional<Integer> id = issues.nightIdForUid(uid);
            if (id.isPresent()) {
                return id;
            }
        }
        notApplied.add(Messages.get("calendar.reply.unknownSession", name, String.join(", ", uids)));
        return Optional.empty();
    }

    private void apply(int nightId, byte[] content, String name) {
        Target target = targets.computeIfAbsent(nightId, this::load);
        List<String> invited = target.invitees().values().stream().filter(i -> !i.missingEmail())
                .map(Invitee::email).toList();
        ReplyReadout readout = reader.read(content, name, target.uid(), invited);
        notApplied.addAll(readout.problems());
        for (RsvpReply reply : readout.replies()) {
            List<Invitee> matching = target.invitees().values().stream()
                    .filter(i -> !i.missingEmail() && i.email().strip().equalsIgnoreCase(reply.email().strip()))
                    .toList();
            if (matching.size() > 1) {
                notApplied.add(Messages.get("calendar.reply.sharedAddress", name, reply.email(),
                        Integer.toString(matching.size()),
                        String.join(", ", matching.stream().map(Invitee::contactName).toList())));
                continue;
            }
            Invitee invitee = matching.get(0);
            if (target.cancelled()) {
                notApplied.add(Messages.get("calendar.reply.cancelled", name, invitee.contactName(), reply.email(),
                        target.title(), reply.partstat()));
                continue;
            }
            boolean answeredBefore = invitee.rsvp() != org.oscc.chamberlain.pitches.Rsvp.INVITED;
            if (reply.sequence() < target.lastSequence()) {
                // RFC 5546: a reply to an older version of the invite is out of date
                if (answeredBefore) {
                    notApplied.add(Messages.get("calendar.reply.outdated", name, invitee.contactName(), reply.email(),
                            reply.partstat(), Integer.toString(reply.sequence()),
                            Integer.toString(target.lastSequence())));
                    continue;
                }
                notApplied.add(Messages.get("calendar.reply.outdatedApplied", name, invitee.contactName(),
                        reply.email(), reply.partstat(), Integer.toString(reply.sequence()),
                        Integer.toString(target.lastSequence())));
            }
            org.oscc.chamberlain.pitches.Rsvp answer = org.oscc.chamberlain.pitches.Rsvp.valueOf(
                    reply.rsvp().orElseThrow().name());
            try {
                RsvpOutcome outcome = pitches.rsvp(nightId, invitee.contactId(), answer);
                target.invitees().put(outcome.invitee().contactId(), outcome.invitee());
                outcome.promoted().forEach(p -> target.invitees().put(p.contactId(), p));
                applied.add(new RsvpImportResult.Applied(name, nightId, invitee.contactId(), invitee.contactName(),
                        reply.email(), invitee.rsvp(), outcome.recorded(),
                        outcome.promoted().stream().map(Invitee::contactName).toList()));
            } catch (InvalidInputException e) {
                e.problems().stream().map(Problem::describe)
                        .forEach(p -> notApplied.add(name + ": " + reply.email() + ": " + p));
            }
        }
    }

    private Target load(int nightId) {
        PitchNight night = pitches.find(nightId).orElseThrow();
        Map<Integer, Invitee> byContact = new java.util.LinkedHashMap<>();
        pitches.invitees(nightId).forEach(i -> byContact.put(i.contactId(), i));
        int lastSequence = SequenceRules.lastIssued(issues.history(nightId)).map(IssuedInvite::sequence).orElse(0);
        return new Target(night.icalUid(), night.title(),
                night.status() == org.oscc.chamberlain.pitches.SessionStatus.CANCELLED, lastSequence, byContact);
    }

}
