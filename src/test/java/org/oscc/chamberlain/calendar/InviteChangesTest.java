package org.oscc.chamberlain.calendar;

import org.oscc.chamberlain.pitches.SessionStatus;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.oscc.chamberlain.text.Messages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InviteChangesTest {
    private static final InviteSnapshot BEFORE = InviteSnapshot.of(Invites.december());

    static Stream<Arguments> changes() {
        return Stream.of(
                change("start later the same day", s -> with(s, LocalDateTime.of(2026, 12, 3, 18, 30), s.zone(), 150),
                        "Start: Thu 2026-12-03 18:00 -> 18:30", true),
                change("start another day", s -> with(s, LocalDateTime.of(2026, 12, 4, 18, 0), s.zone(), 150),
                        "Start: Thu 2026-12-03 18:00 -> Fri 2026-12-04 18:00", true),
                change("another zone", s -> with(s, s.start(), ZoneId.of("America/Vancouver"), 150),
                        "Start: Thu 2026-12-03 18:00 (America/Toronto) -> Thu 2026-12-03 18:00 (America/Vancouver)",
                        true),
                change("longer", s -> with(s, s.start(), s.zone(), 180), "Length: 2 h 30 min -> 3 h", true),
                change("venue", s -> new InviteSnapshot(s.start(), s.zone(), 150, "Library", s.venueAddress(),
                        s.onlineUrl(), s.status(), s.title(), s.agenda()), "Venue: Café Déjà Vu -> Library", true),
                change("link dropped", s -> new InviteSnapshot(s.start(), s.zone(), 150, s.venueName(),
                        s.venueAddress(), "", s.status(), s.title(), s.agenda()),
                        "Online link: https://meet.example.org/pitch?x=1&y=2 -> (none)", true),
                change("cancelled", s -> new InviteSnapshot(s.start(), s.zone(), 150, s.venueName(),
                        s.venueAddress(), s.onlineUrl(), SessionStatus.CANCELLED, s.title(), s.agenda()),
                        "Status: Scheduled -> Cancelled", true),
                change("title only", s -> new InviteSnapshot(s.start(), s.zone(), 150, s.venueName(),
                        s.venueAddress(), s.onlineUrl(), s.status(), "Winter pitch night", s.agenda()),
                        "Title: December pitch night, 2026 -> Winter pitch night", false),
                change("slot added", s -> withAgenda(s, plus(s.agenda(),
                        AgendaLine.pitch(LocalTime.of(18, 55), "Inkscape", "Ann Lee", "", 15))),
                        "Agenda: added 18:55-19:10  Inkscape - Ann Lee", true),
                change("slot removed", s -> withAgenda(s, s.agenda().subList(0, 2)),
                        "Agenda: removed 18:35-18:55  GnuCash - Robert \"Bob\" Smith", true),
                change("slot moved", s -> withAgenda(s, List.of(s.agenda().get(0), s.agenda().get(1),
                        AgendaLine.pitch(LocalTime.of(18, 40), "GnuCash", "Robert \"Bob\" Smith", "", 20))),
                        "Agenda (GnuCash - Robert \"Bob\" Smith): 18:35-18:55 -> 18:40-19:00", true));
    }

    @Test
    void theChangesReadInFrenchWhenTheScreensSpeakIt() {
        InviteSnapshot after = new InviteSnapshot(BEFORE.start(), BEFORE.zone(), 180, "Bibliothèque",
                BEFORE.venueAddress(), "", SessionStatus.CANCELLED, BEFORE.title(), BEFORE.agenda());
        Messages.use(Messages.FRENCH);
        try {
            assertThat(InviteChanges.between(BEFORE, after).describe()).containsExactly(
                    "Durée\u00a0: 2 h 30 min -> 3 h", "Lieu\u00a0: Café Déjà Vu -> Bibliothèque",
                    "Lien en ligne\u00a0: https://meet.example.org/pitch?x=1&y=2 -> (aucun)",
                    "Statut\u00a0: Prévue -> Annulée");
            assertThat(InviteChanges.between(BEFORE, withAgenda(BEFORE, BEFORE.agenda().subList(0, 2))).describe())
                    .containsExactly("Programme\u00a0: retrait de 18:35-18:55  GnuCash - Robert \"Bob\" Smith");
        } finally {
            Messages.use(Messages.startLanguage());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void describesTheChangeAndWhetherItRaisesTheSequence(String label, UnaryOperator<InviteSnapshot> edit,
            String described, boolean raises) {
        InviteChanges changes = InviteChanges.between(BEFORE, edit.apply(BEFORE));

        assertThat(changes.describe()).containsExactly(described);
        assertThat(changes.needsNewSequence()).isEqualTo(raises);
        assertThat(InviteChanges.needsNewSequence(BEFORE, edit.apply(BEFORE))).isEqualTo(raises);
    }

    @Test
    void theSameInviteHasNoChanges() {
        InviteChanges changes = InviteChanges.between(BEFORE, InviteSnapshot.of(Invites.december()));

        assertThat(changes.isEmpty()).isTrue();
        assertThat(changes.needsNewSequence()).isFalse();
    }

    @Test
    void invitingSomeoneElseIsNotAChangeToTheInvite() {
        InviteEvent more = Invites.december();
        more = new InviteEvent(more.uid(), 0, more.status(), more.title(), more.description(), more.start(),
                more.zone(), more.durationMinutes(), more.venueName(), more.venueAddress(), more.onlineUrl(),
                more.organizerName(), more.organizerEmail(), more.reminderMinutes(), more.agenda(),
                List.of(Invites.ZOE));

        assertThat(InviteChanges.between(BEFORE, InviteSnapshot.of(more)).isEmpty()).isTrue();
    }

    @Test
    void snapshotTextReadsBackToTheSameSnapshot() {
        InviteSnapshot odd = withAgenda(BEFORE, List.of(AgendaLine.pitch(LocalTime.of(19, 0), "A|B \\ C",
                "Pipe | Person\nnewline", "x\\|y", 5)));

        assertThat(InviteSnapshot.parse(odd.text())).isEqualTo(odd);
        assertThat(InviteSnapshot.parse(BEFORE.text())).isEqualTo(BEFORE);
        assertThat(BEFORE.text()).startsWith("start: 2026-12-03T18:00 America/Toronto\nminutes: 150\n");
    }

    private static Arguments change(String label, UnaryOperator<InviteSnapshot> edit, String described,
            boolean raises) {
        return Arguments.of(label, edit, described, raises);
    }

    private static InviteSnapshot with(InviteSnapshot s, LocalDateTime start, ZoneId zone, int minutes) {
        return new InviteSnapshot(start, zone, minutes, s.venueName(), s.venueAddress(), s.onlineUrl(), s.status(),
                s.title(), s.agenda());
    }

    static InviteSnapshot withAgenda(InviteSnapshot s, List<AgendaLine> agenda) {
        return new InviteSnapshot(s.start(), s.zone(), s.durationMinutes(), s.venueName(), s.venueAddress(),
                s.onlineUrl(), s.status(), s.title(), agenda);
    }

    private static List<AgendaLine> plus(List<AgendaLine> lines, AgendaLine extra) {
        List<AgendaLine> all = new ArrayList<>(lines);
        all.add(extra);
        return all;
    }
}
