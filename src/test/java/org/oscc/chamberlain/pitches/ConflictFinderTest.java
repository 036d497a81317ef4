package org.oscc.chamberlain.pitches;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConflictFinderTest {
    private static final ZoneId TORONTO = ZoneId.of("America/Toronto");

    static PitchNight night(Integer id, String venue, LocalDateTime start, ZoneId zone, int minutes,
            SessionStatus status) {
        return new PitchNight(id, "Night " + id, start, zone, minutes, venue, null, null, null, status, null, null,
                null, "uid-" + id, 0, "", null, null);
    }

    /** The session being edited: 2026-12-03 18:00-20:00 in Toronto, Main Hall. */
    private static PitchNight candidate() {
        return night(1, "Main Hall", LocalDateTime.of(2026, 12, 3, 18, 0), TORONTO, 120, SessionStatus.SCHEDULED);
    }

    @ParameterizedTest(name = "[{0}] {1} {2} for {3} min, {4}: clash {5}")
    @CsvSource(delimiter = '|', value = {
        "Main Hall    | 2026-12-03T19:00 | America/Toronto  | 60  | SCHEDULED | true",
        "' main  HALL ' | 2026-12-03T19:00 | America/Toronto | 60 | SCHEDULED | true",
        "MainHall     | 2026-12-03T19:00 | America/Toronto  | 60  | DRAFT     | true",
        // touching intervals do not clash
        "Main Hall    | 2026-12-03T20:00 | America/Toronto  | 60  | SCHEDULED | false",
        "Main Hall    | 2026-12-03T17:00 | America/Toronto  | 60  | SCHEDULED | false",
        "Main Hall    | 2026-12-03T17:00 | America/Toronto  | 61  | SCHEDULED | true",
        "Other Room   | 2026-12-03T18:00 | America/Toronto  | 120 | SCHEDULED | false",
        // 00:30 in Paris on the 4th is 18:30 in Toronto on the 3rd
        "Main Hall    | 2026-12-04T00:30 | Europe/Paris     | 30  | SCHEDULED | true",
        // the same wall-clock time in Vancouver is 21:00 in Toronto
        "Main Hall    | 2026-12-03T18:00 | America/Vancouver | 60 | SCHEDULED | false",
        "Main Hall    | 2026-12-03T17:00 | America/Winnipeg | 30  | SCHEDULED | true",
        "Main Hall    | 2026-12-03T19:00 | America/Toronto  | 60  | CANCELLED | false",
        "''           | 2026-12-03T19:00 | America/Toronto  | 60  | SCHEDULED | false"})
    void sameVenueAtOverlappingTimesClashes(String venue, LocalDateTime start, String zone, int minutes,
            SessionStatus status, boolean clash) {
        PitchNight other = night(2, venue, start, ZoneId.of(zone), minutes, status);

        List<Conflict> found = ConflictFinder.find(new SessionPlan(candidate(), List.of()),
                List.of(new SessionPlan(other, List.of())));

        assertThat(found).hasSize(clash ? 1 : 0);
        if (clash) {
            assertThat(found.get(0).kind()).isEqualTo(Conflict.Kind.VENUE);
            assertThat(found.get(0).otherSessionId()).isEqualTo(2);
            assertThat(found.get(0).message()).contains("Night 2");
        }
    }

    @ParameterizedTest(name = "other session at {0} {1}, presenter {2} for {3} min: {4} clash(es)")
    @CsvSource({
        "2026-12-03T18:05, America/Toronto,   8, 10, 1",
        "2026-12-03T18:05, America/Toronto,   8, 5,  0",
        "2026-12-03T18:05, America/Toronto,   7, 10, 1",
        "2026-12-03T18:30, America/Toronto,   8, 10, 0",
        "2026-12-03T18:05, America/Toronto,   9, 60, 0",
        "2026-12-03T15:20, America/Vancouver, 8, 10, 1",
        "2026-12-03T18:20, America/Vancouver, 8, 10, 0"})
    void aPresenterInTwoOverlappingSlotsClashes(LocalDateTime start, String zone, int presenter, int minutes,
            int clashes) {
        // own agenda: presenter 7 at 18:00-18:10, presenter 8 at 18:10-18:30 (Toronto)
        List<AgendaSlot> own = List.of(AgendaSlot.pitch(null, 7, "Seven", 10, null, null).withPresenter(7, "Ada"),
                AgendaSlot.pitch(null, 8, "Eight", 20, null, null).withPresenter(8, "Grace"));
        PitchNight other = night(2, "Elsewhere", start, ZoneId.of(zone), 120, SessionStatus.SCHEDULED);
        List<AgendaSlot> theirs = List.of(AgendaSlot.pitch(null, presenter, "Theirs", minutes, null, null));

        List<Conflict> found = ConflictFinder.find(new SessionPlan(candidate(), own),
                List.of(new SessionPlan(other, theirs)));

        assertThat(found).hasSize(clashes).allMatch(c -> c.kind() == Conflict.Kind.PRESENTER);
        if (clashes > 0) {
            assertThat(found.get(0).message()).contains(presenter == 7 ? "Ada" : "Grace").contains("Theirs");
        }
    }

    @Test
    void aSessionDoesNotClashWithItsOwnStoredVersion() {
        PitchNight stored = candidate();
        List<AgendaSlot> agenda = List.of(AgendaSlot.pitch(null, 7, "Seven", 30, null, null));
        assertThat(ConflictFinder.find(new SessionPlan(stored.withTitle("Renamed"), agenda),
                List.of(new SessionPlan(stored, agenda)))).isEmpty();
    }

    @Test
    void breaksHaveNoPresenterToClash() {
        List<AgendaSlot> own = List.of(AgendaSlot.breakOf("Coffee", 60));
        PitchNight other = night(2, "Elsewhere", LocalDateTime.of(2026, 12, 3, 18, 0), TORONTO, 60,
                SessionStatus.SCHEDULED);
        assertThat(ConflictFinder.find(new SessionPlan(candidate(), own),
                List.of(new SessionPlan(other, List.of(AgendaSlot.breakOf("Tea", 60)))))).isEmpty();
    }

    @Test
    void aCancelledCandidateClashesWithNothing() {
        PitchNight other = night(2, "Main Hall", LocalDateTime.of(2026, 12, 3, 18, 0), TORONTO, 60,
                SessionStatus.SCHEDULED);
        assertThat(ConflictFinder.find(new SessionPlan(candidate().withStatus(SessionStatus.CANCELLED), List.of()),
                List.of(new SessionPlan(other, List.of())))).isEmpty();
    }
}
