package org.oscc.chamberlain.calendar;

import org.oscc.chamberlain.pitches.SessionStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.oscc.chamberlain.pitches.Invitee;
import org.oscc.chamberlain.pitches.PitchNight;
import org.oscc.chamberlain.pitches.PitchNightService;
import org.oscc.chamberlain.pitches.SessionRow;
import org.oscc.chamberlain.settings.ChamberSettings;
import org.oscc.chamberlain.settings.SettingsService;
import org.oscc.chamberlain.text.Messages;
import org.oscc.chamberlain.validation.InvalidInputException;
import org.oscc.chamberlain.validation.Problems;

/**
 * Calendar invites of the stored pitch nights: the preview before issuing, issuing an invite or a cancellation
 * (.ics or .eml drafts), the season feed, RSVP replies and mailto: links.
 *
 * <p>Decisions:
 * <ul>
 * <li>An issue writes its file(s) first, then records the invite_issue row and raises pitch_night.ical_sequence
 * in one transaction; when recording fails the files are deleted, so a file on disk is always a recorded issue.</li>
 * <li>Writing invite e-mails is an issue too: the drafts carry the invite they record, so the SEQUENCE in the
 * mails is the one the next issue compares with, and an .ics exported before or after with no change in between
 * carries the same SEQUENCE. Drafts go only to invitees who agreed to e-mail.</li>
 * <li>The season feed is not an issue: it carries the SEQUENCE the next invite would, and records nothing, so
 * that "what changed since the last invite" stays about what invitees received.</li>
 * <li>RSVP replies are applied one by one, each in its own transaction through {@link PitchNightService#rsvp}:
 * each is one person's answer, so a bad file or a refused answer never holds back the others, and importing the
 * same replies again changes nothing.</li>
 * </ul>
 */
public class CalendarService {
    /** Warnings that still matter when the invite is a cancellation. */
    private static final Set<InviteWarning.Kind> CANCEL_WARNINGS = EnumSet.of(InviteWarning.Kind.NO_ORGANIZER_EMAIL,
            InviteWarning.Kind.ORGANIZER_EMAIL_INVALID, InviteWarning.Kind.INVITEE_WITHOUT_EMAIL,
            InviteWarning.Kind.INVITEE_EMAIL_INVALID, InviteWarning.Kind.DUPLICATE_EMAIL,
            InviteWarning.Kind.NOBODY_TO_INVITE, InviteWarning.Kind.INVITEE_WITHOUT_CONSENT);

    private final PitchNightService pitches;
    private final InviteIssueRepository issues;
    private final SettingsService settings;
    private final Clock clock;
    private final InviteWriter writer;
    private final InviteChecks checks;
    private final InviteMailWriter mails;

    public CalendarService(PitchNightService pitches, InviteIssueRepository issues, SettingsService settings,
            Clock clock) {
        this.pitches = pitches;
        this.issues = issues;
        this.settings = settings;
        this.clock = clock;
        this.writer = new InviteWriter(clock);
        this.checks = new InviteChecks(clock);
        this.mails = new InviteMailWriter(clock);
    }

    /** What issuing the session's invite now would do; writes nothing. */
    public InvitePreview preview(int nightId) throws InvalidInputException {
        return prepare(nightId, null).preview();
    }

    /**
     * Issues the session's invite (METHOD:REQUEST) or, for a cancelled session whose invite was issued, its
     * cancellation (METHOD:CANCEL) to {@code out}, and records it.
     *
     * @throws InvalidInputException when a blocking check fails (no organizer e-mail) or there is nothing to
     *         cancel; nothing is written
     */
    public IssuedFile issue(int nightId, Path out) throws InvalidInputException, IOException {
        return issue(nightId, out, null);
    }

    /** As {@link #issue(int, Path)}, with its words in {@code language} (null: the chamber's document language). */
    public IssuedFile issue(int nightId, Path out, Locale language) throws InvalidInputException, IOException {
        Prepared p = prepareToIssue(nightId, language);
        InviteWriter.write(render(p), out);
        record(p, List.of(out));
        return new IssuedFile(out, p.preview());
    }

    /**
     * Issues the invite (or cancellation) as .eml drafts in {@code folder}: one per invitee who may be e-mailed,
     * or one to the organizer with them all in Bcc. Records the issue as {@link #issue} does.
     */
    public IssuedMails writeInviteEmails(int nightId, InviteMailWriter.Mode mode, Path folder)
            throws InvalidInputException, IOException {
        return writeInviteEmails(nightId, mode, folder, null);
    }

    /** As {@link #writeInviteEmails(int, InviteMailWriter.Mode, Path)}, in {@code language} (null: the chamber's). */
    public IssuedMails writeInviteEmails(int nightId, InviteMailWriter.Mode mode, Path folder, Locale language)
            throws InvalidInputException, IOException {
        Prepared p = prepareToIssue(nightId, language);
        List<Attendee> mailable = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<InviteMailing.Skipped> left = new ArrayList<>();
        for (Invitee i : sortOut(p.invitees(), left)) {
            mailable.add(InviteEventAssembler.attendee(i));
        }
        left.forEach(l -> skipped.add(l.describe()));
        if (mailable.isEmpty()) {
            throw new InvalidInputException(Messages.get("calendar.invitees"), Messages.get("calendar.nobodyToWrite",
                    p.preview().title()));
        }
        String ics = render(p);
        List<Path> drafts = mails.writeDrafts(InviteEventAssembler.withAttendees(p.event(), mailable), ics, mode,
                folder);
        record(p, drafts);
        return new IssuedMails(drafts, p.preview(), skipped);
    }

    /**
     * The session's invite (or cancellation) made ready for Chamberlain to e-mail: the same calendar text and the
     * same invitees the .eml drafts get. Records nothing.
     *
     * @throws InvalidInputException as {@link #issue} does, or when nobody may be e-mailed
     */
    public InviteMailing prepareMailing(int nightId) throws InvalidInputException {
        return prepareMailing(nightId, null);
    }

    /** As {@link #prepareMailing(int)}, the e-mails in {@code language} (null: the chamber's document language). */
    public InviteMailing prepareMailing(int nightId, Locale language) throws InvalidInputException {
        Prepared p = prepareToIssue(nightId, language);
        List<InviteMailing.Skipped> skipped = new ArrayList<>();
        List<Invitee> mailable = sortOut(p.invitees(), skipped);
        if (mailable.isEmpty()) {
            throw new InvalidInputException(Messages.get("calendar.invitees"), Messages.get("calendar.nobodyToSend",
                    p.preview().title()));
        }
        List<Attendee> attendees = mailable.stream().map(InviteEventAssembler::attendee).toList();
        return new InviteMailing(p.preview(), InviteEventAssembler.withAttendees(p.event(), attendees), render(p),
                mailable, skipped);
    }

    /** The e-mail one invitee gets for {@code mailing}: the message an .eml draft for them holds. */
    public byte[] mailFor(InviteMailing mailing, Invitee invitee) throws IOException {
        return mails.draft(mailing.event(), mailing.ics(), List.of(InviteEventAssembler.attendee(invitee)), false);
    }

    /**
     * Records {@code mailing} as an issue before its first message goes out, as the drafts are recorded; when the
     * last recorded issue is this same version (SEQUENCE, method and content), that one is returned instead, so
     * that sending again in parts adds no issue.
     */
    public InviteIssue recordMailing(InviteMailing mailing) {
        InvitePreview preview = mailing.preview();
        InviteEvent said = preview.isCancellation() ? mailing.event().withStatus(SessionStatus.CANCELLED)
                : mailing.event();
        InviteSnapshot snapshot = InviteSnapshot.of(said);
        List<InviteIssue> recorded = issues.issues(preview.nightId());
        if (!recorded.isEmpty()) {
            InviteIssue last = recorded.get(recorded.size() - 1);
            if (last.sequence() == preview.sequence() && last.method() == preview.method()
                    && last.snapshot().equals(snapshot)) {
                return last;
            }
        }
        return issues.record(preview.nightId(), new IssuedInvite(preview.sequence(), preview.method(), snapshot),
                LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
    }

    /**
     * Applies RSVP replies that came as e-mails (each a name for the summary and its bytes), exactly as dropped
     * reply files are applied.
     */
    public RsvpImportResult importReplyMessages(List<ReplyMessage> messages) {
        return new ReplyImport(pitches, issues).runOn(null, messages);
    }

    /**
     * Writes the season feed (METHOD:PUBLISH) of every scheduled or held session to {@code out}, each with the
     * SEQUENCE its next invite would carry; records nothing.
     *
     * @return how many sessions the feed lists
     * @throws InvalidInputException when no session is scheduled or held, or the organizer e-mail is missing
     */
    public int seasonFeed(Path out) throws InvalidInputException, IOException {
        return seasonFeed(out, null);
    }

    /** As {@link #seasonFeed(Path)}, in {@code language} (null: the chamber's document language). */
    public int seasonFeed(Path out, Locale language) throws InvalidInputException, IOException {
        ChamberSettings s = settings(language);
        List<InviteEvent> events = new ArrayList<>();
        for (SessionRow row : pitches.list()) {
            if (row.status() != org.oscc.chamberlain.pitches.SessionStatus.SCHEDULED
                    && row.status() != org.oscc.chamberlain.pitches.SessionStatus.HELD) {
                continue;
            }
            PitchNight night = pitches.find(row.id()).orElseThrow();
            // no invitees: a PUBLISH names no ATTENDEE, and a shared feed must not carry their addresses
            InviteEvent e = InviteEventAssembler.assemble(night, pitches.agendaPlan(night, pitches.agenda(row.id())),
                    List.of(), s);
            IssuePlan plan = IssuePlan.decide(issues.history(row.id()), night.icalSequence(), InviteSnapshot.of(e));
            events.add(e.withSequence(plan.sequence()));
        }
        String ics = writer.feed(events);
        InviteWriter.write(ics, out);
        return events.size();
    }

    /**
     * Applies the RSVP replies (METHOD:REPLY, as .ics or .eml) in {@code files}, in the order given. With a
     * {@code nightId} only replies for that session apply; with null each reply finds its session by UID. Replies
     * for another session, from an address not invited, or that cannot be read are reported, not applied.
     *
     * @throws InvalidInputException when {@code nightId} names no session
     */
    public RsvpImportResult importReplies(Integer nightId, List<Path> files) throws InvalidInputException {
        if (nightId != null) {
            requireNight(nightId);
        }
        return new ReplyImport(pitches, issues).run(nightId, files);
    }

    /** A mailto: link opening a message to one invitee with the session's details (no .ics: links cannot attach). */
    public String mailtoFor(int nightId, int contactId) throws InvalidInputException {
        PitchNight night = requireNight(nightId);
        List<Invitee> invitees = pitches.invitees(nightId);
        Invitee invitee = invitees.stream().filter(i -> i.contactId() == contactId).findFirst()
                .orElseThrow(() -> new InvalidInputException(Messages.get("calendar.contact"),
                        Messages.get("calendar.notInvited", night.title())));
        if (invitee.missingEmail()) {
            throw new InvalidInputException(Messages.get("calendar.email"), Messages.get("calendar.noEmail",
                    invitee.contactName()));
        }
        InviteEvent event = InviteEventAssembler.assemble(night, pitches.agendaPlan(night, pitches.agenda(nightId)),
                invitees, settings.current());
        return MailtoLink.forInvitee(event, InviteEventAssembler.attendee(invitee));
    }

    /** Who is invited to the session, for choosing one to write to. */
    public List<Invitee> invitees(int nightId) {
        return pitches.invitees(nightId);
    }

    /** The invites issued for the session, oldest first. */
    public List<InviteIssue> history(int nightId) {
        return issues.issues(nightId);
    }

    // ---- plumbing

    /** A session ready to issue: its invitees, the event with the SEQUENCE it will carry, and the preview. */
    private record Prepared(int nightId, List<Invitee> invitees, InviteEvent event, InvitePreview preview) {
    }

    /** The chamber's settings, their document language replaced by {@code language} when one is given. */
    private ChamberSettings settings(Locale language) {
        ChamberSettings s = settings.current();
        return language == null ? s : s.withDocumentLanguage(language);
    }

    private Prepared prepare(int nightId, Locale language) throws InvalidInputException {
        PitchNight night = requireNight(nightId);
        List<Invitee> invitees = pitches.invitees(nightId);
        // a calendar program that sends the invite from the .ics e-mails every ATTENDEE: only those who agreed
        List<Invitee> named = invitees.stream().filter(i -> !i.withoutConsent()).toList();
        InviteEvent event = InviteEventAssembler.assemble(night, pitches.agendaPlan(night, pitches.agenda(nightId)),
                named, settings(language));
        IssuePlan plan = IssuePlan.decide(issues.history(nightId), night.icalSequence(), InviteSnapshot.of(event));
        List<InviteWarning> warnings = new ArrayList<>(checks.check(event));
        List<String> leftOut = invitees.stream().filter(Invitee::withoutConsent)
                .map(i -> i.contactName() + " <" + i.email().strip() + ">").toList();
        if (!leftOut.isEmpty()) {
            warnings.add(new InviteWarning(InviteWarning.Kind.INVITEE_WITHOUT_CONSENT,
                    Messages.get("calendar.warn.noConsent", leftOut.size(), InviteChecks.names(leftOut))));
        }
        if (!invitees.isEmpty() && event.attendees().stream().noneMatch(a -> a.hasEmail()
                && org.oscc.chamberlain.settings.SettingsService.EMAIL.matcher(a.email()).matches())) {
            warnings.add(new InviteWarning(InviteWarning.Kind.NOBODY_TO_INVITE,
                    Messages.get("calendar.warn.nobodyReachable", event.title())));
        } else if (invitees.isEmpty()) {
            warnings.removeIf(w -> w.kind() == InviteWarning.Kind.NO_INVITEES);
            warnings.add(new InviteWarning(InviteWarning.Kind.NOBODY_TO_INVITE,
                    Messages.get("calendar.warn.nobodyInvited", event.title())));
        }
        if (plan.method() == IssuedInvite.Method.CANCEL) {
            warnings.removeIf(w -> !CANCEL_WARNINGS.contains(w.kind()));
        } else if (event.status() == SessionStatus.DRAFT) {
            warnings.add(new InviteWarning(InviteWarning.Kind.SESSION_IS_DRAFT,
                    Messages.get("calendar.warn.draft", event.title())));
        }
        InvitePreview preview = new InvitePreview(nightId, event.title(), event.uid(), plan.method(),
                plan.sequence(), plan.lastIssuedSequence(), plan.changes(), warnings, plan.nothingToCancel());
        return new Prepared(nightId, invitees, event.withSequence(plan.sequence()), preview);
    }

    private Prepared prepareToIssue(int nightId, Locale language) throws InvalidInputException {
        Prepared p = prepare(nightId, language);
        if (!p.preview().canIssue()) {
            Problems problems = new Problems();
            if (p.preview().nothingToCancel()) {
                problems.add(Messages.get("calendar.pitchNight"), p.preview().blockers().get(0));
            }
            p.preview().warnings().stream().filter(InviteWarning::blocksIssue)
                    .forEach(w -> problems.add(Messages.get(w.kind() == InviteWarning.Kind.NOBODY_TO_INVITE
                            ? "calendar.invitees" : "calendar.organizerEmail"), w.message()));
            problems.throwIfAny();
        }
        return p;
    }

    private String render(Prepared p) throws InvalidInputException {
        return p.preview().isCancellation() ? writer.cancel(p.event()) : writer.request(p.event());
    }

    /** Records the issue; when that fails, the files just written are removed so that none is unrecorded. */
    private void record(Prepared p, List<Path> written) throws IOException {
        InviteEvent said = p.preview().isCancellation() ? p.event().withStatus(SessionStatus.CANCELLED) : p.event();
        IssuedInvite issued = new IssuedInvite(p.preview().sequence(), p.preview().method(),
                InviteSnapshot.of(said));
        try {
            issues.record(p.nightId(), issued, LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        } catch (RuntimeException e) {
            for (Path f : written) {
                Files.deleteIfExists(f);
            }
            throw e;
        }
    }

    /** The invitees who may be e-mailed; the others go to {@code skipped} with the reason. */
    private static List<Invitee> sortOut(List<Invitee> invitees, List<InviteMailing.Skipped> skipped) {
        List<Invitee> mailable = new ArrayList<>();
        for (Invitee i : invitees) {
            if (i.missingEmail()) {
                skipped.add(new InviteMailing.Skipped(i, Messages.get("calendar.skipped.noEmail")));
            } else if (i.withoutConsent()) {
                skipped.add(new InviteMailing.Skipped(i, Messages.get("calendar.skipped.noConsent")));
            } else {
                mailable.add(i);
            }
        }
        return mailable;
    }

    private PitchNight requireNight(int nightId) throws InvalidInputException {
        return pitches.find(nightId).orElseThrow(() -> new InvalidInputException(Messages.get("calendar.pitchNight"),
                Messages.get("calendar.noNight", Integer.toString(nightId))));
    }
}
