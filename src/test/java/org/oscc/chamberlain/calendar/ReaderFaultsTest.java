package org.oscc.chamberlain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.fortuna.ical4j.model.Property;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.pitches.Invitee;
import org.oscc.chamberlain.pitches.PitchNight;
import org.oscc.chamberlain.pitches.Rsvp;
import org.oscc.chamberlain.pitches.SessionStatus;
import org.oscc.chamberlain.validation.InvalidInputException;

/**
 * What calendars and mail programs meet: invites name only invitees who agreed to e-mail, a night nobody could be
 * invited to is refused with its reason, replies to an older invite or a cancelled night are reported, not applied.
 */
class ReaderFaultsTest {
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

    private Path reply(String name, String email, String partstat, int sequence) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, ReplyReaderTest.reply(f.uid(), email, "Someone", partstat)
                .replace("SEQUENCE:0", "SEQUENCE:" + sequence), StandardCharsets.UTF_8);
        return file;
    }

    private Rsvp answerOf(int contactId) {
        return f.pitches.invitees(f.nightId).stream().filter(i -> i.contactId() == contactId).findFirst()
                .map(Invitee::rsvp).orElseThrow();
    }

    @Test
    void anInviteeWithoutConsentIsNeverAnAttendeeOfARequestOrACancelAndThePreviewSaysWhoIsLeftOut()
            throws Exception {
        InvitePreview preview = f.calendar.preview(f.nightId);
        assertThat(preview.warnings()).extracting(InviteWarning::message)
                .contains("1 invitee is left out of the invite because they did not agree to be e-mailed: "
                        + "Quiet Person <quiet@example.org>.");

        Path invite = f.calendar.issue(f.nightId, dir.resolve("invite.ics")).file();
        f.change(n -> n.withStatus(SessionStatus.CANCELLED));
        Path cancel = f.calendar.issue(f.nightId, dir.resolve("cancel.ics")).file();

        for (Path file : List.of(invite, cancel)) {
            ParsedCalendar cal = ParsedCalendar.parse(Files.readString(file)).assertValid();
            List<Property> attendees = cal.onlyEvent().getProperties(Property.ATTENDEE);
            assertThat(attendees).extracting(Property::getValue)
                    .as(file.getFileName().toString())
                    .containsExactlyInAnyOrder("mailto:Zoe.Tremblay@example.org", "mailto:bob@example.org");
        }
        assertThat(ParsedCalendar.parse(Files.readString(cancel)).calendarValue(Property.METHOD)).isEqualTo("CANCEL");
    }

    @Test
    void theInviteInsideTheEmailsNamesOnlyInviteesWhoAgreedToEmail() throws Exception {
        IssuedMails mails = f.calendar.writeInviteEmails(f.nightId, InviteMailWriter.Mode.ONE_WITH_BCC,
                dir.resolve("mails"));
        byte[] eml = Files.readAllBytes(LineEnds.assertCrlfOnly(mails.drafts().get(0)));
        assertThat(new String(eml, StandardCharsets.UTF_8)).doesNotContain("quiet@example.org")
                .contains("Content-Type: text/calendar; charset=UTF-8; name=invite.ics");
    }

    @Test
    void aDraftNightWithNobodyInvitedIsRefusedWithItsReasonAndNothingIsWritten() throws Exception {
        PitchNight empty = f.pitches.save(f.pitches.newDraft("Empty night", CalendarFixture.START.plusDays(30), 120));
        Path out = dir.resolve("empty.ics");

        InvalidInputException refused = catchThrowableOfType(() -> f.calendar.issue(empty.id(), out),
                InvalidInputException.class);

        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("Invitees");
            assertThat(p.message()).isEqualTo("Nobody is invited to \"Empty night\" yet, so there is nobody to send "
                    + "the invite to. Invite someone on the Pitch nights screen first.");
        });
        assertThat(out).doesNotExist();
        assertThat(f.calendar.history(empty.id())).isEmpty();
    }

    @Test
    void aNightWhoseOnlyInviteeGaveNoConsentIsRefusedToo() throws Exception {
        PitchNight night = f.pitches.save(f.pitches.newDraft("Quiet night", CalendarFixture.START.plusDays(30), 120));
        f.pitches.inviteAll(night.id(), List.of(f.noConsent));

        assertThat(f.calendar.preview(night.id()).blockers()).anySatisfy(b -> assertThat(b)
                .startsWith("Nobody invited to \"Quiet night\" has an e-mail address they agreed to be written to"));
        assertThat(catchThrowableOfType(() -> f.calendar.issue(night.id(), dir.resolve("q.ics")),
                InvalidInputException.class)).isNotNull();
        assertThat(dir.resolve("q.ics")).doesNotExist();
    }

    @Test
    void aReplyToAnOlderInviteIsReportedAndLeftUnappliedWhenANewerAnswerStands() throws Exception {
        f.calendar.issue(f.nightId, dir.resolve("v0.ics"));
        f.change(n -> n.withPlace("Annex", "2 Side St, Toronto", null));
        f.calendar.issue(f.nightId, dir.resolve("v1.ics")); // SEQUENCE 1
        f.calendar.importReplies(f.nightId, List.of(reply("zoe-new.ics", "zoe.tremblay@example.org", "DECLINED", 1)));
        assertThat(answerOf(f.zoe)).isEqualTo(Rsvp.DECLINED);

        RsvpImportResult old = f.calendar.importReplies(f.nightId,
                List.of(reply("zoe-old.ics", "zoe.tremblay@example.org", "ACCEPTED", 0)));

        assertThat(old.applied()).isEmpty();
        assertThat(old.notApplied()).containsExactly("zoe-old.ics: Zoë Tremblay <zoe.tremblay@example.org> answered "
                + "ACCEPTED to an older invite (SEQUENCE 0); the invite has changed since (SEQUENCE 1) and their "
                + "answer on record stays. Not applied.");
        assertThat(answerOf(f.zoe)).isEqualTo(Rsvp.DECLINED);
    }

    @Test
    void aReplyToAnOlderInviteIsAppliedAndReportedWhenNoNewerAnswerWasRecorded() throws Exception {
        f.calendar.issue(f.nightId, dir.resolve("v0.ics"));
        f.change(n -> n.withPlace("Annex", "2 Side St, Toronto", null));
        f.calendar.issue(f.nightId, dir.resolve("v1.ics"));

        RsvpImportResult old = f.calendar.importReplies(f.nightId,
                List.of(reply("bob-old.ics", "bob@example.org", "TENTATIVE", 0)));

        assertThat(old.applied()).singleElement().extracting(RsvpImportResult.Applied::recorded)
                .isEqualTo(Rsvp.TENTATIVE);
        assertThat(old.notApplied()).singleElement().asString().contains("older invite (SEQUENCE 0, now 1); applied");
        assertThat(answerOf(f.bob)).isEqualTo(Rsvp.TENTATIVE);
    }

    @Test
    void aReplyForACancelledNightIsRefusedByInvitee() throws Exception {
        f.calendar.issue(f.nightId, dir.resolve("v0.ics"));
        f.change(n -> n.withStatus(SessionStatus.CANCELLED));

        RsvpImportResult result = f.calendar.importReplies(null,
                List.of(reply("bob.ics", "bob@example.org", "ACCEPTED", 0)));

        assertThat(result.applied()).isEmpty();
        assertThat(result.notApplied()).containsExactly("bob.ics: Bob Smith <bob@example.org>: \"December pitch "
                + "night\" is cancelled; their answer (ACCEPTED) is not applied.");
        assertThat(answerOf(f.bob)).isEqualTo(Rsvp.INVITED);
    }

    @Test
    void aGarbageIcsIsDescribedAsNotACalendarFile() throws Exception {
        Path garbage = dir.resolve("garbage.ics");
        Files.write(garbage, new byte[] {0x50, 0x4b, 0x03, 0x04, 0x00, 0x01, (byte) 0xff, 0x7f});

        RsvpImportResult result = f.calendar.importReplies(null, List.of(garbage));

        assertThat(result.applied()).isEmpty();
        assertThat(result.notApplied()).containsExactly("garbage.ics: not a calendar file (it does not begin with "
                + "BEGIN:VCALENDAR); nothing in it was applied.");
    }
}
