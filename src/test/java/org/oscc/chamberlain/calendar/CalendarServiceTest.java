package org.oscc.chamberlain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.pitches.AgendaSlot;
import org.oscc.chamberlain.pitches.SessionStatus;
import org.oscc.chamberlain.validation.InvalidInputException;

/** Issuing, updating and cancelling a stored session's invite on a real store; each file read back with iCal4j. */
class CalendarServiceTest {
    @TempDir
    Path dir;
    CalendarFixture f;

    @BeforeEach
    void open() throws Exception {
        f = CalendarFixture.open(dir.resolve("store"));
    }

    @AfterEach
    void close() {
        f.close();
    }

    private ParsedCalendar read(Path file) throws Exception {
        return ParsedCalendar.parse(Files.readString(file, StandardCharsets.UTF_8)).assertValid();
    }

    @Test
    void theFirstInviteIsAValidRequestAtSequenceZeroAndIsRecorded() throws Exception {
        InvitePreview preview = f.calendar.preview(f.nightId);
        assertThat(preview.summary()).isEqualTo("Invite (REQUEST), SEQUENCE 0");
        assertThat(preview.issuedBefore()).isFalse();
        assertThat(preview.warnings()).extracting(InviteWarning::kind)
                .containsExactly(InviteWarning.Kind.INVITEE_WITHOUT_EMAIL, InviteWarning.Kind.INVITEE_WITHOUT_CONSENT);
        assertThat(preview.warnings().get(1).message()).isEqualTo("1 invitee is left out of the invite because they "
                + "did not agree to be e-mailed: Quiet Person <quiet@example.org>.");

        IssuedFile issued = f.calendar.issue(f.nightId, dir.resolve("invite.ics"));

        ParsedCalendar cal = read(issued.file());
        assertThat(cal.calendarValue(Property.METHOD)).isEqualTo("REQUEST");
        VEvent e = cal.onlyEvent();
        assertThat(ParsedCalendar.value(e, Property.UID)).isEqualTo(f.uid());
        assertThat(ParsedCalendar.value(e, Property.SEQUENCE)).isEqualTo("0");
        assertThat(ParsedCalendar.value(e, Property.DTSTART)).isEqualTo("20261203T180000");
        assertThat(ParsedCalendar.param(e.getProperty(Property.DTSTART).orElseThrow(), "TZID"))
                .isEqualTo("America/Toronto");
        assertThat(ParsedCalendar.value(e, Property.ORGANIZER)).isEqualTo("mailto:ana@oscc.example");
        List<Property> attendees = e.getProperties(Property.ATTENDEE);
        assertThat(attendees).extracting(Property::getValue).containsExactlyInAnyOrder(
                "mailto:Zoe.Tremblay@example.org", "mailto:bob@example.org"); // Quiet Person gave no e-mail consent
        assertThat(ParsedCalendar.value(e, Property.DESCRIPTION)).contains("18:00-18:20  Kestrel - Zoë Tremblay: "
                + "Why Kestrel", "18:20-18:35  Break: Pizza", "18:35-18:45  Pitch - Bob Smith: Lightning talk");
        assertThat(f.calendar.history(f.nightId)).singleElement().satisfies(i -> {
            assertThat(i.method()).isEqualTo(IssuedInvite.Method.REQUEST);
            assertThat(i.sequence()).isZero();
            assertThat(i.snapshot().start()).isEqualTo(CalendarFixture.START);
        });
        assertThat(f.night().icalSequence()).isZero();
    }

    @Test
    void anUpdateRaisesTheSequenceKeepsTheUidAndACancellationRaisesItAgain() throws Exception {
        f.calendar.issue(f.nightId, dir.resolve("invite.ics"));

        f.change(n -> n.withStart(CalendarFixture.START.plusMinutes(30), n.timeZone()));
        InvitePreview preview = f.calendar.preview(f.nightId);
        assertThat(preview.changes()).containsExactly("Start: Thu 2026-12-03 18:00 -> 18:30",
                "Agenda: every slot moves with the start");
        assertThat(preview.sequence()).isEqualTo(1);
        assertThat(preview.raisesSequence()).isTrue();

        IssuedFile update = f.calendar.issue(f.nightId, dir.resolve("update.ics"));
        VEvent updated = read(update.file()).onlyEvent();
        assertThat(ParsedCalendar.value(updated, Property.UID)).isEqualTo(f.uid());
        assertThat(ParsedCalendar.value(updated, Property.SEQUENCE)).isEqualTo("1");
        assertThat(ParsedCalendar.value(updated, Property.DTSTART)).isEqualTo("20261203T183000");
        assertThat(f.night().icalSequence()).isEqualTo(1);

        f.change(n -> n.withStatus(SessionStatus.CANCELLED));
        InvitePreview cancelling = f.calendar.preview(f.nightId);
        assertThat(cancelling.summary()).isEqualTo("Cancellation (CANCEL), SEQUENCE 2");
        assertThat(cancelling.changes()).containsExactly("Status: Scheduled -> Cancelled");

        IssuedFile cancel = f.calendar.issue(f.nightId, dir.resolve("cancel.ics"));
        ParsedCalendar cal = read(cancel.file());
        assertThat(cal.calendarValue(Property.METHOD)).isEqualTo("CANCEL");
        VEvent cancelled = cal.onlyEvent();
        assertThat(ParsedCalendar.value(cancelled, Property.UID)).isEqualTo(f.uid());
        assertThat(ParsedCalendar.value(cancelled, Property.SEQUENCE)).isEqualTo("2");
        assertThat(ParsedCalendar.value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(f.calendar.history(f.nightId)).extracting(InviteIssue::method, InviteIssue::sequence)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(IssuedInvite.Method.REQUEST, 0),
                        org.assertj.core.groups.Tuple.tuple(IssuedInvite.Method.REQUEST, 1),
                        org.assertj.core.groups.Tuple.tuple(IssuedInvite.Method.CANCEL, 2));
        assertThat(f.night().icalSequence()).isEqualTo(2);
    }

    @Test
    void issuingAgainUnchangedOrWithOnlyANewTitleKeepsTheSequence() throws Exception {
        f.calendar.issue(f.nightId, dir.resolve("a.ics"));
        assertThat(f.calendar.preview(f.nightId).changes()).isEmpty();
        f.change(n -> n.withTitle("December pitch night (final)"));

        InvitePreview preview = f.calendar.preview(f.nightId);
        IssuedFile again = f.calendar.issue(f.nightId, dir.resolve("b.ics"));

        assertThat(preview.changes()).containsExactly(
                "Title: December pitch night -> December pitch night (final)");
        assertThat(again.sequence()).isZero();
        assertThat(ParsedCalendar.value(read(again.file()).onlyEvent(), Property.SUMMARY))
                .isEqualTo("December pitch night (final)");
    }

    @Test
    void anAgendaChangeRaisesTheSequence() throws Exception {
        f.calendar.issue(f.nightId, dir.resolve("a.ics"));
        List<AgendaSlot> agenda = f.pitches.agenda(f.nightId);
        f.pitches.saveAgenda(f.nightId, List.of(agenda.get(0).withMinutes(25), agenda.get(1), agenda.get(2)));

        InvitePreview preview = f.calendar.preview(f.nightId);

        assertThat(preview.sequence()).isEqualTo(1);
        assertThat(preview.changes()).isNotEmpty().allMatch(line -> line.startsWith("Agenda ("));
    }

    @Test
    void withoutAnOrganizerEmailIssuingIsRefusedAndNothingIsWritten() throws Exception {
        try (CalendarFixture bare = CalendarFixture.withoutOrganizerEmail(dir.resolve("bare"))) {
            Path out = dir.resolve("never.ics");
            assertThat(bare.calendar.preview(bare.nightId).canIssue()).isFalse();

            InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                    () -> bare.calendar.issue(bare.nightId, out));

            assertThat(refused.problems()).singleElement().satisfies(p -> assertThat(p.field())
                    .isEqualTo("Organizer e-mail"));
            assertThat(out).doesNotExist();
            assertThat(bare.calendar.history(bare.nightId)).isEmpty();
            assertThat(bare.night().icalSequence()).isZero();
        }
    }

    @Test
    void aSessionCancelledBeforeAnyIssueHasNothingToCancel() throws Exception {
        f.change(n -> n.withStatus(SessionStatus.CANCELLED));
        Path out = dir.resolve("cancel.ics");

        InvitePreview preview = f.calendar.preview(f.nightId);
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> f.calendar.issue(f.nightId, out));

        assertThat(preview.nothingToCancel()).isTrue();
        assertThat(preview.blockers()).singleElement().asString().contains("nothing to cancel");
        assertThat(refused.problems()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("Pitch night"));
        assertThat(out).doesNotExist();
    }

    @Test
    void aCancellationIssuedAgainKeepsItsSequenceAndReschedulingRaisesIt() throws Exception {
        f.calendar.issue(f.nightId, dir.resolve("invite.ics"));
        f.change(n -> n.withStatus(SessionStatus.CANCELLED));
        assertThat(f.calendar.issue(f.nightId, dir.resolve("cancel.ics")).sequence()).isEqualTo(1);
        assertThat(f.calendar.issue(f.nightId, dir.resolve("cancel-again.ics")).sequence()).isEqualTo(1);

        f.change(n -> n.withStatus(SessionStatus.SCHEDULED));
        IssuedFile back = f.calendar.issue(f.nightId, dir.resolve("back.ics"));

        assertThat(back.method()).isEqualTo(IssuedInvite.Method.REQUEST);
        assertThat(back.sequence()).isEqualTo(2);
    }

    @Test
    void aStoredSequenceAheadOfTheRecordedHistoryIsRaisedPast() throws Exception {
        f.change(n -> n.withCalendarIdentity(n.icalUid(), 3));

        IssuedFile issued = f.calendar.issue(f.nightId, dir.resolve("invite.ics"));

        assertThat(issued.sequence()).isEqualTo(4);
        assertThat(f.night().icalSequence()).isEqualTo(4);
    }

    @Test
    void aDraftCanBeIssuedWithAWarningThatItIsTentative() throws Exception {
        f.change(n -> n.withStatus(SessionStatus.DRAFT));

        InvitePreview preview = f.calendar.preview(f.nightId);
        IssuedFile issued = f.calendar.issue(f.nightId, dir.resolve("draft.ics"));

        assertThat(preview.warnings()).extracting(InviteWarning::kind).contains(InviteWarning.Kind.SESSION_IS_DRAFT);
        assertThat(ParsedCalendar.value(read(issued.file()).onlyEvent(), Property.STATUS)).isEqualTo("TENTATIVE");
    }

    @Test
    void aSessionThatDoesNotExistIsRefused() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> f.calendar.preview(999));

        assertThat(refused.getMessage()).isEqualTo("Pitch night: there is no pitch night number 999 (was it deleted?).");
    }

    @Test
    void recordingAnIssueForAMissingSessionWritesNothing() {
        IssuedInvite issued = new IssuedInvite(0, IssuedInvite.Method.REQUEST, new InviteSnapshot(
                CalendarFixture.START, Invites.TORONTO, 60, "", "", "",
                org.oscc.chamberlain.pitches.SessionStatus.SCHEDULED, "x", List.of()));

        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> f.issues.record(999, issued,
                CalendarFixture.START));

        assertThat(thrown).isInstanceOf(IllegalStateException.class);
        assertThat(f.store.dsl().fetchCount(org.oscc.chamberlain.store.jooq.Tables.INVITE_ISSUE)).isZero();
    }

    @Test
    void theRecordedSequenceNeverGoesDown() throws Exception {
        f.calendar.issue(f.nightId, dir.resolve("a.ics"));
        f.change(n -> n.withCalendarIdentity(n.icalUid(), 5));

        f.issues.record(f.nightId, new IssuedInvite(2, IssuedInvite.Method.REQUEST,
                f.issues.history(f.nightId).get(0).snapshot()), CalendarFixture.START);

        assertThat(f.night().icalSequence()).isEqualTo(5);
        assertThat(f.issues.nightIdForUid(f.uid())).contains(f.nightId);
        assertThat(f.issues.nightIdForUid("nobody@x")).isEmpty();
    }
}
