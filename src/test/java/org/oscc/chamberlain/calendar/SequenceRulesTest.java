package org.oscc.chamberlain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SequenceRulesTest {
    private static final InviteSnapshot FIRST = InviteSnapshot.of(Invites.december());
    private static final InviteSnapshot MOVED = new InviteSnapshot(LocalDateTime.of(2026, 12, 3, 18, 30),
            FIRST.zone(), 150, FIRST.venueName(), FIRST.venueAddress(), FIRST.onlineUrl(), FIRST.status(),
            FIRST.title(), FIRST.agenda());
    private static final InviteSnapshot RENAMED = new InviteSnapshot(FIRST.start(), FIRST.zone(), 150,
            FIRST.venueName(), FIRST.venueAddress(), FIRST.onlineUrl(), FIRST.status(), "Renamed", FIRST.agenda());

    @Test
    void theFirstInviteHasSequenceZero() {
        assertThat(SequenceRules.nextRequestSequence(List.of(), FIRST)).isZero();
    }

    @Test
    void issuingTheSameInviteAgainKeepsTheSequence() {
        List<IssuedInvite> history = List.of(request(0, FIRST));

        assertThat(SequenceRules.nextRequestSequence(history, FIRST)).isZero();
        assertThat(SequenceRules.nextRequestSequence(history, RENAMED)).as("a new title alone").isZero();
    }

    @Test
    void aChangedTimeRaisesTheSequenceByOneOnlyOnce() {
        List<IssuedInvite> history = List.of(request(0, FIRST), request(1, MOVED));

        assertThat(SequenceRules.nextRequestSequence(List.of(request(0, FIRST)), MOVED)).isEqualTo(1);
        assertThat(SequenceRules.nextRequestSequence(history, MOVED)).as("reissued unchanged").isEqualTo(1);
        assertThat(SequenceRules.nextRequestSequence(history, FIRST)).as("moved back").isEqualTo(2);
    }

    @Test
    void cancellingAnIssuedInviteRaisesTheSequence() {
        assertThat(SequenceRules.cancelSequence(List.of(request(0, FIRST), request(1, MOVED))))
                .isEqualTo(OptionalInt.of(2));
    }

    @Test
    void thereIsNothingToCancelBeforeAnInviteWasIssuedOrAfterItWasCancelled() {
        assertThat(SequenceRules.cancelSequence(List.of())).isEmpty();
        assertThat(SequenceRules.cancelSequence(List.of(request(0, FIRST),
                new IssuedInvite(1, IssuedInvite.Method.CANCEL, FIRST)))).isEmpty();
    }

    @Test
    void reinstatingACancelledSessionRaisesTheSequence() {
        List<IssuedInvite> history = List.of(request(0, FIRST), new IssuedInvite(1, IssuedInvite.Method.CANCEL,
                FIRST));

        assertThat(SequenceRules.nextRequestSequence(history, FIRST)).isEqualTo(2);
    }

    private static IssuedInvite request(int sequence, InviteSnapshot snapshot) {
        return new IssuedInvite(sequence, IssuedInvite.Method.REQUEST, snapshot);
    }
}
