package org.oscc.chamberlain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import net.fortuna.ical4j.model.Property;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.pitches.PitchNight;
import org.oscc.chamberlain.pitches.SessionStatus;
import org.oscc.chamberlain.validation.InvalidInputException;

/** Invite e-mails, the season feed and mailto: links of stored sessions. */
class InviteMailsAndFeedTest {
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

    private static MimeMessage mail(Path eml) throws Exception {
        LineEnds.assertCrlfOnly(eml);
        try (InputStream in = Files.newInputStream(eml)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }

    /** The text/calendar part of a draft, as text. */
    private static String calendarPart(Part part) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart m = (Multipart) part.getContent();
            for (int i = 0; i < m.getCount(); i++) {
                String found = calendarPart(m.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (part.isMimeType("text/calendar")) {
            try (InputStream in = part.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    @Test
    void inviteEmailsIssueTheInviteAndGoOnlyToInviteesWhoAgreed() throws Exception {
        IssuedMails mails = f.calendar.writeInviteEmails(f.nightId, InviteMailWriter.Mode.ONE_PER_INVITEE,
                dir.resolve("mails"));

        assertThat(mails.drafts()).hasSize(2);
        assertThat(mails.skipped()).containsExactly("Nomail Person: no e-mail address",
                "Quiet Person <quiet@example.org>: did not agree to e-mail");
        List<String> to = new java.util.ArrayList<>();
        for (Path draft : mails.drafts()) {
            MimeMessage m = mail(draft);
            to.add(((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress());
            ParsedCalendar cal = ParsedCalendar.parse(calendarPart(m)).assertValid();
            assertThat(cal.calendarValue(Property.METHOD)).isEqualTo("REQUEST");
            assertThat(ParsedCalendar.value(cal.onlyEvent(), Property.SEQUENCE)).isEqualTo("0");
        }
        assertThat(to).containsExactlyInAnyOrder("Zoe.Tremblay@example.org", "bob@example.org");
        assertThat(f.calendar.history(f.nightId)).singleElement().extracting(InviteIssue::sequence).isEqualTo(0);
    }

    @Test
    void theMailsAndALaterIcsOfAnUnchangedSessionCarryTheSameSequence() throws Exception {
        f.calendar.issue(f.nightId, dir.resolve("first.ics"));
        f.change(n -> n.withDuration(180));

        IssuedMails mails = f.calendar.writeInviteEmails(f.nightId, InviteMailWriter.Mode.ONE_WITH_BCC,
                dir.resolve("mails"));
        IssuedFile ics = f.calendar.issue(f.nightId, dir.resolve("after.ics"));

        assertThat(mails.issued().sequence()).isEqualTo(1);
        assertThat(mails.issued().changes()).containsExactly("Length: 2 h 30 min -> 3 h");
        assertThat(ics.sequence()).isEqualTo(1);
        assertThat(ics.changes()).isEmpty();
        MimeMessage bcc = mail(mails.drafts().get(0));
        assertThat(mails.drafts()).hasSize(1);
        assertThat(bcc.getRecipients(Message.RecipientType.BCC)).hasSize(2);
        assertThat(calendarPart(bcc)).contains("SEQUENCE:1");
    }

    @Test
    void cancellationMailsCarryACancel() throws Exception {
        f.calendar.issue(f.nightId, dir.resolve("first.ics"));
        f.change(n -> n.withStatus(SessionStatus.CANCELLED));

        IssuedMails mails = f.calendar.writeInviteEmails(f.nightId, InviteMailWriter.Mode.ONE_PER_INVITEE,
                dir.resolve("mails"));

        MimeMessage m = mail(mails.drafts().get(0));
        assertThat(m.getSubject()).startsWith("Cancelled: ");
        assertThat(ParsedCalendar.parse(calendarPart(m)).assertValid().calendarValue(Property.METHOD))
                .isEqualTo("CANCEL");
    }

    @Test
    void noDraftIsWrittenNorIssueRecordedWhenNobodyMayBeEmailed() throws Exception {
        try (CalendarFixture other = CalendarFixture.open(dir.resolve("other"))) {
            PitchNight empty = other.pitches.save(other.pitches.newDraft("Nobody", CalendarFixture.START.plusDays(7),
                    60).withPlace("Hall", null, null).withStatus(SessionStatus.SCHEDULED));
            other.pitches.inviteAll(empty.id(), List.of(other.noMail, other.noConsent));

            InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                    () -> other.calendar.writeInviteEmails(empty.id(), InviteMailWriter.Mode.ONE_PER_INVITEE,
                            dir.resolve("none")));

            assertThat(refused.getMessage()).contains("agreed to be written to");
            assertThat(dir.resolve("none")).doesNotExist();
            assertThat(other.calendar.history(empty.id())).isEmpty();
        }
    }

    @Test
    void theSeasonFeedPublishesScheduledAndHeldSessionsWithTheirNextSequenceAndRecordsNothing() throws Exception {
        f.calendar.issue(f.nightId, dir.resolve("invite.ics"));
        f.change(n -> n.withStart(CalendarFixture.START.plusHours(1), n.timeZone()));
        PitchNight draft = f.pitches.save(f.pitches.newDraft("Draft night", CalendarFixture.START.plusDays(30), 60));
        PitchNight later = f.pitches.save(f.pitches.newDraft("January night", CalendarFixture.START.plusDays(42), 60)
                .withPlace("Hall", null, null).withStatus(SessionStatus.SCHEDULED));
        f.pitches.save(f.pitches.newDraft("Called off", CalendarFixture.START.plusDays(14), 60)
                .withStatus(SessionStatus.CANCELLED));

        int listed = f.calendar.seasonFeed(dir.resolve("season.ics"));

        ParsedCalendar feed = ParsedCalendar.parse(Files.readString(dir.resolve("season.ics"))).assertValid();
        assertThat(listed).isEqualTo(2);
        assertThat(feed.calendarValue(Property.METHOD)).isEqualTo("PUBLISH");
        assertThat(feed.events()).extracting(e -> ParsedCalendar.value(e, Property.UID) + " "
                + ParsedCalendar.value(e, Property.SEQUENCE)).containsExactly(f.uid() + " 1", later.icalUid() + " 0");
        assertThat(feed.events()).allSatisfy(e -> assertThat(e.getProperties(Property.ATTENDEE)).isEmpty());
        assertThat(feed.events()).noneMatch(e -> draft.icalUid().equals(ParsedCalendar.value(e, Property.UID)));
        assertThat(f.calendar.history(f.nightId)).hasSize(1);
        assertThat(f.night().icalSequence()).isZero();
    }

    @Test
    void theSeasonFeedIsRefusedWhenNothingIsScheduled() throws Exception {
        f.change(n -> n.withStatus(SessionStatus.DRAFT));

        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> f.calendar.seasonFeed(dir.resolve("season.ics"))).getMessage()).contains("no scheduled session");
        assertThat(dir.resolve("season.ics")).doesNotExist();
    }

    @Test
    void aMailtoLinkAddressesTheInviteeWithTheSessionsDetails() throws Exception {
        String link = f.calendar.mailtoFor(f.nightId, f.bob);

        assertThat(link).startsWith("mailto:bob@example.org?subject=Invitation%3A%20December%20pitch%20night")
                .contains("Hello%20Bob%20Smith");
    }

    @Test
    void aMailtoLinkIsRefusedForSomeoneNotInvitedOrWithoutAnAddress() {
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> f.calendar.mailtoFor(f.nightId, 999))
                .getMessage()).startsWith("Contact: this contact is not invited to \"");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> f.calendar.mailtoFor(f.nightId,
                f.noMail)).getMessage()).contains("Nomail Person has no e-mail address");
    }
}
