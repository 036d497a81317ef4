package org.oscc.chamberlain.calendar;

import org.oscc.chamberlain.pitches.SessionStatus;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IssuePlanTest {
    private static final InviteSnapshot SAID = new InviteSnapshot(LocalDateTime.of(2026, 12, 3, 18, 0),
            Invites.TORONTO, 150, "Hall", "1 Main St", "", SessionStatus.SCHEDULED, "December", List.of());
    private static final InviteSnapshot MOVED = new InviteSnapshot(LocalDateTime.of(2026, 12, 3, 18, 30),
            Invites.TORONTO, 150, "Hall", "1 Main St", "", SessionStatus.SCHEDULED, "December", List.of());
    private static final InviteSnapshot RETITLED = new InviteSnapshot(SAID.start(), Invites.TORONTO, 150, "Hall",
            "1 Main St", "", SessionStatus.SCHEDULED, "December (new title)", List.of());
    private static final InviteSnapshot CANCELLED = new InviteSnapshot(SAID.start(), Invites.TORONTO, 150, "Hall",
            "1 Main St", "", SessionStatus.CANCELLED, "December", List.of());

    private static IssuedInvite request(int sequence, InviteSnapshot said) {
        return new IssuedInvite(sequence, IssuedInvite.Method.REQUEST, said);
    }

    private static IssuedInvite cancel(int sequence) {
        return new IssuedInvite(sequence, IssuedInvite.Method.CANCEL, CANCELLED);
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of("never issued", List.of(), 0, SAID, "REQUEST", 0, false),
                Arguments.of("cancelled before any issue", List.of(), 0, CANCELLED, "CANCEL", 0, true),
                Arguments.of("issued elsewhere, no history", List.of(), 2, SAID, "REQUEST", 3, false),
                Arguments.of("issued elsewhere, then cancelled", List.of(), 2, CANCELLED, "CANCEL", 3, false),
                Arguments.of("issued again unchanged", List.of(request(0, SAID)), 0, SAID, "REQUEST", 0, false),
                Arguments.of("start moved", List.of(request(0, SAID)), 0, MOVED, "REQUEST", 1, false),
                Arguments.of("new title only", List.of(request(0, SAID)), 0, RETITLED, "REQUEST", 0, false),
                Arguments.of("cancelled after an issue", List.of(request(0, SAID)), 0, CANCELLED, "CANCEL", 1, false),
                Arguments.of("cancellation issued again", List.of(request(0, SAID), cancel(1)), 1, CANCELLED,
                        "CANCEL", 1, false),
                Arguments.of("rescheduled after a cancellation", List.of(request(0, SAID), cancel(1)), 1, SAID,
                        "REQUEST", 2, false),
                Arguments.of("stored sequence ahead of the history", List.of(request(1, SAID)), 3, SAID, "REQUEST",
                        4, false));
    }

    @ParameterizedTest(name = "{0}: {4} SEQUENCE {5}")
    @MethodSource("rules")
    void decidesMethodAndSequence(String situation, List<IssuedInvite> history, int stored, InviteSnapshot current,
            String method, int sequence, boolean nothingToCancel) {
        IssuePlan plan = IssuePlan.decide(history, stored, current);

        assertThat(plan.method().name()).isEqualTo(method);
        assertThat(plan.sequence()).isEqualTo(sequence);
        assertThat(plan.nothingToCancel()).isEqualTo(nothingToCancel);
    }

    @Test
    void listsWhatChangedSinceTheLastIssue() {
        IssuePlan plan = IssuePlan.decide(List.of(request(0, SAID)), 0, MOVED);

        assertThat(plan.changes()).containsExactly("Start: Thu 2026-12-03 18:00 -> 18:30");
        assertThat(plan.lastIssuedSequence()).hasValue(0);
    }

    @Test
    void anAgendaThatOnlyMovedWithTheStartIsOneLineAndOtherAgendaChangesStillShow() {
        List<AgendaLine> agenda = List.of(AgendaLine.pitch(java.time.LocalTime.of(18, 0), "Kestrel", "Zoë", "", 20),
                AgendaLine.pause(java.time.LocalTime.of(18, 20), "", 10));
        List<AgendaLine> moved = List.of(AgendaLine.pitch(java.time.LocalTime.of(18, 30), "Kestrel", "Zoë", "", 20),
                AgendaLine.pause(java.time.LocalTime.of(18, 50), "", 10));
        List<AgendaLine> movedAndLonger = List.of(AgendaLine.pitch(java.time.LocalTime.of(18, 30), "Kestrel", "Zoë",
                "", 25), AgendaLine.pause(java.time.LocalTime.of(18, 55), "", 10));

        assertThat(IssuePlan.describe(withAgenda(SAID, agenda), withAgenda(MOVED, moved))).containsExactly(
                "Start: Thu 2026-12-03 18:00 -> 18:30", "Agenda: every slot moves with the start");
        assertThat(IssuePlan.describe(withAgenda(SAID, agenda), withAgenda(MOVED, movedAndLonger))).containsExactly(
                "Start: Thu 2026-12-03 18:00 -> 18:30", "Agenda (Kestrel - Zoë): 18:00-18:20 -> 18:30-18:55",
                "Agenda (Break): 18:20-18:30 -> 18:55-19:05");
    }

    private static InviteSnapshot withAgenda(InviteSnapshot s, List<AgendaLine> agenda) {
        return new InviteSnapshot(s.start(), s.zone(), s.durationMinutes(), s.venueName(), s.venueAddress(),
                s.onlineUrl(), s.status(), s.title(), agenda);
    }

    @Test
    void aFirstIssueHasNoChangesAndNoLastSequence() {
        IssuePlan plan = IssuePlan.decide(List.of(), 0, SAID);

        assertThat(plan.changes()).isEmpty();
        assertThat(plan.issuedBefore()).isFalse();
    }

    @Test
    void aStoredSequenceWithoutHistorySaysWhyItIsRaised() {
        IssuePlan plan = IssuePlan.decide(List.of(), 1, SAID);

        assertThat(plan.lastIssuedSequence()).hasValue(1);
        assertThat(plan.changes()).singleElement().asString().contains("number 1", "number 2")
                .doesNotContain("SEQUENCE");
    }
}
