package org.oscc.chamberlain.pitches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgendaReflowTest {
    private static final ZoneId TORONTO = ZoneId.of("America/Toronto");
    private static final ZonedDateTime SIX_PM = LocalDateTime.of(2026, 12, 3, 18, 0).atZone(TORONTO);

    private static List<AgendaSlot> slotsOf(String minutes) {
        if (minutes.isBlank()) {
            return List.of();
        }
        return Arrays.stream(minutes.split(" ")).map(m -> AgendaSlot.pitch(null, null, "p" + m, Integer.parseInt(m),
                null, null)).toList();
    }

    @ParameterizedTest(name = "{1} in a {0} min session: total {2}, overrun {3}")
    @CsvSource(delimiter = '|', value = {
        "120 | 10 10 10 | 30  | 0",
        "60  | 30 30    | 60  | 0",
        "60  | 30 31    | 61  | 1",
        "90  | ''       | 0   | 0",
        "45  | 20 5 30  | 55  | 10",
        "1   | 500      | 500 | 499"})
    void overrunIsWhatTheSlotsAddPastTheSessionLength(int sessionMinutes, String slotMinutes, int total,
            int overrun) {
        List<AgendaSlot> slots = slotsOf(slotMinutes);
        AgendaPlan plan = AgendaReflow.plan(SIX_PM, sessionMinutes, slots);

        assertThat(AgendaReflow.totalMinutes(slots)).isEqualTo(total);
        assertThat(AgendaReflow.overrunMinutes(sessionMinutes, slots)).isEqualTo(overrun);
        assertThat(plan.overrunMinutes()).isEqualTo(overrun);
        assertThat(plan.overruns()).isEqualTo(overrun > 0);
        assertThat(plan.warning()).isEqualTo(overrun == 0 ? java.util.Optional.empty()
                : java.util.Optional.of("The agenda runs " + overrun + " min past the session's end (" + total
                        + " min of slots in a " + sessionMinutes + " min session)."));
    }

    @Test
    void eachSlotStartsWhenThePreviousOneEnds() {
        List<TimedSlot> timed = AgendaReflow.reflow(SIX_PM, slotsOf("10 5 15"));

        assertThat(timed).extracting(t -> t.start().toLocalTime())
                .containsExactly(LocalTime.of(18, 0), LocalTime.of(18, 10), LocalTime.of(18, 15));
        assertThat(timed).extracting(t -> t.end().toLocalTime())
                .containsExactly(LocalTime.of(18, 10), LocalTime.of(18, 15), LocalTime.of(18, 30));
        assertThat(timed).extracting(TimedSlot::position).containsExactly(0, 1, 2);
    }

    @Test
    void slotsAcrossTheAutumnClockChangeKeepTheirRealLength() {
        // 2026-11-01 in Toronto: 02:00 EDT becomes 01:00 EST
        ZonedDateTime start = LocalDateTime.of(2026, 11, 1, 1, 30).atZone(TORONTO);
        List<TimedSlot> timed = AgendaReflow.reflow(start, slotsOf("60 30"));

        assertThat(Duration.between(timed.get(0).start(), timed.get(0).end())).isEqualTo(Duration.ofMinutes(60));
        assertThat(timed.get(1).start().toLocalTime()).isEqualTo(LocalTime.of(1, 30));
        assertThat(timed.get(1).start().getOffset()).isEqualTo(ZoneOffset.ofHours(-5));
    }

    @ParameterizedTest(name = "{0} to {1}: {2}")
    @CsvSource({
        "2, 1, A C B D",
        "1, 2, A C B D",
        "0, 3, B C D A",
        "3, 0, D A B C",
        "2, 2, A B C D"})
    void movingASlotKeepsTheOthersInOrder(int from, int to, String expected) {
        List<String> agenda = List.of("A", "B", "C", "D");
        List<String> moved = AgendaReflow.moveTo(agenda, from, to);
        assertThat(String.join(" ", moved)).isEqualTo(expected);
        assertThat(agenda).containsExactly("A", "B", "C", "D");
    }

    @Test
    void movingToAPlaceOutsideTheAgendaIsAProgrammingError() {
        List<String> agenda = List.of("A", "B");
        assertThatThrownBy(() -> AgendaReflow.moveTo(agenda, 0, 2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> AgendaReflow.moveTo(agenda, 5, 0)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void reorderingReflowsTheStartTimes() {
        List<AgendaSlot> agenda = slotsOf("30 10 20");
        List<AgendaSlot> moved = AgendaReflow.moveTo(agenda, 0, 1);

        List<TimedSlot> timed = AgendaReflow.reflow(SIX_PM, moved);
        assertThat(timed).extracting(t -> t.slot().minutes()).containsExactly(10, 30, 20);
        assertThat(timed).extracting(t -> t.start().toLocalTime())
                .containsExactly(LocalTime.of(18, 0), LocalTime.of(18, 10), LocalTime.of(18, 40));
        assertThat(IntStream.range(0, 3).map(i -> timed.get(i).position())).containsExactly(0, 1, 2);
    }
}
