package org.oscc.chamberlain.calendar;

import org.oscc.chamberlain.pitches.Rsvp;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class InviteChecksTest {
    private final InviteChecks checks = new InviteChecks(Invites.CLOCK);

    @Test
    void theSampleSessionOnlyWarnsAboutTheInviteeWithoutEmail() {
        assertThat(checks.check(Invites.december())).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(InviteWarning.Kind.INVITEE_WITHOUT_EMAIL);
            assertThat(w.message()).isEqualTo("1 invitee without an e-mail address will not get the invite: "
                    + "Nomail Person.");
            assertThat(w.blocksIssue()).isFalse();
        });
    }

    @Test
    void noOrganizerEmailBlocksTheIssue() {
        InviteEvent e = edit(Invites.december(), "", Invites.december().start(), 150, Invites.agenda());

        assertThat(checks.check(e)).filteredOn(InviteWarning::blocksIssue).extracting(InviteWarning::kind)
                .containsExactly(InviteWarning.Kind.NO_ORGANIZER_EMAIL);
    }

    @Test
    void aSessionInThePastIsReported() {
        InviteEvent e = edit(Invites.december(), "ana@oscc.example", LocalDateTime.of(2026, 6, 1, 18, 0), 150,
                Invites.agenda());

        assertThat(checks.check(e)).extracting(InviteWarning::kind).contains(InviteWarning.Kind.IN_THE_PAST);
    }

    @Test
    void anAgendaRunningPastTheEndIsReported() {
        InviteEvent e = edit(Invites.december(), "ana@oscc.example", Invites.december().start(), 50,
                Invites.agenda());

        assertThat(checks.check(e)).filteredOn(w -> w.kind() == InviteWarning.Kind.AGENDA_TOO_LONG)
                .extracting(InviteWarning::message)
                .containsExactly("The agenda runs 5 min past the session's end at 18:50.");
    }

    @Test
    void anAgendaAfterMidnightCountsFromTheSessionStart() {
        InviteEvent late = edit(Invites.december(), "ana@oscc.example", LocalDateTime.of(2026, 12, 3, 23, 0), 120,
                List.of(AgendaLine.pitch(LocalTime.of(23, 30), "A", "B", "", 30),
                        AgendaLine.pitch(LocalTime.of(0, 30), "C", "D", "", 45)));

        assertThat(checks.check(late)).extracting(InviteWarning::message)
                .contains("The agenda runs 15 min past the session's end at 01:00.");
    }

    @Test
    void duplicateAndMalformedAddressesAndAStartTheClocksSkipAreReported() {
        InviteEvent e = Invites.december();
        e = new InviteEvent(e.uid(), 0, e.status(), e.title(), "", LocalDateTime.of(2027, 3, 14, 2, 30), e.zone(),
                60, "", "", "not a link", "Ana", "ana@oscc.example", List.of(), List.of(),
                List.of(Invites.ZOE, new Attendee("Zoe again", "ZOE@example.org", Rsvp.INVITED),
                        new Attendee("Typo", "typo(at)example.org", Rsvp.INVITED)));

        assertThat(checks.check(e)).extracting(InviteWarning::kind).containsExactly(
                InviteWarning.Kind.INVITEE_EMAIL_INVALID, InviteWarning.Kind.DUPLICATE_EMAIL,
                InviteWarning.Kind.START_SKIPPED_BY_CLOCK_CHANGE, InviteWarning.Kind.ONLINE_LINK_INVALID);
    }

    private static InviteEvent edit(InviteEvent e, String organizerEmail, LocalDateTime start, int minutes,
            List<AgendaLine> agenda) {
        return new InviteEvent(e.uid(), e.sequence(), e.status(), e.title(), e.description(), start, e.zone(),
                minutes, e.venueName(), e.venueAddress(), e.onlineUrl(), e.organizerName(), organizerEmail,
                e.reminderMinutes(), agenda, e.attendees());
    }
}
