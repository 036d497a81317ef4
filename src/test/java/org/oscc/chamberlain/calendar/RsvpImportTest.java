package org.oscc.chamberlain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.pitches.Invitee;
import org.oscc.chamberlain.pitches.PitchNight;
import org.oscc.chamberlain.pitches.Rsvp;
import org.oscc.chamberlain.pitches.SessionStatus;
import org.oscc.chamberlain.validation.InvalidInputException;

/** RSVP replies dropped on a session (or imported by UID) update the invitees' answers on a real store. */
class RsvpImportTest {
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

    private Path reply(String name, String uid, String email, String partstat) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, ReplyReaderTest.reply(uid, email, "Someone", partstat), StandardCharsets.UTF_8);
        return file;
    }

    private Rsvp answerOf(int contactId) {
        return f.pitches.invitees(f.nightId).stream().filter(i -> i.contactId() == contactId).findFirst()
                .map(Invitee::rsvp).orElseThrow();
    }

    @Test
    void aReplyFromAnInviteeUpdatesTheirAnswerWhateverTheCaseOfTheAddress() throws Exception {
        Path file = reply("zoe.ics", f.uid(), "zoe.tremblay@EXAMPLE.org", "ACCEPTED");

        RsvpImportResult result = f.calendar.importReplies(f.nightId, List.of(file));

        assertThat(result.notApplied()).isEmpty();
        assertThat(result.applied()).singleElement().satisfies(a -> {
            assertThat(a.contactId()).isEqualTo(f.zoe);
            assertThat(a.before()).isEqualTo(Rsvp.INVITED);
            assertThat(a.recorded()).isEqualTo(Rsvp.ACCEPTED);
            assertThat(a.describe()).isEqualTo("zoe.ics: Zoë Tremblay <zoe.tremblay@EXAMPLE.org>: Invited → Accepted");
        });
        assertThat(answerOf(f.zoe)).isEqualTo(Rsvp.ACCEPTED);
    }

    @Test
    void withoutASessionEachReplyFindsItsOwnByUid() throws Exception {
        Path file = reply("bob.ics", f.uid(), "bob@example.org", "DECLINED");

        RsvpImportResult result = f.calendar.importReplies(null, List.of(file));

        assertThat(result.applied()).singleElement().extracting(RsvpImportResult.Applied::recorded)
                .isEqualTo(Rsvp.DECLINED);
        assertThat(answerOf(f.bob)).isEqualTo(Rsvp.DECLINED);
    }

    @Test
    void aReplyFromAnUnknownAddressIsReportedAndNotApplied() throws Exception {
        Path file = reply("stranger.ics", f.uid(), "stranger@example.org", "ACCEPTED");

        RsvpImportResult result = f.calendar.importReplies(f.nightId, List.of(file));

        assertThat(result.applied()).isEmpty();
        assertThat(result.notApplied()).singleElement().asString().startsWith("stranger.ics: ")
                .contains("stranger@example.org is not invited", "not applied");
        assertThat(f.pitches.invitees(f.nightId)).allMatch(i -> i.rsvp() == Rsvp.INVITED);
    }

    @Test
    void aReplyForAnotherSessionIsReportedAndNotApplied() throws Exception {
        PitchNight other = f.pitches.save(f.pitches.newDraft("Other", CalendarFixture.START.plusDays(7), 60)
                .withPlace("Hall", null, null).withStatus(SessionStatus.SCHEDULED));
        f.pitches.invite(other.id(), f.zoe);
        Path file = reply("other.ics", other.icalUid(), "zoe.tremblay@example.org", "DECLINED");

        RsvpImportResult onThisSession = f.calendar.importReplies(f.nightId, List.of(file));

        assertThat(onThisSession.applied()).isEmpty();
        assertThat(onThisSession.notApplied()).singleElement().asString().contains("for another session",
                other.icalUid());
        assertThat(answerOf(f.zoe)).isEqualTo(Rsvp.INVITED);
    }

    @Test
    void aReplyForASessionThisChamberDoesNotHoldIsReported() throws Exception {
        Path file = reply("foreign.ics", "someone-else@calendar.example", "zoe.tremblay@example.org", "ACCEPTED");

        RsvpImportResult result = f.calendar.importReplies(null, List.of(file));

        assertThat(result.applied()).isEmpty();
        assertThat(result.notApplied()).containsExactly("foreign.ics: the reply is for a session this chamber does "
                + "not hold (UID someone-else@calendar.example); not applied.");
    }

    @Test
    void goodRepliesApplyWhileBadFilesAreReported() throws Exception {
        Path good = reply("good.ics", f.uid(), "bob@example.org", "TENTATIVE");
        Path invite = dir.resolve("invite.ics");
        f.calendar.issue(f.nightId, invite);
        Path missing = dir.resolve("missing.ics");

        RsvpImportResult result = f.calendar.importReplies(null, List.of(invite, good, missing));

        assertThat(result.applied()).extracting(RsvpImportResult.Applied::file).containsExactly("good.ics");
        assertThat(result.notApplied()).hasSize(2);
        assertThat(result.notApplied().get(0)).isEqualTo("invite.ics: not a reply to an invite (it is an invite).");
        assertThat(result.notApplied().get(1)).startsWith("missing.ics: could not be read");
        assertThat(answerOf(f.bob)).isEqualTo(Rsvp.TENTATIVE);
    }

    @Test
    void acceptancesBeyondTheCapacityGoToTheWaitlistAndADeclineMovesThemUp() throws Exception {
        f.change(n -> n.withCapacity(1));
        Path zoeYes = reply("1-zoe-yes.ics", f.uid(), "zoe.tremblay@example.org", "ACCEPTED");
        Path bobYes = reply("2-bob-yes.ics", f.uid(), "bob@example.org", "ACCEPTED");
        Path zoeNo = reply("3-zoe-no.ics", f.uid(), "zoe.tremblay@example.org", "DECLINED");

        RsvpImportResult result = f.calendar.importReplies(f.nightId, List.of(zoeYes, bobYes, zoeNo));

        assertThat(result.applied()).extracting(RsvpImportResult.Applied::describe).containsExactly(
                "1-zoe-yes.ics: Zoë Tremblay <zoe.tremblay@example.org>: Invited → Accepted",
                "2-bob-yes.ics: Bob Smith <bob@example.org>: Invited → Waitlisted",
                "3-zoe-no.ics: Zoë Tremblay <zoe.tremblay@example.org>: Accepted → Declined; moved up from the "
                        + "waitlist: Bob Smith");
        assertThat(answerOf(f.bob)).isEqualTo(Rsvp.ACCEPTED);
    }

    @Test
    void importingTheSameReplyAgainChangesNothing() throws Exception {
        Path file = reply("zoe.ics", f.uid(), "zoe.tremblay@example.org", "ACCEPTED");
        f.calendar.importReplies(f.nightId, List.of(file));

        RsvpImportResult again = f.calendar.importReplies(f.nightId, List.of(file));

        assertThat(again.applied()).singleElement().satisfies(a -> assertThat(a.changed()).isFalse());
        assertThat(again.changedCount()).isZero();
    }

    @Test
    void anUnknownSessionIsRefused() {
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> f.calendar.importReplies(999, List.of())).getMessage())
                .isEqualTo("Pitch night: there is no pitch night number 999 (was it deleted?).");
    }
}
